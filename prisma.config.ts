// Configuration of the Prisma CLI (generate, and migrate deploy where Prisma's binaries are reachable).
// The application itself never reads this file: it migrates through scripts/db-migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/db-seed.ts",
  },
  datasource: {
    // `prisma generate` needs no database; other commands need DATABASE_URL.
    url: process.env.DATABASE_URL ?? "",
  },
});
