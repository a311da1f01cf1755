// The address a request came from, as the login rate limit counts it. X-Forwarded-For is only believed for
// the hops of reverse proxies the deployment declares (TRUSTED_PROXY_HOPS): without that, anybody could
// send a new made-up address with each attempt.
import type { IncomingMessage } from "node:http";

/** The request header the site's server sets (replacing any the client sent) for the application. */
export const CLIENT_ADDRESS_HEADER = "x-sns-client-address";

export function clientAddress(request: Pick<IncomingMessage, "headers" | "socket">, trustedProxyHops: number) {
  const peer = request.socket.remoteAddress ?? "inconnue";
  if (trustedProxyHops <= 0) return peer;
  const header = request.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Each trusted proxy appends the address it received the request from: the client's is the one the
  // outermost trusted proxy appended, counted from the end.
  return forwarded[forwarded.length - trustedProxyHops] ?? peer;
}
