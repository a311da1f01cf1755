import { cp, mkdtemp, rm, writeFile, appendFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { checksumOf, migrate, MigrationError, readMigrations } from "@/lib/database/migrate";
import { createScratchDatabase } from "@/tests/support/test-database";

let url: string;
let counter = 0;

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

beforeEach(async () => {
  url = await createScratchDatabase(inject("adminUrl"), `migrate_${process.pid}_${++counter}`);
});

describe("migration runner", () => {
  it("applies every migration to a fresh database with Prisma's bookkeeping", async () => {
    const local = await readMigrations();
    const report = await migrate(url);

    expect(report.applied).toEqual(local.map((m) => m.name));
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(local.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.checksum).toBe(local[index]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(["structure", "department", "region", "mandate"]),
    );
  });

  it("applies nothing the second time", async () => {
    await migrate(url);
    const again = await migrate(url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied.length).toBeGreaterThan(0);
    const [{ count }] = (await query<{ count: string }>(`SELECT count(*) FROM "_prisma_migrations"`)) as [
      { count: string },
    ];
    expect(Number(count)).toBe(again.alreadyApplied.length);
  });

  it("applies each migration once when two processes start at the same time", async () => {
    const [first, second] = await Promise.all([migrate(url), migrate(url)]);
    const local = await readMigrations();
    expect([...first.applied, ...second.applied].sort()).toEqual(local.map((m) => m.name).sort());
    const rows = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
    expect(rows).toHaveLength(local.length);
  });

  describe("with a copy of the migrations folder", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "migrations-"));
      await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    });
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it("refuses to go on when an applied migration was edited, and names it", async () => {
      await migrate(url, { dir });
      const [first] = await readMigrations(dir);
      await appendFile(path.join(dir, first!.name, "migration.sql"), "\n-- edited afterwards\n");

      const attempt = migrate(url, { dir });
      await expect(attempt).rejects.toBeInstanceOf(MigrationError);
      await expect(migrate(url, { dir })).rejects.toThrow(first!.name);
      const [row] = await query<{ checksum: string }>(
        `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`,
        [first!.name],
      );
      expect(row!.checksum).toBe(first!.checksum);
    });

    it("rolls a failing migration back entirely and records nothing for it", async () => {
      await migrate(url, { dir });
      const name = "29991231000000_broken";
      await mkdir(path.join(dir, name));
      await writeFile(
        path.join(dir, name, "migration.sql"),
        `CREATE TABLE "half_done" (id INT);\nSELECT * FROM "table_that_does_not_exist";\n`,
      );

      await expect(migrate(url, { dir })).rejects.toThrow(/29991231000000_broken.*annulée/);
      expect(await query(`SELECT 1 FROM pg_tables WHERE tablename = 'half_done'`)).toHaveLength(0);
      expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1`, [name])).toHaveLength(0);
    });
  });

  it("computes the checksum as Prisma does: sha256 of the file, in hexadecimal", () => {
    // Value from `printf 'SELECT 1;\n' | sha256sum`.
    expect(checksumOf("SELECT 1;\n")).toBe("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd");
  });
});
