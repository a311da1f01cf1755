// The HTTP server in front of Next.js: `npm start` and `npm run serve` run the site through it. It adds
// what `next start` cannot: the security headers of each kind of route (with a per-request nonce for the
// back office), a 503 "service temporairement indisponible" page with Retry-After when a page failed because
// the database does not answer, a 404 page that reads without JavaScript, and a shutdown that lets in-flight
// requests finish.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import type { NextServer, NextServerOptions } from "next/dist/server/next";
import { formatMegabytes, MAX_FORM_BODY_BYTES } from "@/lib/admin/limits";
import { isDatabaseUnreachable } from "@/lib/database/availability";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/server/client-address";
import { parseMapEnv } from "@/lib/env";
import { MAP_VIEW_PATH } from "@/lib/geo/map-tiles";
import { distDir } from "@/lib/server/dist-dir";
import { readRequestTarget } from "@/lib/server/request-target";
import { isBackOfficePath, securityHeaders } from "@/lib/server/security-headers";
import { sharedCachePolicy } from "@/lib/server/cache-policy";
import { BAD_REQUEST_PAGE, RETRY_AFTER_SECONDS, tooLargePage, UNAVAILABLE_PAGE } from "@/lib/server/unavailable-page";

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

type Replacement = { status: number; headers: Record<string, string | number>; body: string };

/**
 * Lets `choose` put another answer in place of Next.js's, given the status Next.js is about to send. Decided
 * before the first byte leaves: the status line is still unwritten at that point.
 */
function replaceAnswerWhen(response: ServerResponse, choose: (status: number) => Replacement | undefined) {
  const { writeHead, write, end } = response;
  let replaced = false;
  const replaceIfChosen = (status: number) => {
    if (replaced || response.headersSent) return replaced;
    const replacement = choose(status);
    if (!replacement) return false;
    replaced = true;
    for (const name of response.getHeaderNames()) response.removeHeader(name);
    writeHead.call(response, replacement.status, {
      ...replacement.headers,
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(replacement.body),
    });
    (end as (chunk: string) => void).call(response, replacement.body);
    return true;
  };
  const callbackOf = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === "function");

  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (replaceIfChosen(status)) return this;
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
  response.write = function (this: ServerResponse, ...args: unknown[]) {
    if (replaceIfChosen(this.statusCode)) {
      callbackOf(args)?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean).apply(this, args);
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (replaceIfChosen(this.statusCode)) {
      callbackOf(args)?.();
      return this;
    }
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["end"];
}

/** Puts the shared caches' policy (lib/server/cache-policy.ts) on Next.js's answer as its head is written. */
function applySharedCachePolicy(response: ServerResponse, backOffice: boolean, routerData: boolean) {
  const { writeHead } = response;
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const policy = sharedCachePolicy(String(this.getHeader("cache-control") ?? "") || undefined, {
      setsCookie: this.hasHeader("set-cookie"),
      backOffice,
      routerData,
    });
    if (policy) this.setHeader("Cache-Control", policy);
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as ServerResponse["writeHead"];
}

/**
 * The "page introuvable" page as the build prerendered it, header and footer included. A 404 raised by
 * `notFound()` in a page rendered on demand (an unknown structure) reaches the browser as an empty document that
 * only JavaScript fills (Next.js issue #62228); this one reads without it.
 */
function readNotFoundPage(dev: boolean) {
  if (dev) return undefined;
  const file = path.join(distDir(), "server", "app", "_not-found.html");
  try {
    return readFileSync(file, "utf8");
  } catch {
    console.error(`Page introuvable prérendue absente (${file}) : les 404 sont servies telles que Next.js les rend.`);
    return undefined;
  }
}

/** The router of an open page asking for a page's data (RSC), or prefetching it. */
function wantsRouterData(request: IncomingMessage, url: URL) {
  return request.headers.rsc !== undefined || url.searchParams.has("_rsc");
}

