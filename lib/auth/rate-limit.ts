// Failed logins are counted in PostgreSQL (rate-limiter-flexible), per account and per address, so that the
// limit holds across restarts and across several server instances. Second-factor codes are counted the same
// way, apart: a right password does not give the codes their attempts back.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

export const LOGIN_LIMITS = {
  perAccount: { points: 5, duration: 15 * 60 },
  perAddress: { points: 30, duration: 15 * 60 },
} as const;

/** What is guessed: a password (login, current password) or a second-factor code. */
export type Secret = "login" | "code";

type Limiters = { perAccount: RateLimiterPostgres; perAddress: RateLimiterPostgres };

const globalForLimiters = globalThis as unknown as { loginLimiters?: Map<string, Limiters> };

function limitersFor(databaseUrl: string, secret: Secret): Limiters {
  globalForLimiters.loginLimiters ??= new Map();
  const key = `${secret} ${databaseUrl}`;
  let limiters = globalForLimiters.loginLimiters.get(key);
  if (!limiters) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    // An idle connection lost when the database restarts must not end the process (an unheard pool error).
    pool.on("error", () => {});
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limit", tableCreated: true };
    limiters = {
      perAccount: new RateLimiterPostgres({ ...options, keyPrefix: `${secret}-account`, ...LOGIN_LIMITS.perAccount }),
      perAddress: new RateLimiterPostgres({ ...options, keyPrefix: `${secret}-address`, ...LOGIN_LIMITS.perAddress }),
    };
    globalForLimiters.loginLimiters.set(key, limiters);
  }
  return limiters;
}

/**
 * Spends one attempt of the account and one of the address before the password is checked, so that
 * attempts sent all at once cannot pass the limit together. Returns the seconds to wait when either has
 * none left, 0 when the attempt may go on.
 */
export async function reserveLoginAttempt(
  databaseUrl: string,
  email: string,
  address: string,
  secret: Secret = "login",
) {
  const { perAccount, perAddress } = limitersFor(databaseUrl, secret);
  const results = await Promise.allSettled([perAccount.consume(email), perAddress.consume(address)]);
  const refused: RateLimiterRes[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    // consume() rejects with the limiter's state once the limit is passed; anything else is a fault.
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    refused.push(result.reason);
  }
  return refused.length > 0 ? Math.ceil(Math.max(...refused.map((res) => res.msBeforeNext)) / 1000) : 0;
}

/** After the right password (or code): the account starts afresh, and the address gets its attempt back. */
export async function recordSuccessfulLogin(
  databaseUrl: string,
  email: string,
  address: string,
  secret: Secret = "login",
) {
  const { perAccount, perAddress } = limitersFor(databaseUrl, secret);
  await Promise.all([perAccount.delete(email), perAddress.reward(address, 1)]);
}
