// The security headers of every response, by kind of route. Public pages get a policy without a nonce, so
// that one cached HTML document can be served to everybody; the back office, always rendered per request,
// gets a nonce-based policy under which only scripts the server emitted can run.

export type SecurityContext = {
  /** The back office (/admin…): strict policy, never indexed. */
  admin: boolean;
  /** The site is served over HTTPS (SITE_URL starts with https://). */
  https: boolean;
  /** The per-request nonce of the back office's scripts. */
  nonce?: string;
  /** `next dev` needs eval for its error overlay; never in production. */
  dev?: boolean;
  /** The « Carte » view only: the source its map tiles come from (lib/geo/map-tiles.ts). */
  mapTiles?: string;
};

const VIDEO_HOSTS = "https://www.youtube-nocookie.com https://player.vimeo.com";

function policy(directives: Record<string, string | true>) {
  return Object.entries(directives)
    .map(([name, value]) => (value === true ? name : `${name} ${value}`))
    .join("; ");
}

export function contentSecurityPolicy({ admin, https, nonce, dev, mapTiles }: SecurityContext) {
  const evalInDev = dev ? " 'unsafe-eval'" : "";
  const common = {
    "default-src": "'self'",
    // Next.js streams its page data in inline scripts: public pages, cached for everyone, cannot carry a
    // per-request nonce, so they allow inline scripts of their own origin and nothing from elsewhere.
    "script-src": admin ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `'self' 'unsafe-inline'${evalInDev}`,
    "style-src": "'self' 'unsafe-inline'",
    "img-src": mapTiles ? `'self' data: blob: ${mapTiles}` : "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": admin ? "'self'" : "'self' https:",
    "frame-src": admin ? "'none'" : VIDEO_HOSTS,
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  };
  return policy(https ? { ...common, "upgrade-insecure-requests": true } : common);
}

export function securityHeaders(context: SecurityContext): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(context),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // « Autour de moi » asks the browser for the position on public pages, for this origin only.
    "Permissions-Policy": `camera=(), microphone=(), geolocation=${context.admin ? "()" : "(self)"}, payment=(), usb=()`,
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(context.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
    ...(context.admin ? { "X-Robots-Tag": "noindex, nofollow" } : {}),
  };
}

export function isBackOfficePath(pathname: string) {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}
