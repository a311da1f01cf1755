// The part of a global setup that the projects serving the site share: the run's database and build, and
// what their test files need to start servers of it (tests/support/production-copy.ts).
import type { TestProject } from "vitest/node";
import { acquireDatabase, release, sharedBuild, SITE_URL, TEST_AUTH_SECRET } from "@/tests/support/test-run";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    /** The production build every test server runs a copy of. */
    distDir: string;
    authSecret: string;
  }
}

export async function provideSite(project: TestProject) {
  const database = await acquireDatabase();
  try {
    const distDir = await sharedBuild(database);
    project.provide("adminUrl", database.adminUrl);
    project.provide("templateDatabase", database.template);
    project.provide("siteUrl", SITE_URL);
    project.provide("distDir", distDir);
    project.provide("authSecret", TEST_AUTH_SECRET);
    return { database, distDir, release };
  } catch (error) {
    await release();
    throw error;
  }
}
