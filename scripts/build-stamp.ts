// Whether the production build is current: a fingerprint of what it depends on, including the database it
// prerendered from, kept beside it. `npm start` rebuilds when it differs.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
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

export async function buildFingerprint(databaseIdentity: string) {
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
  for (const input of BUILD_INPUTS) await visit(input);
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
