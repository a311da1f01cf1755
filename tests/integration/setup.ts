import { inject } from "vitest";

// Before any test file imports lib/db.ts, which reads DATABASE_URL once.
process.env.DATABASE_URL = inject("databaseUrl");
