// The run's PostgreSQL, migrated and seeded like a fresh installation: each test file works on a copy of it.
import type { TestProject } from "vitest/node";
import { acquireDatabase, release } from "@/tests/support/test-run";

export default async function setup(project: TestProject) {
  const database = await acquireDatabase();
  project.provide("adminUrl", database.adminUrl);
  project.provide("templateDatabase", database.template);
  return release;
}
