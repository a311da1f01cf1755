// npm run bench:http — load on the production build (`npm run build`, then `npm run serve`) on an embedded
// database seeded with the 3,853 structures, with Debian's `wrk` (scripts/wrk.ts). Every request says
// `Accept-Encoding: gzip`, as browsers do. Two parts, in the same run:
// 1. the site alone: each URL at 10 and 100 connections, with requests per second, p50, p99, non-2xx answers,
//    errors, and the database transactions the run caused (pg_stat_database): 0 means served from the cache;
//    then searches that are all different (a town's name, a département and a kind, a commune and a radius),
//    each rendered on its visit, as searches are when visitors vary them;
// 2. the home page and a structure page at 100 connections through the `npm run deploy:nginx` recipe, and
//    through nginx serving the very same HTML from disk, pre-compressed (the static ceiling), with each ratio.
// BENCH_SECONDS (10 by default) per measure. Needs `wrk` and `nginx` (apt-get install wrk nginx-light).
// What the framework alone allows on the same machine: npm run bench:floor.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import pg from "pg";
import { findFreePort, startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { nginxRecipe } from "@/lib/server/nginx-recipe";
import { buildNext, startNext } from "@/scripts/next-server";
import { NGINX_PATH, startNginx, type RunningNginx } from "@/scripts/run-nginx";
import { runMain } from "@/scripts/run-main";
import { pathsScript, WRK, wrk, type WrkRun } from "@/scripts/wrk";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const CONNECTIONS = [10, 100];
const HOME = "/";
const STRUCTURE = "/annuaire/baluchon-a-table-citoyens-93";
const URLS = [HOME, "/annuaire", "/annuaire?q=insertion&type=ACI&departement=57", STRUCTURE];

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

/**
 * Searches as visitors make them, all different and in a fixed random order: a word (a town's name), a
 * département with a kind of structure or its second page, a commune within 10, 25 or 50 km.
 */
async function distinctSearches(client: pg.Client) {
  const { rows } = await client.query<{ search: Record<string, string> }>(
    `SELECT search FROM (
       SELECT DISTINCT jsonb_build_object('q', city) AS search FROM structure
       UNION SELECT DISTINCT jsonb_build_object('departement', department_code, 'type', kind::text) FROM structure
       UNION SELECT DISTINCT jsonb_build_object('departement', department_code, 'page', '2') FROM structure
       UNION SELECT DISTINCT jsonb_build_object('commune', commune_code, 'rayon', radius::text)
         FROM structure, unnest(ARRAY[10, 25, 50]) AS radius WHERE commune_code IS NOT NULL
     ) AS searches ORDER BY md5(search::text)`,
  );
  return rows.map(({ search }) => `/annuaire?${new URLSearchParams(search)}`);
}

const row = (label: string, connections: number, run: WrkRun, last: string) =>
  `${label.padEnd(52)} ${String(connections).padStart(5)} ${run.requestsPerSecond.toFixed(0).padStart(8)} ${run.p50.toFixed(1).padStart(7)} ${run.p99.toFixed(1).padStart(7)} ${String(run.non2xx).padStart(8)} ${String(run.errors).padStart(8)} ${last.padStart(17)}`;

/** The pages as the site serves them, written to disk with their gzip copy, for nginx's static ceiling. */
async function writeStaticCopies(siteUrl: string, dir: string) {
  for (const url of [HOME, STRUCTURE]) {
    const html = Buffer.from(await (await fetch(`${siteUrl}${url}`)).arrayBuffer());
    const file = path.join(dir, url === HOME ? "index.html" : `${url}.html`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    await writeFile(`${file}.gz`, await promisify(gzip)(html, { level: 9 }));
  }
}

runMain(async () => {
  for (const tool of [WRK, NGINX_PATH])
    if (!existsSync(tool)) throw new Error(`${tool} absent : apt-get install wrk nginx-light`);
  const database = await startEmbeddedDatabase({ dir: path.join(os.tmpdir(), `sns-bench-http-${process.pid}`) });
  let stopServer: () => Promise<unknown> = async () => {};
  const nginxes: RunningNginx[] = [];
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
      // nginx in front, as the recipe says.
      TRUSTED_PROXY_HOPS: "1",
    };
    await buildNext(env);
    const server = await startNext(env);
    stopServer = server.stop;
    await stats.connect();
    console.log(`\n${os.cpus().length} cœurs, ${SECONDS} s par mesure (wrk, 2 fils), serveur ${server.baseUrl}\n`);
    const header = `${"URL".padEnd(52)} ${"conn.".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"non-2xx".padStart(8)} ${"erreurs".padStart(8)}`;
    console.log(`Le site seul\n${header} ${"transactions/req".padStart(17)}`);
    const alone = new Map<string, number>();
    for (const url of URLS) {
      // A first visit renders what is regenerated on demand, and a few seconds of load let the JIT compile
      // the hot paths: the runs measure the steady state.
      await fetch(`${server.baseUrl}${url}`);
      await wrk(`${server.baseUrl}${url}`, 10, WARM_UP_SECONDS);
      for (const connections of CONNECTIONS) {
        const before = await transactions(stats);
        const run = await wrk(`${server.baseUrl}${url}`, connections, SECONDS);
        // Our own two statistics queries are subtracted.
        const caused = (await transactions(stats)) - before - 2;
        const perRequest = run.total ? Math.max(0, caused) / run.total : 0;
        if (connections === 100) alone.set(url, run.requestsPerSecond);
        console.log(row(url, connections, run, perRequest.toFixed(3)));
      }
    }

    // Searches vary too much for a cache to help: each request of these runs is a search nobody made before, so
    // Next.js renders it (and only then keeps it).
    const searches = await distinctSearches(stats);
    const scriptsDir = await mkdtemp(path.join(os.tmpdir(), "sns-bench-searches-"));
    const runs = [
      { connections: 10, seconds: WARM_UP_SECONDS, warmUp: true },
      ...CONNECTIONS.map((connections) => ({ connections, seconds: SECONDS, warmUp: false })),
    ];
    const share = Math.floor(searches.length / runs.length);
    for (const [index, { connections, seconds, warmUp }] of runs.entries()) {
      const paths = searches.slice(index * share, (index + 1) * share);
      const pathsFile = path.join(scriptsDir, `searches-${index}.txt`);
      await writeFile(pathsFile, `${paths.join("\n")}\n`);
      await writeFile(`${pathsFile}.lua`, pathsScript(pathsFile));
      const before = await transactions(stats);
      const run = await wrk(server.baseUrl, connections, seconds, `${pathsFile}.lua`);
      if (warmUp) continue;
      const caused = (await transactions(stats)) - before - 2;
      const firstVisits = Math.min(run.total, paths.length);
      console.log(
        row(
          `recherches jamais faites (${Math.round((100 * firstVisits) / run.total)} % de premières)`,
          connections,
          run,
          (Math.max(0, caused) / run.total).toFixed(3),
        ),
      );
    }
    await rm(scriptsDir, { recursive: true, force: true });

    const recipePort = await findFreePort();
    const recipe = await startNginx(
      (dir) =>
        nginxRecipe({
          listen: `127.0.0.1:${recipePort}`,
          upstream: new URL(server.baseUrl).host,
          cacheDir: `${dir}/cache`,
        }),
      `http://127.0.0.1:${recipePort}/robots.txt`,
    );
    nginxes.push(recipe);
    const staticPort = await findFreePort();
    const ceiling = await startNginx(
      (dir) => `
    server {
        listen 127.0.0.1:${staticPort};
        root ${dir}/pages;
        default_type text/html;
        gzip_static on;
        location / { try_files $uri $uri.html /index.html =404; }
    }`,
      `http://127.0.0.1:${staticPort}/`,
    );
    nginxes.push(ceiling);
    await writeStaticCopies(server.baseUrl, path.join(ceiling.dir, "pages"));

    console.log(
      `\nnginx devant le site (npm run deploy:nginx) et nginx servant le même HTML depuis le disque, compressé d’avance`,
    );
    console.log(`${header} ${"part du plafond".padStart(17)}`);
    for (const url of [HOME, STRUCTURE]) {
      const front = `http://127.0.0.1:${recipePort}${url}`;
      await wrk(front, 10, WARM_UP_SECONDS);
      const throughRecipe = await wrk(front, 100, SECONDS);
      await wrk(`http://127.0.0.1:${staticPort}${url}`, 10, WARM_UP_SECONDS);
      const fromDisk = await wrk(`http://127.0.0.1:${staticPort}${url}`, 100, SECONDS);
      const share = (value: number) => `${((100 * value) / fromDisk.requestsPerSecond).toFixed(1)} %`;
      console.log(row(`${url} à travers la recette nginx`, 100, throughRecipe, share(throughRecipe.requestsPerSecond)));
      console.log(row(`${url} nginx, fichier statique (plafond)`, 100, fromDisk, "100 %"));
      console.log(
        `${url} : le site seul (mesure ci-dessus) ${alone.get(url)!.toFixed(0)} req/s, ${share(alone.get(url)!)} du plafond\n`,
      );
    }
  } finally {
    for (const nginx of nginxes) await nginx.stop().catch(() => {});
    await stats.end().catch(() => {});
    await stopServer();
    await database.stop();
  }
});
