// Failed logins are counted in PostgreSQL (rate-limiter-flexible), per account and per address, so that the
// limit holds across restarts and across several server instances.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60 },
  perAddress: { points: 30, duration: 15 * 60 },
} as const;

type Limiters = { perAccount: RateLimiterPostgres; perAddress: RateLimiterPostgres };

const globalForLimiters = globalThis as unknown as { loginLimiters?: Map<string, Limiters> };

function limitersFor(databaseUrl: string): Limiters {
  globalForLimiters.loginLimiters ??= new Map();
  let limiters = globalForLimiters.loginLimiters.get(databaseUrl);
  if (!limiters) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true };
    limiters = {
      perAccount: new RateLimiterPostgres({ ...options, keyPrefix: "login-account", ...LOGIN_LIMITS.perAccount }),
      perAddress: new RateLimiterPostgres({ ...options, keyPrefix: "login-address", ...LOGIN_LIMITS.perAddress }),
    };
    globalForLimiters.loginLimiters.set(databaseUrl, limiters);
  }
  return limiters;
}

/** Seconds to wait before trying again, or 0 when a login may be attempted. */
export async function loginRetryDelay(databaseUrl: string, email: string, address: string) {
  const { perAccount, perAddress } = limitersFor(databaseUrl);
  const [account, ip] = await Promise.all([perAccount.get(email), perAddress.get(address)]);
  const blocked = [
    account && account.consumedPoints >= LOGIN_LIMITS.perAccount.points ? account : null,
    ip && ip.consumedPoints >= LOGIN_LIMITS.perAddress.points ? ip : null,
  ].filter((res): res is RateLimiterRes => res !== null);
  return blocked.length > 0 ? Math.ceil(Math.max(...blocked.map((res) => res.msBeforeNext)) / 1000) : 0;
}

export async function recordFailedLogin(databaseUrl: string, email: string, address: string) {
  const { perAccount, perAddress } = limitersFor(databaseUrl);
  // consume() rejects once the limit is passed: that is the information, not an error.
  await Promise.allSettled([perAccount.consume(email), perAddress.consume(address)]);
}

export async function clearFailedLogins(databaseUrl: string, email: string) {
  await limitersFor(databaseUrl).perAccount.delete(email);
}
