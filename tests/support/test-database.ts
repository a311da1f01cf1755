// A throw-away embedded PostgreSQL cluster for a test run, in the system's temporary folder (which the
// "postgres" system user can reach even when the checkout sits in a private folder), removed afterwards.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/database/embedded";

export async function startTestCluster(label: string) {
  const parent = await mkdtemp(path.join(os.tmpdir(), `sns-test-${label}-`));
  // mkdtemp makes the folder private; as root, PostgreSQL runs as another user who must reach its cluster.
  await chmod(parent, 0o755);
  const dir = path.join(parent, "cluster");
  let database = await startEmbeddedDatabase({ dir });
  return {
    url: database.url,
    /** The maintenance database of the same cluster, to create and drop scratch databases. */
    adminUrl: database.url.replace(/\/[^/]+$/, "/postgres"),
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

/** A new database with the content of `template` (which must have no open connection). */
export async function cloneDatabase(adminUrl: string, template: string) {
  const name = `copy_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/[^/]+$/, `/${name}`);
}

/** Drops a database made by `cloneDatabase` or `createScratchDatabase`, closing what is still connected. */
export async function dropDatabase(adminUrl: string, url: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
