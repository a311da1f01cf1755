// npm run bench:http — load on the production build (`npm run build`, then `npm run serve`) on an embedded
// database seeded with the 3,853 structures: each URL at 10 and 100 connections for 20 s (BENCH_SECONDS),
// printing requests per second, p50, p99, non-2xx answers and errors, and the database transactions the
// run caused (pg_stat_database), which shows whether a page was served from the cache.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { buildNext, startNext } from "@/tests/support/next-server";
import { runMain } from "@/scripts/run-main";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARM_UP_SECONDS = 5;
const CONNECTIONS = [10, 100];
const URLS = [
  "/",
  "/annuaire",
  "/annuaire?q=insertion&type=ACI&departement=57",
  "/annuaire/baluchon-a-table-citoyens-93",
];

/** Transactions committed in the site's database so far, once the statistics have been flushed. */
async function transactions(client: pg.Client) {
  // Backends report their counters when idle, at most once a second.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await client.query("SELECT pg_stat_clear_snapshot()");
  const { rows } = await client.query<{ n: string }>(
    "SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()",
  );
  return Number(rows[0]!.n);
}

runMain(async () => {
  const database = await startEmbeddedDatabase({ dir: path.join(os.tmpdir(), `sns-bench-http-${process.pid}`) });
  let stopServer: () => Promise<unknown> = async () => {};
  const stats = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url);
    await seed(database.url);
    console.log("Construction du site (next build)…");
    const env = {
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: ".data/next-bench",
      NEXTAUTH_SECRET: "secret-du-banc-http-de-plus-de-32-caracteres-!",
      MFA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    };
    await buildNext(env);
    const server = await startNext(env);
    stopServer = server.stop;
    await stats.connect();
    console.log(`\n${os.cpus().length} cœurs, ${SECONDS} s par mesure, serveur ${server.baseUrl}\n`);
    console.log(
      `${"URL".padEnd(48)} ${"conn.".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"non-2xx".padStart(8)} ${"erreurs".padStart(8)} ${"transactions/req".padStart(17)}`,
    );
    for (const url of URLS) {
      // A first visit renders what is regenerated on demand, and a few seconds of load let the JIT compile
      // the hot paths: the runs measure the steady state.
      await fetch(`${server.baseUrl}${url}`);
      await autocannon({ url: `${server.baseUrl}${url}`, connections: 10, duration: WARM_UP_SECONDS });
      for (const connections of CONNECTIONS) {
        const before = await transactions(stats);
        const result = await autocannon({ url: `${server.baseUrl}${url}`, connections, duration: SECONDS });
        // Our own two statistics queries are subtracted.
        const caused = (await transactions(stats)) - before - 2;
        const perRequest = result.requests.total ? Math.max(0, caused) / result.requests.total : 0;
        console.log(
          `${url.padEnd(48)} ${String(connections).padStart(5)} ${result.requests.average.toFixed(0).padStart(8)} ${String(result.latency.p50).padStart(7)} ${String(result.latency.p99).padStart(7)} ${String(result.non2xx).padStart(8)} ${String(result.errors + result.timeouts).padStart(8)} ${perRequest.toFixed(3).padStart(17)}`,
        );
      }
    }
  } finally {
    await stats.end().catch(() => {});
    await stopServer();
    await database.stop();
  }
});
