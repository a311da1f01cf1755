import { describe, expect, inject, it } from "vitest";
import { crawlerView, parseHtml } from "@/tests/support/html";

const baseUrl = inject("baseUrl");
const siteUrl = inject("siteUrl");
const EXPECTED_TYPES: Record<string, string[]> = {
  "/": ["Organization"],
  "/annuaire": [],
  "/accessibilite": [],
  "/donnees": ["Dataset"],
  "/confidentialite": [],
  "/plan-du-site": [],
};

type Report = { url: string; problems: string[]; title: string; description: string };

/** What a crawler checks on one page of the sitemap. */
async function inspect(url: string): Promise<Report> {
  const path = url.slice(siteUrl.length) || "/";
  const response = await fetch(`${baseUrl}${path}`);
  const page = crawlerView(await response.text());
  const problems: string[] = [];
  if (response.status !== 200) problems.push(`statut ${response.status}`);
  if (page.canonicals.length !== 1 || page.canonicals[0] !== url)
    problems.push(`canonique ${JSON.stringify(page.canonicals)}`);
  if (page.lang !== "fr") problems.push("lang");
  if ((page.robots ?? "").includes("noindex")) problems.push("noindex");
  const title = page.title;
  const description = page.description ?? "";
  if (!title || !description) problems.push("titre ou description manquant");
  const types: string[] = [];
  for (const script of page.jsonLd) {
    try {
      types.push(String((JSON.parse(script) as { "@type": string })["@type"]));
    } catch {
      problems.push("JSON-LD illisible");
    }
  }
  const expected =
    EXPECTED_TYPES[path] ??
    (path.startsWith("/annuaire/departement/") ? ["BreadcrumbList"] : ["Organization", "BreadcrumbList"]);
  if (JSON.stringify(types) !== JSON.stringify(expected)) problems.push(`JSON-LD ${JSON.stringify(types)}`);
  return { url, problems, title, description };
}

describe("search-engine readiness of the running build", () => {
  it("serves every page of sitemap.xml with one matching canonical, a unique title and description, valid JSON-LD, in French, indexable", async () => {
    const xml = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(3853);

    const reports: Report[] = [];
    const queue = [...urls];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) reports.push(await inspect(url));
      }),
    );
    expect(reports.filter((r) => r.problems.length > 0).slice(0, 10)).toEqual([]);
    const duplicated = (key: "title" | "description") => {
      const seen = new Map<string, string>();
      return reports.flatMap((r) =>
        seen.has(r[key]) ? [`${r.url} = ${seen.get(r[key])}`] : (seen.set(r[key], r.url), []),
      );
    };
    expect(duplicated("title")).toEqual([]);
    expect(duplicated("description")).toEqual([]);
  }, 600_000);

  it.each(["/admin/connexion", "/admin", "/admin/mandats", "/admin/annuaire/import"])(
    "keeps %s out of search engines",
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      const document = parseHtml(await response.text());
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex, nofollow");
    },
  );
});
