import { describe, expect, inject, it } from "vitest";

/** Départements with at least one structure of the demo directory. */
const DEPARTMENTS_WITH_STRUCTURES = 102;

describe("files for search engines", () => {
  it("lists the public pages and every structure page in sitemap.xml, under SITE_URL", async () => {
    const response = await fetch(`${inject("baseUrl")}/sitemap.xml`);
    expect(response.status).toBe(200);
    const xml = await response.text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const site = inject("siteUrl");
    expect(urls.slice(0, 4)).toEqual([site, `${site}/annuaire`, `${site}/donnees`, `${site}/accessibilite`]);
    const departments = urls.filter((url) => url?.startsWith(`${site}/annuaire/departement/`));
    expect(departments).toHaveLength(DEPARTMENTS_WITH_STRUCTURES);
    expect(departments).toContain(`${site}/annuaire/departement/57`);
    expect(urls.filter((url) => url?.startsWith(`${site}/annuaire/`)).length - departments.length).toBe(3853);
    // Every structure's entry says when it last changed.
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    const structureEntries = entries.filter((entry) => /\/annuaire\/(?!departement\/)[^<]+<\/loc>/.test(entry));
    expect(structureEntries).toHaveLength(3853);
    expect(structureEntries.every((entry) => /<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/.test(entry))).toBe(true);
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
