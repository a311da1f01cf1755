// An instance whose LISTEN connection goes silent (nothing passes, nobody is told: a NAT or a firewall that
// forgot it) notices with its periodic check, reconnects, and catches up on the invalidations it missed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";
import { startTcpProxy } from "@/tests/support/tcp-proxy";

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let site: Awaited<ReturnType<typeof startInstance>>;

beforeAll(async () => {
  database = await copyOfSeed();
  const direct = new URL(database.url);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
  const relayed = new URL(database.url);
  relayed.port = String(proxy.port);
  // Checked every second here (15 s in production), so that the test does not wait.
  site = await startInstance("listen", { DATABASE_URL: relayed.toString(), SNS_CACHE_LISTEN_CHECK_MS: "1000" });
});

afterAll(async () => {
  await site?.stop();
  await site?.remove();
  await proxy?.close();
  await database?.drop();
});

const homeTotal = async () => {
  const response = await fetch(`${site.baseUrl}/`);
  const html = await response.text();
  return html.match(/Total<\/span><span[^>]*>([^<]+)</)?.[1]?.replace(/\s/g, " ");
};

describe("the cache's LISTEN connection", () => {
  it("is replaced when it goes silent, and the invalidations sent meanwhile are applied", async () => {
    await homeTotal();
    expect(await homeTotal()).toBe("3 850");
    expect(proxy.silence("LISTEN sns_cache_invalidation")).toBe(1);

    // Another instance saves a count and announces it, as it would (lib/cache/shared-invalidation-handler.mjs).
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    await other.query("UPDATE structure_count SET value = value + 50 WHERE kind = 'ETTI'");
    await other.query(
      `WITH changed AS (
         INSERT INTO cache_invalidation (tag, invalidated_at) VALUES ('structure-counts', clock_timestamp())
         ON CONFLICT (tag) DO UPDATE SET invalidated_at = excluded.invalidated_at
         RETURNING tag, invalidated_at)
       SELECT pg_notify('sns_cache_invalidation',
                        json_build_object('origin', 'autre-instance', 'tag', tag, 'at', invalidated_at::text)::text)
         FROM changed`,
    );
    await other.end();

    // The announcement was lost on the silent connection; the check replaces it and catches up.
    await expect.poll(homeTotal, { timeout: 20_000, interval: 500 }).toBe("3 900");
    expect(site.output()).toContain("la connexion d’écoute ne répond plus");
  });
});
