// Builds the site and serves it as in production (`npm run serve`: the site's own HTTP server in front of
// Next.js), for the page, browser and resilience tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { findFreePort } from "@/lib/database/embedded";
import { forgetBuildData } from "@/scripts/build-stamp";
import { bundleServer, SERVER_FILE } from "@/scripts/bundle-server";

/** Where `npm test` builds the site it serves (tests/support/test-run.ts); `npm run bench:suite -- --cold` removes it. */
export const TEST_DIST_DIR = ".data/next-tests";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

export type NextServer = {
  baseUrl: string;
  process: ChildProcess;
  /** What the server printed so far. */
  output: () => string;
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop: () => Promise<number | null>;
};

/** `npm run build` into env.NEXT_DIST_DIR: the Next.js build, then the site's server beside it. */
export async function buildNext(env: Record<string, string> & { NEXT_DIST_DIR: string }) {
  const fullEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env };
  await forgetBuildData(env.NEXT_DIST_DIR);
  // Asynchronous: the test run's main process keeps working (other projects' setups, reports) meanwhile.
  const build = spawn(process.execPath, [NEXT_BIN, "build"], { env: fullEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  build.stdout.on("data", (chunk) => (output += chunk));
  build.stderr.on("data", (chunk) => (output += chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    build.once("error", reject);
    build.once("close", resolve);
  });
  if (status !== 0) throw new Error(`next build a échoué :\n${output}`);
  await bundleServer(env.NEXT_DIST_DIR);
}

/** Serves the build in NEXT_DIST_DIR on a free port (or `port`), as `npm run serve` does. */
export async function startNext(
  env: Record<string, string> & { NEXT_DIST_DIR: string },
  port?: number,
): Promise<NextServer> {
  port ??= await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(process.execPath, [path.join(env.NEXT_DIST_DIR, SERVER_FILE)], {
    // next-auth builds its redirects (after logout, for instance) on NEXTAUTH_URL: the address tests reach.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: baseUrl,
      ...env,
      PORT: String(port),
      LISTEN_HOST: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  server.stdout?.on("data", (chunk) => output.push(String(chunk)));
  server.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 150 || server.exitCode !== null) throw new Error(`le serveur n'a pas démarré :\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    process: server,
    output: () => output.join(""),
    stop: () => {
      if (server.exitCode === null) server.kill("SIGTERM");
      return exited;
    },
  };
}

export async function buildAndStartNext(env: Record<string, string> & { NEXT_DIST_DIR: string }): Promise<NextServer> {
  await buildNext(env);
  return startNext(env);
}
