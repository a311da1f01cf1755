// The production build of the site on a copy of the seeded database, as a visitor gets it: one server that
// every page test reads (they change nothing a page shows; journeys that do have servers of their own).
import type { TestProject } from "vitest/node";
import { cloneDatabase, dropDatabase } from "@/tests/support/test-database";
import { provideSite } from "@/tests/support/site-setup";
import { serveCopy, VIDEO_URL } from "@/tests/support/test-run";

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
  try {
    const server = await serveCopy(distDir, "pages", { DATABASE_URL: url });
    project.provide("baseUrl", server.baseUrl);
    project.provide("pagesDatabaseUrl", url);
    project.provide("videoUrl", VIDEO_URL);
    return async () => {
      await server.stop();
      await server.remove();
      await release();
    };
  } catch (error) {
    await dropDatabase(database.adminUrl, url);
    await release();
    throw error;
  }
}
