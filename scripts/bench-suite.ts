// How long `npm test` takes on this machine, and how much of the machine it used: the wall time, and the CPU
// time every process spent meanwhile (busy and idle core-seconds from /proc/stat, so servers, browsers and
// PostgreSQL count too), and that time by kind of process. `--cold` first removes what a second run reuses (the
// tests' build, Vitest's timings, TypeScript's incremental state), as on a fresh clone. Keep the machine otherwise
// idle: the figure is the whole machine's. Linux only (/proc).
import { spawn } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
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

/** What a process is, from its name and command line, for the breakdown by kind. */
function kindOf(name: string, commandLine: string) {
  if (name.startsWith("chrom")) return "Chromium";
  if (name === "postgres") return "PostgreSQL";
  if (name.startsWith("nginx")) return "nginx";
  if (name.startsWith("next-build") || commandLine.includes("next/dist/bin/next")) return "next build";
  if (commandLine.includes("sns-serve.mjs")) return "serveurs du site";
  if (commandLine.includes(".bin/vitest")) return "Vitest (processus principal)";
  if (commandLine.includes("vitest")) return "Vitest (fichiers de test)";
  if (commandLine.includes(".bin/tsc")) return "tsc";
  if (commandLine.includes(".bin/eslint")) return "ESLint";
  return "autres";
}

/**
 * The CPU time of every process, read each second from /proc/<pid>/stat: by process, the last time seen (a
 * process's last second before it exits, and processes living less than a second, are missed).
 */
function sampleProcesses() {
  const seen = new Map<number, { kind: string; first: number; last: number }>();
  let started = false;
  const sample = async () => {
    for (const entry of await readdir("/proc")) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      try {
        const stat = await readFile(`/proc/${pid}/stat`, "utf8");
        // Fields after the name, which may itself hold spaces and parentheses: utime and stime are 12th and 13th.
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ticks = Number(fields[11]) + Number(fields[12]);
        const known = seen.get(pid);
        if (known) known.last = ticks;
        else {
          const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
          const commandLine = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
          // What ran before the measure started does not count.
          seen.set(pid, { kind: kindOf(name, commandLine), first: started ? 0 : ticks, last: ticks });
        }
      } catch {
        // The process ended meanwhile.
      }
    }
    started = true;
  };
  let sampling = sample();
  const timer = setInterval(() => (sampling = sampling.then(sample)), 1_000);
  return async () => {
    clearInterval(timer);
    await sampling;
    const byKind = new Map<string, number>();
    for (const { kind, first, last } of seen.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + (last - first) / 100);
    return [...byKind].sort((a, b) => b[1] - a[1]);
  };
}

async function main() {
  const cold = process.argv.includes("--cold");
  if (cold) for (const entry of REUSED) await rm(entry, { recursive: true, force: true });
  const before = await cpuTimes();
  const stopSampling = sampleProcesses();
  const started = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn("npm", ["test"], { stdio: "inherit", env: { ...process.env, CI: "true" } });
    child.once("error", reject);
    child.once("exit", resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuTimes();
  const byKind = await stopSampling();
  const busy = (after.busy - before.busy) / 100;
  const idle = (after.idle - before.idle) / 100;
  console.log(
    `\nnpm test${cold ? " (à froid : sans build, sans historique Vitest, sans état TypeScript)" : ""} : ` +
      `${seconds.toFixed(0)} s, code de sortie ${code}\n` +
      `processeurs : ${busy.toFixed(0)} s de calcul, ${idle.toFixed(0)} s inoccupées ` +
      `(${((100 * busy) / (busy + idle)).toFixed(0)} % occupés), dont, relevé chaque seconde :\n` +
      byKind.map(([kind, seconds]) => `  ${seconds.toFixed(0).padStart(5)} s  ${kind}`).join("\n"),
  );
  process.exitCode = code ?? 1;
}

await main();
