// Servers of the run's production build, each with its own copy of the build (as each server of a deployment
// has its own disk, where Next.js keeps the pages it rendered) and its own copy of the seeded database, so that
// test files run side by side without seeing each other's writes.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type AppPrismaClient } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { launchBrowser } from "@/tests/support/browser";
import { cloneDatabase, dropDatabase, startTestCluster } from "@/tests/support/test-database";
import { serveCopy } from "@/tests/support/test-run";

/**
 * A cluster of its own, migrated and seeded like the one the build was made from: for the tests that stop
 * PostgreSQL (everything else works on `copyOfSeed()`).
 */
export async function startSeededCluster(label: string) {
  const cluster = await startTestCluster(label);
  await migrate(cluster.url);
  await seed(cluster.url);
  return cluster;
}

/** A database of the run's cluster with the seed's content, for this test file alone; `drop()` when done. */
export async function copyOfSeed() {
  const adminUrl = inject("adminUrl");
  const url = await cloneDatabase(adminUrl, inject("templateDatabase"));
  return { url, drop: () => dropDatabase(adminUrl, url) };
}

/** A server of the run's build on a database of the test's choosing; `name` must be unique in the run. */
export function startInstance(name: string, env: { DATABASE_URL: string } & Record<string, string>, port?: number) {
  return serveCopy(inject("distDir"), name, env, port);
}

/**
 * A server of the run's build on a copy of the seed, both for this test file alone (the journeys change
 * what the public pages show). `stop()` ends the server and removes both copies.
 */
export async function startOwnSite(name: string, env: Record<string, string> = {}, port?: number) {
  const database = await copyOfSeed();
  try {
    const server = await startInstance(name, { DATABASE_URL: database.url, ...env }, port);
    return {
      ...server,
      databaseUrl: database.url,
      stop: async () => {
        const code = await server.stop();
        await server.remove();
        await database.drop();
        return code;
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

export type OwnSite = Awaited<ReturnType<typeof startOwnSite>>;

/**
 * What a journey file works with: a server and a database of its own (the journeys change what the public pages
 * show), a client of that database and a browser, opened before the file's tests and closed after them. Its
 * fields are set once the file's first hook runs: read them inside hooks and tests.
 */
export function journeyOnOwnSite(name: string) {
  const journey = {} as { site: OwnSite; baseUrl: string; prisma: AppPrismaClient; browser: Browser };
  beforeAll(async () => {
    journey.site = await startOwnSite(name);
    journey.baseUrl = journey.site.baseUrl;
    journey.prisma = createPrismaClient(journey.site.databaseUrl);
    journey.browser = await launchBrowser();
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.prisma?.$disconnect();
    await journey.site?.stop();
  });
  return journey;
}
