// What the production server tells shared caches (a CDN, nginx): public pages for one second (and a few of
// stale-while-revalidate), revalidated by ETag; the back office, login and anything setting a cookie, never.
import { describe, expect, inject, it } from "vitest";
import { PUBLIC_PAGE_CACHE_CONTROL, ROUTER_DATA_CACHE_CONTROL } from "@/lib/server/cache-policy";

const baseUrl = inject("baseUrl");

describe("cache headers for shared caches", () => {
  it.each(["/", "/annuaire", "/annuaire?q=metz", "/annuaire/baluchon-a-table-citoyens-93", "/donnees"])(
    "%s: a one-second shared lifetime, revalidated by its ETag",
    async (path) => {
      await fetch(`${baseUrl}${path}`);
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(200);
      const cacheControl = response.headers.get("cache-control")!;
      expect(cacheControl).toBe(PUBLIC_PAGE_CACHE_CONTROL);
      // Never a lifetime longer than a few seconds for a shared cache.
      expect(cacheControl).not.toMatch(/s-maxage=(?!1\b)/);
      const etag = response.headers.get("etag");
      expect(etag).toBeTruthy();
      // As a cache or a browser revalidates (fetch() would add `Cache-Control: no-cache`, which asks for the page).
      const again = await fetch(`${baseUrl}${path}`, {
        headers: { "if-none-match": etag!, "cache-control": "max-age=0" },
      });
      expect(again.status).toBe(304);
    },
  );

  // nginx never stores them; a browser allowed stale-while-revalidate served them stale after an edit.
  it("the router's data requests of a public page are the browser's own, asked again before every use", async () => {
    const prefetch = { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" };
    for (const headers of [{ rsc: "1" }, prefetch] as Record<string, string>[]) {
      const response = await fetch(`${baseUrl}/donnees`, { headers });
      expect(response.headers.get("content-type")).toContain("text/x-component");
      expect(response.headers.get("cache-control")).toBe(ROUTER_DATA_CACHE_CONTROL);
    }
  });

  it.each(["/admin/connexion", "/admin", "/api/auth/csrf", "/api/auth/session"])(
    "%s is never stored by a shared cache",
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
      const cacheControl = response.headers.get("cache-control") ?? "";
      expect(cacheControl).toMatch(/private|no-store/);
      expect(cacheControl).not.toContain("public");
      expect(cacheControl).not.toContain("s-maxage");
    },
  );

  it("an answer that sets a cookie is private, no-store", async () => {
    const response = await fetch(`${baseUrl}/api/auth/csrf`);
    expect(response.headers.getSetCookie().length).toBeGreaterThan(0);
    expect(response.headers.get("cache-control")).toMatch(/no-store/);
  });

  it("build files are kept for ever", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const script = html.match(/\/_next\/static\/[^"]+\.js/)![0];
    const response = await fetch(`${baseUrl}${script}`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
