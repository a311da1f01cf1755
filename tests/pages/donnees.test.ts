// The open data as a visitor and a program meet them on the production build, through the site's own server:
// the download links of a search in a real browser, the page that documents them, and JSON errors that no
// HTML page replaces.
import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "@/tests/support/browser";
import { fetchPage } from "@/tests/support/html";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe("downloads of a search", () => {
  it("give files with the search's rows, every page of it", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/annuaire?type=ACI&departement=57`);
    const heading = (await page.locator("#resultats").textContent())!.replace(/\s/g, "");
    const total = Number(heading.match(/^(\d+)structures/)![1]);
    // More than one page: the file is the whole search.
    expect(total).toBeGreaterThan(20);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "CSV (tableur)" }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^structures-iae-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(await readFile((await csv.path())!), { bom: true, delimiter: ";", columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.reseaux_porteurs))).toEqual(new Set(["aci"]));

    const [geojson] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "GeoJSON (carte)" }).click(),
    ]);
    const collection = JSON.parse(await readFile((await geojson.path())!, "utf8")) as { features: unknown[] };
    expect(collection.features).toHaveLength(total);
    await context.close();
  });
});

describe("the open-data page", () => {
  it("documents the API with examples that work, and is linked from every page's footer", async () => {
    const page = await fetchPage(`${baseUrl}/donnees`);
    expect(page.response.status).toBe(200);
    expect(page.document.querySelector("h1")?.textContent).toBe("Données ouvertes et API de l’annuaire");
    const home = await fetchPage(`${baseUrl}/`);
    expect(home.document.querySelector('footer a[href="/donnees"]')).not.toBeNull();
    // Each curl example, run against this server, answers 200 with what it says.
    const examples = [...page.document.querySelectorAll("pre code")].flatMap((block) =>
      [...block.textContent!.matchAll(/curl (?:-o \S+ )?"([^"]+)"/g)].map((match) => match[1]!),
    );
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const example of examples) {
      const url = new URL(example);
      const response = await fetch(`${baseUrl}${url.pathname}${url.search}`);
      expect(response.status, example).toBe(200);
    }
  });
});

describe("errors of the API through the site's server", () => {
  it.each(["/api/v1/nulle-part", "/api/v1/structures/999999", "/donnees/structures.xlsx"])(
    "%s: 404 as problem+json, not the HTML page",
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { accept: "text/html,*/*" } });
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(((await response.json()) as { status: number }).status).toBe(404);
    },
  );
});

describe("the API through the site's server", () => {
  it("answers a harvester's conditional request with 304, readable from any site, with its rate limit", async () => {
    const first = await fetch(`${baseUrl}/api/v1/structures?departement=57&size=5`);
    expect(first.status).toBe(200);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect(first.headers.get("ratelimit")).toMatch(/^limit=120, remaining=\d+, reset=\d+$/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${baseUrl}/api/v1/structures?departement=57&size=5`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
