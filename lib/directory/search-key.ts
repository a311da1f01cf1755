// A directory search as one URL path segment: proxy.ts rewrites /annuaire?… to /annuaire/recherche/<key>, a
// page Next.js renders once per distinct search and caches until staff change the directory. Equivalent
// URLs (parameters in another order, spaces, a repeated type) share one key.
import { directoryHref, parseDirectoryQuery, type DirectoryQuery } from "@/lib/directory/search-params";

export const SEARCH_ROUTE = "/annuaire/recherche";

/**
 * Query-string parameters as Next.js hands them to a page: one value, or several for a repeated name (always a
 * list for the names in `lists`).
 */
export function paramsOf(search: URLSearchParams, lists: string[] = []) {
  // Own properties only, whatever the names sent (`__proto__` included): never an assignment.
  return Object.fromEntries(
    [...new Set(search.keys())].map((name) => {
      const values = search.getAll(name);
      return [name, values.length > 1 || lists.includes(name) ? values : values[0]!];
    }),
  ) as Record<string, string | string[]>;
}

export function directorySearchKey(query: DirectoryQuery) {
  const search = directoryHref(query, {}, "").replace(/^\?/, "");
  const bytes = new TextEncoder().encode(search);
  const base64 = btoa(String.fromCharCode(...bytes));
  return base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") || "tout";
}

/** The search a key stands for; null for a key no search produces. */
export function parseDirectorySearchKey(key: string): DirectoryQuery | null {
  if (key === "tout") return parseDirectoryQuery({});
  if (!/^[A-Za-z0-9_-]{1,8000}$/.test(key)) return null;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    const search = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const query = parseDirectoryQuery(paramsOf(new URLSearchParams(search)));
    return directorySearchKey(query) === key ? query : null;
  } catch {
    return null;
  }
}
