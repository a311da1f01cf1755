// More instances of the production build the test project made, each with its own copy of the build (as
// each server of a deployment has its own disk), on a database of the test's choosing.
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { inject } from "vitest";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { startNext, type NextServer } from "@/scripts/next-server";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { startTestCluster } from "@/tests/support/test-database";

/** A cluster of its own, migrated and seeded like the one the build was made from. */
export async function startSeededCluster(label: string) {
  const cluster = await startTestCluster(label);
  await migrate(cluster.url);
  await seed(cluster.url);
  return cluster;
}

/** A copy of the project's build, without Next.js's build-time caches (which a server does not read). */
export async function copyBuild(name: string) {
  const source = inject("distDir");
  const copy = `${source}-${name}`;
  await rm(copy, { recursive: true, force: true });
  await cp(source, copy, { recursive: true, filter: (file) => file !== path.join(source, "cache") });
  return copy;
}

export async function startInstance(
  name: string,
  env: { DATABASE_URL: string } & Record<string, string>,
  port?: number,
): Promise<NextServer & { remove: () => Promise<void>; restart: () => Promise<NextServer> }> {
  const copy = await copyBuild(name);
  const serverEnv = {
    NEXT_DIST_DIR: copy,
    NEXTAUTH_SECRET: inject("authSecret"),
    MFA_ENCRYPTION_KEY: TEST_MFA_KEY,
    SITE_URL: inject("siteUrl"),
    ...env,
  };
  const server = await startNext(serverEnv, port);
  return {
    ...server,
    remove: () => rm(copy, { recursive: true, force: true }),
    /** A new process on the same build folder (and its disk cache) and port. */
    restart: async () => {
      await server.stop();
      return startNext(serverEnv, Number(new URL(server.baseUrl).port));
    },
  };
}
