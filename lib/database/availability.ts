// Whether the database answered the last time the application tried to reach it. The HTTP server reads this
// to turn a page that failed for want of its database into a "service temporairement indisponible" page (503)
// rather than an error. Kept on globalThis: the server and the bundled application share one process but not
// one module graph.

const STATE = Symbol.for("sns.database.availability");

type State = { lastFailure: number; lastSuccess: number };

function state(): State {
  const holder = globalThis as typeof globalThis & { [STATE]?: State };
  holder[STATE] ??= { lastFailure: 0, lastSuccess: 0 };
  return holder[STATE];
}

export function markDatabaseReachable() {
  state().lastSuccess = performance.timeOrigin + performance.now();
}

export function markDatabaseUnreachable() {
  state().lastFailure = performance.timeOrigin + performance.now();
}

/** True when the latest attempt to reach the database failed. */
export function isDatabaseUnreachable() {
  const { lastFailure, lastSuccess } = state();
  return lastFailure > lastSuccess;
}

// Codes that mean "no database to talk to", as opposed to a bad query: refused or lost connections
// (Node), and PostgreSQL shutting down or not yet accepting connections.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
]);

// The same, as Prisma's driver adapter names them once it has wrapped the driver's error.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

// …and as Prisma words it for a raw query (« Raw query failed. Code: `N/A`. Message: `Can't reach database server` »).
const CONNECTION_MESSAGES =
  /^DatabaseNotReachable$|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server/i;

/** Whether an error (or any error it wraps) says the database could not be reached. */
export function isConnectionError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (typeof current !== "object") return false;
    const { code, kind, message, cause, originalCode } = current as Record<string, unknown>;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof originalCode === "string" && CONNECTION_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}
