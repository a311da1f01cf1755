// Starts a real PostgreSQL for the integration tests, migrated and seeded like a fresh installation.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { startTestCluster } from "@/tests/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster("integration");
  await migrate(cluster.url);
  await seed(cluster.url);
  project.provide("databaseUrl", cluster.url);
  project.provide("adminUrl", cluster.adminUrl);
  return () => cluster.stop();
}
