// What shared caches (a CDN, nginx's proxy_cache) are told about each answer. Next.js marks the pages it keeps
// in its own cache `s-maxage=31536000`, which is true of its cache (invalidated on every edit, on every
// instance) but a trap for any other: one that follows RFC 9111 would serve a page for a year after staff edit
// it. Such answers get a one-second shared lifetime instead, with a few seconds of stale-while-revalidate, so
// that a cache in front never shows a page more than 5 seconds older than the last edit; and a day of
// stale-if-error, so that it keeps answering while the site is down. The router's data requests (RSC,
// prefetches) are never stored by the nginx recipe (they depend on the page the browser comes from), so only the
// browser would keep them: with the pages' policy it served them stale for 4 seconds after an edit and fetched
// them again in the background, requests the server sent whole that Playwright never reported finished. They
// are the browser's own, revalidated every time (ETag, 304).

/** Seconds a shared cache may serve a public page without asking. */
export const SHARED_MAX_AGE = 1;
/** Seconds it may serve one older while it asks in the background. */
export const STALE_WHILE_REVALIDATE = 4;
/** Seconds it may serve one when the site does not answer (or answers 5xx). */
export const STALE_IF_ERROR = 86_400;

export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}, stale-if-error=${STALE_IF_ERROR}`;
export const NEVER_SHARED = "private, no-store";
/** The router's data requests of public pages: kept by the browser only, and asked again before every use. */
export const ROUTER_DATA_CACHE_CONTROL = "private, no-cache";

/**
 * The Cache-Control to send instead of Next.js's, or undefined to keep it: answers Next.js lets shared caches
 * keep get the short policy; the back office and anything that sets a cookie are never stored.
 */
export function sharedCachePolicy(
  cacheControl: string | undefined,
  { setsCookie = false, backOffice = false, routerData = false },
) {
  // The back office's redirects come without a Cache-Control of their own.
  if (setsCookie || (backOffice && !/no-store/.test(cacheControl ?? ""))) return NEVER_SHARED;
  if (cacheControl && /(^|[\s,])s-maxage=/i.test(cacheControl)) {
    return routerData ? ROUTER_DATA_CACHE_CONTROL : PUBLIC_PAGE_CACHE_CONTROL;
  }
  return undefined;
}
