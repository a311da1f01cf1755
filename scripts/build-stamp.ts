// Whether the production build is current: a fingerprint of what it depends on, including the database it
// prerendered from, kept beside it. `npm start` rebuilds when it differs.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SERVER_FILE } from "@/scripts/bundle-server";

const STAMP_FILE = "sns-build-stamp";
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "scripts/serve.ts",
  "scripts/bundle-server.ts",
];

/** `extraInputs`: more files or folders the build's content depends on (the tests' seed, for instance). */
export async function buildFingerprint(databaseIdentity: string, extraInputs: string[] = []) {
  const hash = createHash("sha256").update(databaseIdentity);
  async function visit(entry: string): Promise<void> {
    if (!existsSync(entry) || entry.startsWith(path.join("lib", "generated"))) return;
    const info = await stat(entry);
    if (info.isDirectory()) {
      for (const name of (await readdir(entry)).sort()) await visit(path.join(entry, name));
    } else {
      hash.update(`${entry}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  for (const input of [...BUILD_INPUTS, ...extraInputs]) await visit(input);
  return hash.digest("hex");
}

export async function isBuildCurrent(distDir: string, fingerprint: string) {
  const stampFile = path.join(distDir, STAMP_FILE);
  return (
    existsSync(stampFile) &&
    (await readFile(stampFile, "utf8")) === fingerprint &&
    existsSync(path.join(distDir, "BUILD_ID")) &&
    existsSync(path.join(distDir, SERVER_FILE))
  );
}

export function stampBuild(distDir: string, fingerprint: string) {
  return writeFile(path.join(distDir, STAMP_FILE), fingerprint);
}

/**
 * What a build's prerendered pages depend on besides the sources: the database they were read from (an
 * embedded cluster's folder, or an external URL without its password) and SITE_URL, which their links name.
 */
export function buildIdentity(database: { embeddedDir: string } | { url: string }, siteUrl: string) {
  const source =
    "embeddedDir" in database
      ? `embedded:${path.resolve(database.embeddedDir)}`
      : database.url.replace(/:[^:@/]*@/, "@");
  return `${source} ${siteUrl}`;
}

/**
 * Forgets what the previous build read from the database. Next.js keeps the data its build cached
 * (unstable_cache, never stale by time) in <distDir>/cache/fetch-cache and reads it back at the next build: a
 * build made for another database, or after the data changed, would prerender the old data. Its compilation
 * cache (cache/turbopack) stays.
 */
export function forgetBuildData(distDir: string) {
  return rm(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
}
