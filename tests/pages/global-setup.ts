// The production build of the site on a copy of the seeded database, as a visitor gets it: one server that
// every page test reads (they change nothing a page shows; journeys that do have servers of their own).
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { startNext } from "@/scripts/next-server";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { cloneDatabase, dropDatabase } from "@/tests/support/test-database";
import { provideSite } from "@/tests/support/site-setup";
import { copyBuild, SITE_URL, TEST_AUTH_SECRET, VIDEO_URL } from "@/tests/support/test-run";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    pagesDatabaseUrl: string;
    videoUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { database, distDir, release } = await provideSite(project);
  const url = await cloneDatabase(database.adminUrl, database.template);
  const copy = await copyBuild(distDir, "pages");
  try {
    const server = await startNext({
      DATABASE_URL: url,
      SITE_URL,
      NEXT_DIST_DIR: copy,
      NEXTAUTH_SECRET: TEST_AUTH_SECRET,
      MFA_ENCRYPTION_KEY: TEST_MFA_KEY,
    });
    project.provide("baseUrl", server.baseUrl);
    project.provide("pagesDatabaseUrl", url);
    project.provide("videoUrl", VIDEO_URL);
    return async () => {
      await server.stop();
      await rm(copy, { recursive: true, force: true });
      await release();
    };
  } catch (error) {
    await rm(copy, { recursive: true, force: true });
    await dropDatabase(database.adminUrl, url);
    await release();
    throw error;
  }
}
