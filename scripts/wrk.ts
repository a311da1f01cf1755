// Debian's `wrk` (a C load generator; autocannon, one Node thread, saturates near 8,000 req/s here and cannot
// measure nginx), for the benchmarks: one run, and the figures read from its report.
import { spawn } from "node:child_process";

export const WRK = process.env.WRK_PATH ?? "/usr/bin/wrk";
/** One per core of these machines; pathsScript's threads take every THREADS-th path. */
const THREADS = 2;

export type WrkRun = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  total: number;
};

/** wrk's figures, read from its report (latencies in ms). */
export function parseWrk(report: string): WrkRun {
  const duration = (text: string | undefined) => {
    const match = text?.match(/([\d.]+)(us|ms|s|m)\b/);
    if (!match) return NaN;
    const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
    return Number(match[1]) * factor;
  };
  const errors = report.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    requestsPerSecond: Number(report.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN),
    p50: duration(report.match(/^\s+50%\s+(\S+)/m)?.[1]),
    p99: duration(report.match(/^\s+99%\s+(\S+)/m)?.[1]),
    non2xx: Number(report.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    timeouts: Number(errors?.[4] ?? 0),
    total: Number(report.match(/(\d+) requests in/)?.[1] ?? 0),
  };
}

/**
 * One wrk run: two threads (one per core), gzip accepted as a browser does. `script`: a Lua file that chooses
 * each request's path (wrk's `request()`), for pages that must not repeat.
 */
export function wrk(url: string, connections: number, seconds: number, script?: string): Promise<WrkRun> {
  const args = [`-t${THREADS}`, `-c${connections}`, `-d${seconds}s`, "--latency", "-H", "Accept-Encoding: gzip"];
  if (script) args.push("-s", script);
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, [...args, url], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(parseWrk(output)) : reject(new Error(output))));
  });
}

/**
 * A Lua script for wrk that sends the paths given in turn, each thread from its own place in the list, so that
 * with as many paths as the run makes requests none repeats.
 */
export function pathsScript(pathsFile: string) {
  return `
local paths = {}
for line in io.lines(${JSON.stringify(pathsFile)}) do paths[#paths + 1] = line end
local threads = 0
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end
local sent = 0
function request()
  local index = (first + sent * ${THREADS}) % #paths + 1
  sent = sent + 1
  return wrk.format(nil, paths[index])
end
`;
}
