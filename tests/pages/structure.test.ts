import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fetchPage } from "@/tests/support/html";
import { startOwnSite, type OwnSite } from "@/tests/support/production-copy";

const structure = (slug: string) => fetchPage(`${inject("baseUrl")}/annuaire/${slug}`);

describe("structure page", () => {
  it("shows every field, the kind explained and the source", async () => {
    const page = await structure("utileco-services-67");
    expect(page.response.status).toBe(200);
    expect(page.document.querySelector("h1")?.textContent).toBe("Utiléco Services");
    for (const text of [
      "SIRET",
      "Haguenau",
      "Bas-Rhin (67)",
      "Grand Est",
      "Association intermédiaire (AI)",
      "Source :",
    ]) {
      expect(page.text).toContain(text);
    }
    expect(page.text).toContain("Qu’est-ce qu’une structure de type AI ?");
  });

  it("describes a structure for search engines in full, or cut at a word with « … » only when cut", async () => {
    const short = await structure("sa-sistra-67");
    expect(short.description).toBe("Entreprise d’insertion à Strasbourg (Bas-Rhin). Sous-traitance industrielle");
    const long = await structure("assoc-espoir-62");
    expect(long.description!.length).toBeLessThanOrEqual(200);
    expect(long.description).toMatch(/[^\s]…$/);
  });

  it("links to the structure's website and describes it for search engines", async () => {
    const page = await structure("baluchon-a-table-citoyens-93");
    const site = inject("siteUrl");
    const website = page.document.querySelector('a[href="http://www.baluchon.fr"]');
    expect(website?.getAttribute("rel")).toContain("noopener");
    expect(page.title).toBe("Baluchon-À table citoyens, entreprise d’insertion à Romainville · Groupe SNS");
    expect(page.canonical).toBe(`${site}/annuaire/baluchon-a-table-citoyens-93`);
    const [organisation, breadcrumb] = page.jsonLd;
    expect(organisation).toMatchObject({
      "@type": "Organization",
      name: "Baluchon-À table citoyens",
      identifier: { value: "80746931700018" },
      address: { postalCode: "93230", addressLocality: "Romainville", addressCountry: "FR" },
    });
    expect(breadcrumb).toMatchObject({ "@type": "BreadcrumbList" });
    expect((breadcrumb!.itemListElement as { item: string }[]).map((i) => i.item)).toEqual([
      site,
      `${site}/annuaire`,
      `${site}/annuaire/baluchon-a-table-citoyens-93`,
    ]);
  });

  it.each(["structure-qui-n-existe-pas", "%3Cscript%3E", "a".repeat(300)])(
    "answers an unknown slug with a 404 page written by the server, readable without JavaScript",
    async (slug) => {
      const page = await structure(slug);
      expect(page.response.status).toBe(404);
      expect(page.title).toBe("Page introuvable · Groupe SNS");
      expect(page.document.querySelectorAll('meta[name="robots"]')[0]?.getAttribute("content")).toContain("noindex");
      expect(page.response.headers.get("x-robots-tag")).toBe("noindex");
      expect(page.response.headers.get("cache-control")).toBe("no-store");
      expect(page.document.documentElement.getAttribute("lang")).toBe("fr");
      expect(page.document.querySelector("h1")?.textContent).toBe("Page introuvable");
      const links = [...page.document.querySelectorAll('a[href="/annuaire"]')].map((link) => link.textContent);
      expect(links).toContain("Rechercher dans l’annuaire");
    },
  );

  it("still answers the router of an open page with data, not with the 404 document", async () => {
    const response = await fetch(`${inject("baseUrl")}/annuaire/structure-qui-n-existe-pas`, { headers: { RSC: "1" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/x-component");
  });

  // On a server and a database of its own: the other page tests, running meanwhile, count the structures.
  describe("with markup in the data", () => {
    const hostile = "</script><script>alert(1)</script>";
    let site: OwnSite;
    beforeAll(async () => {
      site = await startOwnSite("hostile-markup");
      const client = new pg.Client({ connectionString: site.databaseUrl });
      await client.connect();
      await client.query(
        `INSERT INTO structure (siret, kind, name, slug, city, department_code, source, description, updated_at)
         VALUES ('99999999900033', 'EI', $1, 'test-hostile', 'Metz', '57', 'TEST', $1, now())`,
        [hostile],
      );
      await client.end();
    });
    afterAll(() => site?.stop());

    it("escapes it in the page and in the structured data", async () => {
      const page = await fetchPage(`${site.baseUrl}/annuaire/test-hostile`);
      expect(page.response.status).toBe(200);
      // The markup arrives as text, never as an element of its own.
      expect([...page.document.querySelectorAll("script")].some((s) => s.textContent?.trim() === "alert(1)")).toBe(
        false,
      );
      expect(page.document.querySelector("h1")?.textContent).toBe(hostile);
      expect(page.jsonLd[0]).toMatchObject({ name: hostile });
    });
  });

  it("shows where the structure is: its département drawn with the point, OpenStreetMap and an itinerary", async () => {
    const page = await structure("baluchon-a-table-citoyens-93");
    const locator = page.document.querySelector('svg[role="img"]');
    expect(locator?.getAttribute("aria-label")).toBe(
      "Position de Baluchon-À table citoyens dans le département : Seine-Saint-Denis",
    );
    // The point lies inside the drawing's box.
    const [minX, minY, width, height] = locator!.getAttribute("viewBox")!.split(" ").map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const circle = locator!.querySelector("circle")!;
    const [cx, cy] = [Number(circle.getAttribute("cx")), Number(circle.getAttribute("cy"))];
    expect(cx).toBeGreaterThan(minX);
    expect(cx).toBeLessThan(minX + width);
    expect(cy).toBeGreaterThan(minY);
    expect(cy).toBeLessThan(minY + height);
    const links = [...page.document.querySelectorAll("a")].filter((a) =>
      a.href.startsWith("https://www.openstreetmap.org/"),
    );
    expect(links.map((a) => a.textContent)).toEqual([
      "Voir sur OpenStreetMap (site externe)",
      "Itinéraire vers Baluchon-À table citoyens sur OpenStreetMap (site externe)",
    ]);
    expect(links[1]!.getAttribute("href")).toMatch(
      /^https:\/\/www\.openstreetmap\.org\/directions\?to=48\.\d+%2C2\.\d+$/,
    );
    // Nothing on the page is loaded from another site.
    const external = [...page.document.querySelectorAll("img[src], script[src], link[href], iframe[src]")]
      .map((element) => element.getAttribute("src") ?? element.getAttribute("href") ?? "")
      .filter((url) => /^https?:/.test(url) && !url.startsWith(inject("siteUrl")));
    expect(external).toEqual([]);
  });
});
