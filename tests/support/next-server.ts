// Builds the site and serves it with `next start`, as in production, for the page and browser tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { findFreePort } from "@/lib/database/embedded";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

export type NextServer = { baseUrl: string; stop: () => Promise<void> };

export async function buildAndStartNext(env: Record<string, string>): Promise<NextServer> {
  const fullEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env };
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { env: fullEnv, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`next build a échoué :\n${build.stdout}\n${build.stderr}`);

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // next-auth builds its redirects (after logout, for instance) on NEXTAUTH_URL: the address tests reach.
  const server: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env: { ...fullEnv, NEXTAUTH_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  server.stdout?.on("data", (chunk) => output.push(String(chunk)));
  server.stderr?.on("data", (chunk) => output.push(String(chunk)));
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 100 || server.exitCode !== null) throw new Error(`next start n'a pas démarré :\n${output.join("")}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.on("exit", () => resolve());
        server.kill("SIGTERM");
      }),
  };
}
