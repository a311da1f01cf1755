// How long `npm test` takes on this machine, and how much of the machine it used: the wall time, and the CPU
// time every process spent meanwhile (busy and idle core-seconds from /proc/stat, so servers, browsers and
// PostgreSQL count too). `--cold` first removes what a second run reuses (the tests' build, Vitest's timings,
// TypeScript's incremental state), as on a fresh clone. Keep the machine otherwise idle: the figure is the
// whole machine's. Linux only (/proc/stat).
import { spawn } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { TEST_DIST_DIR } from "@/scripts/next-server";

/** What a second `npm test` reuses: removed by --cold. */
const REUSED = [TEST_DIST_DIR, "node_modules/.vite", "tsconfig.tsbuildinfo"];

/** Busy and idle jiffies (1/100 s) of all cores since boot. */
async function cpuTimes() {
  const [user, nice, system, idle, iowait, irq, softirq, steal] = (await readFile("/proc/stat", "utf8"))
    .split("\n")[0]!
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number) as number[];
  return { busy: user! + nice! + system! + irq! + softirq! + steal!, idle: idle! + iowait! };
}

async function main() {
  const cold = process.argv.includes("--cold");
  if (cold) for (const entry of REUSED) await rm(entry, { recursive: true, force: true });
  const before = await cpuTimes();
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", ["test"], { stdio: "inherit", env: { ...process.env, CI: "true" } });
    child.once("error", reject);
    child.once("exit", resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuTimes();
  const busy = (after.busy - before.busy) / 100;
  const idle = (after.idle - before.idle) / 100;
  console.log(
    `\nnpm test${cold ? " (à froid : sans build, sans historique Vitest, sans état TypeScript)" : ""} : ` +
      `${seconds.toFixed(0)} s, code de sortie ${code}\n` +
      `processeurs : ${busy.toFixed(0)} s de calcul, ${idle.toFixed(0)} s inoccupées ` +
      `(${((100 * busy) / (busy + idle)).toFixed(0)} % occupés)`,
  );
  process.exitCode = code ?? 1;
}

await main();
