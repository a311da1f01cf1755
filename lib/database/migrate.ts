// Applies prisma/migrations/<timestamp>_<name>/migration.sql without the Prisma CLI, keeping Prisma's
// bookkeeping (_prisma_migrations, sha256 checksums, the same advisory lock), so that `prisma migrate deploy`
// can take over wherever Prisma's binaries can be downloaded. Each migration runs in its own transaction.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** The key Prisma's schema engine locks on, so that this runner and `prisma migrate` never interleave. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export type LocalMigration = { name: string; sql: string; checksum: string };

export type MigrationReport = {
  applied: string[];
  alreadyApplied: string[];
  /** Recorded in the database but absent from the folder (for instance a newer deployment ran them). */
  unknown: string[];
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function checksumOf(sql: string) {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<LocalMigration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

// The table as Prisma's schema engine creates it.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null };

export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationReport> {
  const log = options.log ?? (() => {});
  const local = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
          WHERE rolled_back_at IS NULL ORDER BY started_at`,
      );
      const failed = rows.find((row) => row.finished_at === null);
      if (failed) {
        throw new MigrationError(
          `La migration ${failed.migration_name} a échoué lors d'une exécution précédente et n'est pas terminée : ` +
            `corrigez la base puis marquez-la avec « prisma migrate resolve ».`,
        );
      }
      const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      const mismatched = local.filter((m) => applied.has(m.name) && applied.get(m.name) !== m.checksum);
      if (mismatched.length > 0) {
        throw new MigrationError(
          `Migration modifiée après son application (somme de contrôle différente) : ${mismatched
            .map((m) => m.name)
            .join(", ")}. Une migration appliquée ne se modifie pas : créez-en une nouvelle.`,
        );
      }

      const report: MigrationReport = {
        applied: [],
        alreadyApplied: local.filter((m) => applied.has(m.name)).map((m) => m.name),
        unknown: [...applied.keys()].filter((name) => !local.some((m) => m.name === name)),
      };
      for (const migration of local.filter((m) => !applied.has(m.name))) {
        await applyOne(client, migration);
        report.applied.push(migration.name);
        log(`Migration appliquée : ${migration.name}`);
      }
      return report;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration) {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // The simple query protocol (no parameters) runs the whole multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`La migration ${migration.name} a échoué et a été annulée : ${reason}`);
  }
}
