// A throw-away embedded PostgreSQL cluster for a test run, in the system's temporary folder (which the
// "postgres" system user can reach even when the checkout sits in a private folder), removed afterwards.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/database/embedded";

/** The URL of another database of the same cluster. */
const urlOf = (clusterUrl: string, name: string) => clusterUrl.replace(/\/[^/]+$/, `/${name}`);

export async function startTestCluster(label: string) {
  const parent = await mkdtemp(path.join(os.tmpdir(), `sns-test-${label}-`));
  // mkdtemp makes the folder private; as root, PostgreSQL runs as another user who must reach its cluster.
  await chmod(parent, 0o755);
  const dir = path.join(parent, "cluster");
  let database = await startEmbeddedDatabase({ dir });
  return {
    url: database.url,
    /** The maintenance database of the same cluster, to create and drop scratch databases. */
    adminUrl: urlOf(database.url, "postgres"),
    /** Stops PostgreSQL as an administrator would (fast shutdown), keeping its data. */
    async pause() {
      await database.stop();
    },
    /** Starts it again on the same port, as after a restart. */
    async resume() {
      database = await startEmbeddedDatabase({ dir, port: database.port });
    },
    async stop() {
      await database.stop();
      await rm(parent, { recursive: true, force: true });
    },
  };
}

/** Runs statements one after the other on the cluster's maintenance database (`adminUrl`). */
async function administer(adminUrl: string, ...statements: string[]) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the cluster and returns its URL. */
export async function createScratchDatabase(adminUrl: string, name: string) {
  await administer(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`);
  return urlOf(adminUrl, name);
}

/** A new database with the content of `template` (which must have no open connection). */
export async function cloneDatabase(adminUrl: string, template: string) {
  const name = `copy_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await administer(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return urlOf(adminUrl, name);
}

/** Drops a database made by `cloneDatabase` or `createScratchDatabase`, closing what is still connected. */
export async function dropDatabase(adminUrl: string, url: string) {
  await administer(adminUrl, `DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
}
