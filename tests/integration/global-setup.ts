// Starts a real PostgreSQL for the integration tests, migrated and seeded like a fresh installation.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { startTestCluster } from "@/tests/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    /** Migrated and seeded; each test file works on a copy of it. */
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("integration");
  await migrate(cluster.url);
  await seed(cluster.url);
  project.provide("adminUrl", cluster.adminUrl);
  project.provide("templateDatabase", new URL(cluster.url).pathname.slice(1));
  return () => cluster.stop();
}
