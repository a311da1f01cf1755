// What the projects' global setups share, made once per `npm test` in Vitest's main process: one embedded
// PostgreSQL cluster holding a migrated and seeded template database, plus a video (each test file, server or
// project works on a copy of it: CREATE DATABASE … TEMPLATE takes a tenth of a second where a new cluster and a
// seed take four), and one production build of the site, skipped when its stamp says nothing it depends on
// changed. Vitest loads each project's global setup on its own, so the state lives on globalThis.
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { buildFingerprint, isBuildCurrent, stampBuild } from "@/scripts/build-stamp";
import { buildNext, startNext, TEST_DIST_DIR } from "@/scripts/next-server";
import { TEST_MFA_KEY } from "@/tests/support/second-factor";
import { cloneDatabase, dropDatabase, startTestCluster } from "@/tests/support/test-database";
import { VIDEO_ALTERNATIVES } from "@/tests/support/video-fixture";

/** A public base URL unlike the test servers' addresses, to show that links come from SITE_URL. */
export const SITE_URL = "https://sns.example";
export const TEST_AUTH_SECRET = "secret-des-tests-de-pages-de-plus-de-32-caracteres";
/** The seed has no video (none exists yet); the pop-in is tested with a file the site would serve. */
export const VIDEO_URL = "/videos/presentation.mp4";
/** What the test build depends on besides the site's sources: the database's content, and how it is made. */
const TEST_BUILD_INPUTS = [
  "prisma/seed",
  "prisma/migrations",
  "scripts/next-server.ts",
  "scripts/build-stamp.ts",
  "tests/support/test-run.ts",
];

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's cluster's maintenance database, to create and drop copies. */
    adminUrl: string;
    /** Migrated and seeded; each test file (and each test server) works on a copy of it. */
    templateDatabase: string;
  }
}

type Database = { adminUrl: string; template: string };
type TestRun = {
  users: number;
  database?: Promise<Database & { stop: () => Promise<void> }>;
  build?: Promise<string>;
};

const run: TestRun = ((globalThis as Record<symbol, unknown>)[Symbol.for("sns.test-run")] ??= { users: 0 }) as TestRun;

/** The shared cluster and its template database; `release()` once done (the last one stops the cluster). */
export async function acquireDatabase(): Promise<Database> {
  run.users += 1;
  run.database ??= (async () => {
    const cluster = await startTestCluster("run");
    try {
      await migrate(cluster.url);
      await seed(cluster.url);
      const client = new pg.Client({ connectionString: cluster.url });
      await client.connect();
      const { transcript, captionsUrl, describedUrl } = VIDEO_ALTERNATIVES;
      await client.query(
        "UPDATE video_settings SET video_url = $1, transcript = $2, captions_url = $3, described_url = $4",
        [VIDEO_URL, transcript, captionsUrl, describedUrl],
      );
      await client.end();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return { adminUrl: cluster.adminUrl, template: new URL(cluster.url).pathname.slice(1), stop: cluster.stop };
  })();
  const { adminUrl, template } = await run.database;
  return { adminUrl, template };
}

export async function release() {
  run.users -= 1;
  if (run.users > 0 || !run.database) return;
  const database = await run.database.catch(() => null);
  run.database = undefined;
  await database?.stop();
}

/**
 * The production build of the site, prerendered from a copy of the template (the seed), made at most once per
 * run and not at all when the stamp of the previous one matches the sources, the seed and the migrations.
 */
export function sharedBuild(database: Database): Promise<string> {
  run.build ??= (async () => {
    const fingerprint = await buildFingerprint(
      `tests:${SITE_URL}:${VIDEO_URL}:${JSON.stringify(VIDEO_ALTERNATIVES)}`,
      TEST_BUILD_INPUTS,
    );
    if (await isBuildCurrent(TEST_DIST_DIR, fingerprint)) return TEST_DIST_DIR;
    const url = await cloneDatabase(database.adminUrl, database.template);
    try {
      // Type-checked by `npm test` before Vitest starts (next.config.ts).
      await buildNext({ DATABASE_URL: url, SITE_URL, NEXT_DIST_DIR: TEST_DIST_DIR, SNS_BUILD_TYPECHECKED: "1" });
    } finally {
      await dropDatabase(database.adminUrl, url);
    }
    await stampBuild(TEST_DIST_DIR, fingerprint);
    return TEST_DIST_DIR;
  })();
  return run.build;
}

/** A copy of a build for one server, without Next.js's build-time caches (which a server does not read). */
export async function copyBuild(source: string, name: string) {
  const copy = `${source}-${name}`;
  await rm(copy, { recursive: true, force: true });
  await cp(source, copy, { recursive: true, filter: (file) => file !== path.join(source, "cache") });
  return copy;
}

/**
 * A server of its own copy of a build (as each server of a deployment has its own disk, where Next.js keeps the
 * pages it rendered), with the tests' secrets and SITE_URL unless `env` says otherwise. `name` must be unique in
 * the run; `remove()` deletes the copy once the server is stopped.
 */
export async function serveCopy(
  distDir: string,
  name: string,
  env: { DATABASE_URL: string } & Record<string, string>,
  port?: number,
) {
  const copy = await copyBuild(distDir, name);
  const remove = () => rm(copy, { recursive: true, force: true });
  const serverEnv = {
    NEXT_DIST_DIR: copy,
    NEXTAUTH_SECRET: TEST_AUTH_SECRET,
    MFA_ENCRYPTION_KEY: TEST_MFA_KEY,
    SITE_URL,
    ...env,
  };
  try {
    const server = await startNext(serverEnv, port);
    return {
      ...server,
      remove,
      /** A new process on the same build folder (and its disk cache) and port. */
      restart: async () => {
        await server.stop();
        return startNext(serverEnv, Number(new URL(server.baseUrl).port));
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}
