// The HTTP server in front of Next.js: `npm start` and `npm run serve` run the site through it. It adds
// what `next start` cannot: the security headers of each kind of route (with a per-request nonce for the
// back office), a 503 "service temporairement indisponible" page with Retry-After when a page failed because
// the database does not answer, and a shutdown that lets in-flight requests finish.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { NextServer, NextServerOptions } from "next/dist/server/next";
import { isDatabaseUnreachable } from "@/lib/database/availability";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/server/client-address";
import { isBackOfficePath, securityHeaders } from "@/lib/server/security-headers";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_PAGE } from "@/lib/server/unavailable-page";

const next = createRequire(import.meta.url)("next") as (options: NextServerOptions) => NextServer;

/** How long a stopping server waits for requests in flight before closing their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

export type SiteServerOptions = {
  dev: boolean;
  port: number;
  hostname?: string;
  https: boolean;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none). */
  trustedProxyHops?: number;
};

export type SiteServer = { close: () => Promise<void> };

/**
 * When Next.js is about to answer 5xx and the database was found unreachable, sends the 503 page instead.
 * Decided before the first byte leaves: the status line is still unwritten at that point.
 */
function answerUnavailableWhenDatabaseIsDown(response: ServerResponse, https: boolean) {
  const { writeHead, write, end } = response;
  let replaced = false;
  const replaceIfDatabaseDown = (status: number) => {
    if (replaced || response.headersSent || status < 500 || !isDatabaseUnreachable()) return replaced;
    replaced = true;
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    const headers = securityHeaders({ admin: false, https });
    writeHead.call(response, 503, {
      ...headers,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(UNAVAILABLE_PAGE),
      "Cache-Control": "no-store",
      "Retry-After": String(RETRY_AFTER_SECONDS),
    });
    (end as (chunk: string) => void).call(response, UNAVAILABLE_PAGE);
    return true;
  };
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (replaceIfDatabaseDown(status)) return this;
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (replaceIfDatabaseDown(this.statusCode)) {
      callbackOf(args)?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (replaceIfDatabaseDown(this.statusCode)) {
      callbackOf(args)?.();
      return this;
    }
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}

export async function startSiteServer({
  dev,
  port,
  hostname,
  https,
  trustedProxyHops = 0,
}: SiteServerOptions): Promise<SiteServer> {
  // What the `next` command sets before it starts a server: React and Next.js pick their production code
  // on NODE_ENV.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? (dev ? "development" : "production") });
  process.env.NEXT_RUNTIME = "nodejs";
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  let stopping = false;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    const admin = isBackOfficePath(pathname);
    const nonce = admin ? randomBytes(16).toString("base64") : undefined;
    const headers = securityHeaders({ admin, https, nonce, dev });
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trustedProxyHops);
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    if (nonce) request.headers["content-security-policy"] = headers["Content-Security-Policy"];
    // A stopping server tells keep-alive clients to reconnect elsewhere.
    if (stopping) response.setHeader("Connection", "close");
    answerUnavailableWhenDatabaseIsDown(response, https);
    handle(request, response).catch((error: unknown) => {
      console.error("Requête en échec :", error instanceof Error ? error.message : error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });

  return {
    close: async () => {
      stopping = true;
      // No new connections; idle keep-alive ones close now, busy ones once their response is sent.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forceAfterGrace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      await closed;
      clearTimeout(forceAfterGrace);
      await app.close();
    },
  };
}
