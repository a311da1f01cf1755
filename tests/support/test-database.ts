// A throw-away embedded PostgreSQL cluster for a test run, under .data/ (git-ignored), removed afterwards.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/database/embedded";

export async function startTestCluster(label: string) {
  mkdirSync(".data", { recursive: true });
  const parent = await mkdtemp(path.join(".data", `test-${label}-`));
  // mkdtemp makes the folder private; as root, PostgreSQL runs as another user who must reach its cluster.
  await chmod(parent, 0o755);
  const database = await startEmbeddedDatabase({ dir: path.join(parent, "cluster") });
  return {
    url: database.url,
    /** The maintenance database of the same cluster, to create and drop scratch databases. */
    adminUrl: database.url.replace(/\/[^/]+$/, "/postgres"),
    async stop() {
      await database.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the cluster and returns its URL. */
export async function createScratchDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}
