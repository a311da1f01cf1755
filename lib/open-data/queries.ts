// Reads of the open data: pages of the API, one structure, and whole searches streamed for the downloads.
import "server-only";
import pg from "pg";
import Cursor from "pg-cursor";
import { db } from "@/lib/database/db";
import { compileSearch, whereAll } from "@/lib/directory/queries";
import { parseServerEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OpenDataSearch } from "@/lib/open-data/params";
import type { OpenDataRow } from "@/lib/open-data/structure";

const COLUMNS = Prisma.sql`s.id, s.siret, s.kind::text AS kind, s.name, s.brand, s.slug, s.address,
  s.postal_code AS "postalCode", s.city, s.commune_code AS "communeCode", s.latitude, s.longitude, s.website,
  s.description, s.updated_at AS "updatedAt"`;

/** The search's conditions, and the harvesting date; null when it matches nothing. */
async function conditionsOf({ query, updatedSince }: OpenDataSearch) {
  const { conditions } = await compileSearch({ ...query, page: 1 });
  if (!conditions) return null;
  return updatedSince ? [...conditions, Prisma.sql`s.updated_at >= ${updatedSince}::date`] : conditions;
}

/**
 * A page of a search, in the order of the structures' ids: stable while the directory changes, so that a
 * harvester paging through it misses nothing that was there when it started.
 */
export async function findOpenDataPage(search: OpenDataSearch, page: number, size: number) {
  const conditions = await conditionsOf(search);
  if (!conditions) return { rows: [] as OpenDataRow[], total: 0 };
  const where = whereAll(conditions);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<OpenDataRow[]>`SELECT ${COLUMNS} FROM structure s ${where}
      ORDER BY s.id LIMIT ${size} OFFSET ${(page - 1) * size}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM structure s ${where}`,
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findOpenDataStructure(id: number) {
  const [row] = await db.$queryRaw<OpenDataRow[]>`SELECT ${COLUMNS} FROM structure s WHERE s.id = ${id}`;
  return row ?? null;
}

const globalForExports = globalThis as unknown as { exportPool?: pg.Pool };

/** A small pool of its own: a download holds its connection for as long as the file takes to send. */
function exportPool() {
  if (!globalForExports.exportPool) {
    const pool = new pg.Pool({
      connectionString: parseServerEnv().DATABASE_URL,
      max: 4,
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection lost (the database restarted) is an event of the pool: unheard, it would end the
    // process. The pool drops that connection; the next download opens a new one.
    pool.on("error", () => {});
    globalForExports.exportPool = pool;
  }
  return globalForExports.exportPool;
}

/** Rows read at a time from the cursor: memory holds one batch, whatever the size of the search. */
const BATCH = 1000;

/**
 * Every structure of a search, batch after batch from a server-side cursor, in a REPEATABLE READ transaction
 * (one consistent snapshot from the first row to the last). Stops reading, and gives the connection back,
 * when the consumer stops asking (a download cancelled).
 */
export async function* streamOpenData(search: OpenDataSearch): AsyncGenerator<OpenDataRow[]> {
  const conditions = await conditionsOf(search);
  if (!conditions) return;
  const statement = Prisma.sql`SELECT ${COLUMNS} FROM structure s ${whereAll(conditions)} ORDER BY s.id`;
  const client = await exportPool().connect();
  let state: "open" | "committed" | "failed" = "open";
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const cursor = client.query(new Cursor<OpenDataRow>(statement.text, statement.values));
    try {
      for (let rows = await cursor.read(BATCH); rows.length > 0; rows = await cursor.read(BATCH)) yield rows;
    } finally {
      await cursor.close();
    }
    await client.query("COMMIT");
    state = "committed";
  } catch (error) {
    state = "failed";
    throw error;
  } finally {
    // Stopped early (the download was cancelled): the read-only transaction is ended before the connection
    // goes back; a connection that failed is not given back at all.
    if (state === "open") await client.query("ROLLBACK").catch(() => (state = "failed"));
    client.release(state === "failed");
  }
}
