import { describe, expect, inject, it } from "vitest";

describe("files for search engines", () => {
  it("lists the public pages and every structure page in sitemap.xml, under SITE_URL", async () => {
    const response = await fetch(`${inject("baseUrl")}/sitemap.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const site = inject("siteUrl");
    expect(urls.slice(0, 3)).toEqual([site, `${site}/annuaire`, `${site}/accessibilite`]);
    expect(urls.filter((url) => url?.startsWith(`${site}/annuaire/`))).toHaveLength(3853);
    expect(urls).toContain(`${site}/annuaire/la-collecterie-93`);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("lets robots in, keeps them out of the back office, and points to the sitemap", async () => {
    const text = await (await fetch(`${inject("baseUrl")}/robots.txt`)).text();
    expect(text).toContain("Allow: /");
    expect(text).toContain("Disallow: /admin");
    expect(text).toContain(`Sitemap: ${inject("siteUrl")}/sitemap.xml`);
  });
});