/** A browser asking for a page: not the router's data, not an API route, not a build file. */
function wantsDocument(request: IncomingMessage, url: URL) {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    !wantsRouterData(request, url) &&
    !url.pathname.startsWith("/api/") &&
    !url.pathname.startsWith("/_next/")
  );
}

/** Answers without Next.js, and closes the connection: what follows on it cannot be trusted to be a request. */
function answerAndClose(request: IncomingMessage, response: ServerResponse, answer: Replacement) {
  response.writeHead(answer.status, {
    ...answer.headers,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(answer.body),
    Connection: "close",
  });
  response.end(request.method === "HEAD" ? undefined : answer.body);
  // A refused body is never read: the connection ends with the answer.
  response.once("finish", () => request.socket.end());
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
  const notFoundPage = readNotFoundPage(dev);
  const publicHeaders = securityHeaders({ admin: false, https });
  // Read at start-up: a wrong MAP_TILES_URL stops the server with its message, not the map view later.
  const { tilesSource } = parseMapEnv();
  // The server's own pages: no script, inline style only, never kept by a cache.
  const ownPageHeaders = {
    ...publicHeaders,
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "Cache-Control": "no-store",
  };
  const unavailable: Replacement = {
    status: 503,
    headers: { ...ownPageHeaders, "Retry-After": RETRY_AFTER_SECONDS },
    body: UNAVAILABLE_PAGE,
  };
  const badRequest = { status: 400, headers: ownPageHeaders, body: BAD_REQUEST_PAGE };
  const tooLarge = { status: 413, headers: ownPageHeaders, body: tooLargePage(formatMegabytes(MAX_FORM_BODY_BYTES)) };
  const noSuchPage = notFoundPage
    ? {
        status: 404,
        headers: { ...publicHeaders, "X-Robots-Tag": "noindex", "Cache-Control": "no-store" },
        body: notFoundPage,
      }
    : badRequest;

  let stopping = false;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const target = readRequestTarget(request.url);
    if ("refusal" in target) return answerAndClose(request, response, target.refusal === 404 ? noSuchPage : badRequest);
    // A body larger than any form may send is refused before it is read: Next.js would answer its own limit
    // with a bare 500.
    if (Number(request.headers["content-length"] ?? 0) > MAX_FORM_BODY_BYTES) {
      return answerAndClose(request, response, tooLarge);
    }
    request.url = target.path;
    const url = new URL(target.path, "http://localhost");
    const { pathname } = url;
    const admin = isBackOfficePath(pathname);
    const nonce = admin ? randomBytes(16).toString("base64") : undefined;
    const mapTiles = pathname === MAP_VIEW_PATH ? tilesSource : undefined;
    const headers = securityHeaders({ admin, https, nonce, dev, mapTiles });
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request, trustedProxyHops);
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    if (nonce) request.headers["content-security-policy"] = headers["Content-Security-Policy"];
    // A stopping server tells keep-alive clients to reconnect elsewhere.
    if (stopping) response.setHeader("Connection", "close");
    const isDocumentRequest = wantsDocument(request, url);
    // The open-data API and downloads answer their own errors, as JSON (RFC 9457): never replaced by HTML.
    const isApi = pathname.startsWith("/api/v1/") || pathname.startsWith("/donnees/");
    applySharedCachePolicy(response, admin, wantsRouterData(request, url));
    replaceAnswerWhen(response, (status) => {
      if (isApi) return undefined;
      if (status >= 500 && isDatabaseUnreachable()) return unavailable;
      // Public pages only: the back office's scripts need its per-request nonce, which the prerendered page lacks.
      if (status === 404 && notFoundPage && isDocumentRequest && !admin) {
        // Not kept by caches: the structure may be created a minute later.
        const notFoundHeaders = { ...headers, "X-Robots-Tag": "noindex", "Cache-Control": "no-store" };
        return { status: 404, headers: notFoundHeaders, body: notFoundPage };
      }
      return undefined;
    });
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
