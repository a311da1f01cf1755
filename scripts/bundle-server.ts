// Compiles the site's HTTP server (scripts/serve.ts and what it imports from lib/) into one JavaScript file
// beside the Next.js build, run with plain `node`: a TypeScript loader in the serving process would sit on
// every dynamic import Next.js makes per request, and halves the throughput.
import path from "node:path";
import { build } from "esbuild";

export const SERVER_FILE = "sns-serve.mjs";

export async function bundleServer(distDir: string) {
  await build({
    entryPoints: ["scripts/serve.ts"],
    outfile: path.join(distDir, SERVER_FILE),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Dependencies load from node_modules at run time, as Next.js's own do.
    packages: "external",
    logLevel: "warning",
  });
}
