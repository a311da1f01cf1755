// HTTP for the open-data API, done the way its consumers' tools expect: CORS for any site (GET only, no
// credentials), ETag and 304, a per-address rate limit with the RateLimit headers, and every error as
// application/problem+json (RFC 9457) in French, never an HTML page or a stack trace.
import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { z } from "zod";
import { isConnectionError, isDatabaseUnreachable } from "@/lib/database/availability";
import { parseServerEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

/** Requests an address may send per minute to the API and the downloads, all server instances together. */
export const API_RATE_LIMIT = { points: 120, duration: 60 };

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit, RateLimit-Policy, Content-Disposition",
  Vary: "Accept-Encoding",
};

/** Stored by browsers and caches, but checked with the server (ETag) before each use: right after an edit. */
const CACHE_CONTROL = "public, no-cache";

const PROBLEM_TYPES: Record<number, string> = {
  400: "Paramètres invalides",
  404: "Introuvable",
  405: "Méthode non permise",
  429: "Trop de requêtes",
  500: "Erreur du serveur",
  503: "Service temporairement indisponible",
};

/** An error as RFC 9457 describes it; `type` is the status's section of the open-data page. */
export function problem(
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: HeadersInit = {},
) {
  const body = {
    type: `/donnees#erreur-${status}`,
    title: PROBLEM_TYPES[status] ?? "Erreur",
    status,
    detail,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

/** zod's own messages (a parameter repeated, for one) name no parameter: they are given its name. */
function namedMessage(issue: z.core.$ZodIssue) {
  const name = issue.path.length > 0 ? String(issue.path[0]) : null;
  return name && !issue.message.startsWith(`${name} `) ? `${name} : ${issue.message}` : issue.message;
}

/** A 400 listing each parameter at fault with its French message. */
export function invalidParams(error: z.ZodError) {
  const errors = error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ parametre: key, message: `Paramètre inconnu : ${key.slice(0, 50)}.` }))
      : [{ parametre: issue.path.length > 0 ? String(issue.path[0]) : null, message: namedMessage(issue) }],
  );
  return problem(400, errors.map((item) => item.message).join(" "), { errors });
}

/** A JSON answer with its ETag, or 304 when the client already has this very body. */
export function jsonWithEtag(request: Request, value: unknown, headers: Record<string, string> = {}) {
  const body = JSON.stringify(value);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const common = { ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL, ...headers };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(body, { headers: { ...common, "Content-Type": "application/json; charset=utf-8" } });
}

const globalForLimits = globalThis as unknown as { apiLimiter?: RateLimiterPostgres };

/**
 * Counted in PostgreSQL like logins and reports (lib/auth/rate-limit.ts), so that N instances behind a load
 * balancer do not give an address N times the limit, nor a restart a fresh one. An address that has spent its
 * requests is then refused from memory until its minute ends, without asking the database again; while the
 * database does not answer, each instance counts in its own memory (the API answers 503 meanwhile, but the
 * limit still holds).
 */
function apiLimiter() {
  if (!globalForLimits.apiLimiter) {
    const pool = new pg.Pool({
      connectionString: parseServerEnv().DATABASE_URL,
      max: 2,
      connectionTimeoutMillis: 5_000,
    });
    // An idle connection lost when the database restarts must not end the process.
    pool.on("error", () => {});
    globalForLimits.apiLimiter = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: "api-address",
      inMemoryBlockOnConsumed: API_RATE_LIMIT.points + 1,
      insuranceLimiter: new RateLimiterMemory(API_RATE_LIMIT),
      ...API_RATE_LIMIT,
    });
  }
  return globalForLimits.apiLimiter;
}

function rateLimitHeaders(result: RateLimiterRes) {
  const reset = Math.ceil(result.msBeforeNext / 1000);
  return {
    // draft-ietf-httpapi-ratelimit-headers (the form GitHub-style clients and express-rate-limit read).
    "RateLimit-Policy": `${API_RATE_LIMIT.points};w=${API_RATE_LIMIT.duration}`,
    RateLimit: `limit=${API_RATE_LIMIT.points}, remaining=${Math.max(0, result.remainingPoints)}, reset=${reset}`,
  };
}

/**
 * Runs an API request: the address's rate limit first, then the handler; a database that does not answer is a
 * 503 with Retry-After, any other failure a 500 without details. The answer carries the RateLimit headers.
 */
export async function handleApiRequest(request: Request, handler: () => Promise<Response>) {
  const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "inconnue";
  let allowance: RateLimiterRes;
  try {
    allowance = await apiLimiter().consume(address);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const headers = { ...rateLimitHeaders(refusal), "Retry-After": String(Math.ceil(refusal.msBeforeNext / 1000)) };
    return problem(
      429,
      `Plus de ${API_RATE_LIMIT.points} requêtes en ${API_RATE_LIMIT.duration} secondes depuis cette adresse : réessayez dans ${headers["Retry-After"]} s.`,
      {},
      headers,
    );
  }
  let response: Response;
  try {
    response = await handler();
  } catch (error) {
    if (isConnectionError(error) || isDatabaseUnreachable()) {
      response = problem(
        503,
        "La base de données ne répond pas pour le moment. Réessayez dans un instant.",
        {},
        { "Retry-After": "30" },
      );
    } else {
      console.error("API open data en échec :", error instanceof Error ? error.message : error);
      response = problem(500, "La requête n’a pas abouti. Réessayez plus tard.");
    }
  }
  for (const [name, value] of Object.entries(rateLimitHeaders(allowance))) response.headers.set(name, value);
  return response;
}

/** The answer to a CORS preflight (a GET with If-None-Match from another site). */
export function preflight() {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** What the API does not do: writes. */
export const methodNotAllowed = () =>
  problem(405, "L’API est en lecture seule : GET uniquement.", {}, { Allow: "GET, HEAD, OPTIONS" });
