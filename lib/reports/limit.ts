// Reports per address, counted in PostgreSQL like failed logins (lib/auth/rate-limit.ts), so that the limit
// holds across restarts and instances.
import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { parseServerEnv } from "@/lib/env";

export const REPORT_LIMIT = { points: 5, duration: 60 * 60 };

const globalForReports = globalThis as unknown as { reportLimiter?: RateLimiterPostgres };

function limiter() {
  if (!globalForReports.reportLimiter) {
    const pool = new pg.Pool({ connectionString: parseServerEnv().DATABASE_URL, max: 2 });
    // An idle connection lost when the database restarts must not end the process.
    pool.on("error", () => {});
    globalForReports.reportLimiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: "report-address",
      ...REPORT_LIMIT,
    });
  }
  return globalForReports.reportLimiter;
}

/** Spends one report of the address; the minutes to wait when it has none left, else 0. */
export async function reserveReport(address: string) {
  try {
    await limiter().consume(address);
    return 0;
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 60_000);
    throw refusal;
  }
}
