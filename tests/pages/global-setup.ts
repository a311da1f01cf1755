// The production build of the site on a freshly migrated and seeded embedded PostgreSQL, as a visitor gets it.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { buildAndStartNext } from "@/scripts/next-server";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { startTestCluster } from "@/tests/support/test-database";

/** A public base URL unlike the test server's address, to show that links come from SITE_URL. */
export const SITE_URL = "https://sns.example";
export const VIDEO_URL = "/videos/presentation.mp4";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    siteUrl: string;
    pagesDatabaseUrl: string;
    videoUrl: string;
    /** The production build the server runs, for tests that start more instances of it. */
    distDir: string;
    authSecret: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startTestCluster(project.name);
  try {
    await migrate(cluster.url);
    await seed(cluster.url);
    // The seed has no video (none exists yet); the pop-in is tested with a file the site would serve.
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    await client.query("UPDATE video_settings SET video_url = $1", [VIDEO_URL]);
    await client.end();

    // One build folder per project: both projects build at the same time.
    const distDir = `.data/next-${project.name}`;
    const authSecret = "secret-des-tests-de-pages-de-plus-de-32-caracteres";
    const server = await buildAndStartNext({
      DATABASE_URL: cluster.url,
      SITE_URL,
      NEXT_DIST_DIR: distDir,
      NEXTAUTH_SECRET: authSecret,
      MFA_ENCRYPTION_KEY: TEST_MFA_KEY,
    });
    project.provide("baseUrl", server.baseUrl);
    project.provide("siteUrl", SITE_URL);
    project.provide("pagesDatabaseUrl", cluster.url);
    project.provide("videoUrl", VIDEO_URL);
    project.provide("distDir", distDir);
    project.provide("authSecret", authSecret);
    return async () => {
      await server.stop();
      await cluster.stop();
    };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
}
