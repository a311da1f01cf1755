// Generates the Prisma client (lib/generated/prisma), also on machines that cannot download Prisma's
// schema engine: `prisma generate` never runs that binary, it only checks that a file is there.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const require = createRequire(import.meta.url);
  const enginesDir = require.resolve("@prisma/engines/package.json").replace(/package\.json$/, "");
  const downloaded = ["schema-engine-debian-openssl-3.0.x", "schema-engine-linux-musl-openssl-3.0.x"]
    .map((name) => enginesDir + name)
    .find((file) => existsSync(file));
  // Where no engine was downloaded, any existing file satisfies the check.
  env.PRISMA_SCHEMA_ENGINE_BINARY = downloaded ?? process.execPath;
}
const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
