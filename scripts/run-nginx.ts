// Debian's nginx, run as a child process with a configuration of its own in a scratch folder: the benchmark
// (npm run bench:http) and the tests (tests/resilience/nginx.test.ts) put the deploy:nginx recipe, or a static
// file server, in front of the site with it.
import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export type RunningNginx = { dir: string; stop: () => Promise<void>; errors: () => string };

/**
 * Starts nginx with what `http` writes (given the scratch folder) as the body of its `http {}` context, one
 * worker per core, and waits until `probeUrl` answers.
 */
export async function startNginx(http: (dir: string) => string, probeUrl: string): Promise<RunningNginx> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sns-nginx-"));
  // Workers run as `nobody` when the master is root: the folders they write to are theirs too.
  for (const sub of ["cache", "temp"]) await mkdir(path.join(dir, sub));
  for (const sub of [dir, path.join(dir, "cache"), path.join(dir, "temp")]) await chmod(sub, 0o777);
  const temp = (name: string) => `${name}_temp_path ${dir}/temp/${name};`;
  const conf = `daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
    ${http(dir)}
}
`;
  await writeFile(path.join(dir, "nginx.conf"), conf);
  const check = spawnSync(NGINX_PATH, ["-t", "-p", dir, "-c", "nginx.conf", "-e", `${dir}/error.log`], {
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(`configuration nginx refusée :\n${check.stderr}`);
  const child = spawn(NGINX_PATH, ["-p", dir, "-c", "nginx.conf", "-e", `${dir}/error.log`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(probeUrl);
      break;
    } catch {
      if (attempt > 100 || child.exitCode !== null) throw new Error(`nginx n'a pas démarré :\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    dir,
    errors: () => stderr,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
