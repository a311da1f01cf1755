// The directory's maps: the map of France by département drawn on the server on /annuaire, and the « Carte »
// view of a search (Leaflet, loaded on that view only). Figures are checked against the seeded database.
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "@/tests/support/browser";
import { fetchPage } from "@/tests/support/html";

const baseUrl = inject("baseUrl");
let browser: Browser;
let database: pg.Client;

beforeAll(async () => {
  browser = await launchBrowser();
  database = new pg.Client({ connectionString: inject("pagesDatabaseUrl") });
  await database.connect();
});

afterAll(async () => {
  await browser.close();
  await database.end();
});

/** Structures by département, counted by PostgreSQL for the condition given. */
async function countsWhere(condition: string, values: unknown[] = []) {
  const { rows } = await database.query<{ code: string; count: number }>(
    `SELECT department_code AS code, count(*)::int AS count FROM structure WHERE ${condition} GROUP BY 1`,
    values,
  );
  return new Map(rows.map((row) => [row.code, row.count]));
}

/** The one row of a query. */
async function one<Row extends pg.QueryResultRow>(sql: string) {
  return (await database.query<Row>(sql)).rows[0]!;
}

const countIn = (text: string) =>
  /aucune structure/.test(text) ? 0 : Number(text.replace(/\s/g, "").match(/:(\d+)structures?$/)![1]);

describe("map of France by département on /annuaire", () => {
  it("draws each metropolitan département with the search's count, as a link to it and in a table", async () => {
    const expected = await countsWhere("kind = 'ACI'");
    const { rows: departments } = await database.query<{ code: string }>("SELECT code FROM department");
    // The département filter is the one the map leaves out: the figures are the same with it.
    for (const url of ["/annuaire?type=ACI", "/annuaire?type=ACI&departement=57"]) {
      const { document } = await fetchPage(`${baseUrl}${url}`);
      const map = document.querySelector('svg[aria-label="Carte des départements de France métropolitaine"]')!;
      const shapes = [...map.querySelectorAll("use")];
      expect(shapes).toHaveLength(96);
      // Each shape drawn from the map's one file, which holds it.
      const files = new Set(shapes.map((shape) => shape.getAttribute("href")!.split("#")[0]));
      expect(files.size).toBe(1);
      const file = await fetch(`${baseUrl}${[...files][0]}`);
      expect(file.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      expect(file.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const outlines = await file.text();
      for (const shape of shapes)
        expect(outlines).toContain(`<path id="${shape.getAttribute("href")!.split("#")[1]}" d="M`);

      for (const link of map.querySelectorAll("a")) {
        const title = link.querySelector("title")!.textContent!;
        const code = title.match(/\((\w+)\) :/)![1]!;
        expect(countIn(title), title).toBe(expected.get(code));
        expect(link.getAttribute("href")).toBe(`/annuaire?type=ACI&departement=${code}`);
      }
      const linked = map.querySelectorAll("a").length;
      const drawnWithStructures = [...expected.keys()].filter((code) => !/^97/.test(code)).length;
      expect(linked).toBe(drawnWithStructures);
      // Départements without any are drawn, named, and are no link.
      for (const shape of map.querySelectorAll(":scope > g")) {
        expect(countIn(shape.querySelector("title")!.textContent!)).toBe(0);
      }

      // Overseas départements, listed with their figures.
      const overseas = [...document.querySelectorAll("#par-departement ~ div li")].map((li) => li.textContent!);
      expect(overseas.find((text) => text.startsWith("La Réunion (974)"))).toBeDefined();
      for (const text of overseas) expect(countIn(text), text).toBe(expected.get(text.match(/\((\w+)\)/)![1]!) ?? 0);

      // The table: every département, the same figures.
      const rows = [...document.querySelectorAll("#par-departement ~ details tbody tr")];
      expect(rows).toHaveLength(departments.length);
      for (const row of rows) {
        const code = row.querySelector("th")!.textContent!.match(/\((\w+)\)/)![1]!;
        expect(Number(row.querySelector("td")!.textContent!.replace(/\s/g, ""))).toBe(expected.get(code) ?? 0);
      }
    }
    const { document } = await fetchPage(`${baseUrl}/annuaire?type=ACI&departement=57`);
    expect(document.querySelector('svg a[aria-current="true"] title')?.textContent).toMatch(/^Moselle \(57\)/);
  });

  it("is drawn in the browser, every département with its outline and the colour of its count", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/annuaire?type=ACI`);
      const map = page.locator('svg[aria-label="Carte des départements de France métropolitaine"]');
      // The outlines arrive with the map's file: each shape then has the size of its département.
      await map.evaluate(
        (svg) =>
          new Promise<void>((resolve) => {
            const drawn = () => [...svg.querySelectorAll("use")].every((shape) => shape.getBBox().width > 0);
            const check = () => (drawn() ? resolve() : requestAnimationFrame(check));
            check();
          }),
      );
      const moselle = await map.locator('use[href$="#d-57"]').evaluate((shape: SVGUseElement) => ({
        width: shape.getBBox().width,
        fill: getComputedStyle(shape).fill,
      }));
      expect(moselle.width).toBeGreaterThan(5);
      expect(moselle.fill).not.toBe("rgb(241, 245, 249)");
      const screenshot = await map.screenshot();
      expect(screenshot.length).toBeGreaterThan(5_000);
    } finally {
      await page.close();
    }
  });

  it("counts around a commune, text and kinds included", async () => {
    const { document } = await fetchPage(`${baseUrl}/annuaire?q=insertion&commune=57463&rayon=50`);
    const heading = document.querySelector("#resultats")!.textContent!.replace(/\s/g, "");
    const total = Number(heading.match(/^(\d+)structures/)![1]);
    const shown = [...document.querySelectorAll("#par-departement ~ details tbody td")].map((cell) =>
      Number(cell.textContent!.replace(/\s/g, "")),
    );
    expect(shown.reduce((a, b) => a + b, 0)).toBe(total);
    // Around Metz at 50 km: Moselle, Meurthe-et-Moselle, Meuse at most; never Paris.
    const paris = document.querySelector('#par-departement ~ details tbody tr:has(a[href*="departement=75"])');
    expect(paris).toBeNull();
  });
});

describe("the « Carte » view", () => {
  it("lets the map's tiles in on that view only", async () => {
    const policy = async (path: string) =>
      (await fetch(`${baseUrl}${path}`)).headers.get("content-security-policy")!.match(/img-src ([^;]*)/)![1];
    expect(await policy("/annuaire/carte?departement=57")).toContain("https://tile.openstreetmap.org");
    for (const path of ["/annuaire", "/annuaire?departement=57", "/annuaire/departement/57", "/"]) {
      expect(await policy(path)).toBe("'self' data: blob:");
    }
    const page = await fetchPage(`${baseUrl}/annuaire/carte?departement=57`);
    expect(page.robots).toBe("noindex, follow");
    expect(page.document.querySelector("noscript")?.innerHTML).toContain("a besoin de JavaScript");
  });

  /** The figures the map shows: lone markers, and the numbers on the groups. */
  const markersShown = (page: Page) =>
    page.evaluate(() => {
      const groups = [...document.querySelectorAll(".marker-cluster [data-count]")];
      return (
        document.querySelectorAll(".structure-marker").length +
        groups.reduce((sum, group) => sum + Number(group.textContent), 0)
      );
    });

  /** The same figures, for the markers and groups inside the map's frame only. */
  const markersInView = (page: Page) =>
    page.evaluate(() => {
      const frame = document.querySelector(".leaflet-container")!.getBoundingClientRect();
      const inView = (element: Element) => {
        const box = element.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        return x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
      };
      const lone = [...document.querySelectorAll(".structure-marker")].filter(inView).length;
      const groups = [...document.querySelectorAll(".marker-cluster")].filter(inView);
      return lone + groups.reduce((sum, group) => sum + Number(group.querySelector("[data-count]")!.textContent), 0);
    });

  it("is opened from the list, loads the map code only then, and draws every located result", async () => {
    const page = await browser.newPage();
    const scripts: { url: string; body: string }[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      // A prefetch still arriving when the page closes has no body to read: it is not one the test counts.
      response.text().then(
        (body) => scripts.push({ url: response.url(), body }),
        () => undefined,
      );
    });
    await page.goto(`${baseUrl}/annuaire?departement=57`);
    await page.waitForLoadState("networkidle");
    const isMapCode = (body: string) => body.includes("markerClusterGroup");
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => isMapCode(script.body)).map((script) => script.url)).toEqual([]);

    await page
      .getByRole("navigation", { name: "Affichage des résultats" })
      .getByRole("link", { name: "Carte" })
      .click();
    await page.waitForURL(/\/annuaire\/carte\?departement=57$/);
    const { located } = await one<{ located: number }>(
      "SELECT count(*)::int AS located FROM structure WHERE department_code = '57' AND latitude IS NOT NULL",
    );
    await expect.poll(() => markersShown(page)).toBe(located);
    expect((await page.locator("#resultats").textContent())?.replace(/\s/g, " ")).toBe("62 structures trouvées");
    await expect.poll(() => scripts.some((script) => isMapCode(script.body))).toBe(true);
    // Back to the same search as a list.
    await page.getByRole("link", { name: "Liste" }).click();
    await page.waitForURL(/\/annuaire\?departement=57$/);
    await page.close();
  });

  it("shows the whole directory: metropolitan France first, overseas a button away", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire/carte`);
    const { located, unlocated } = await one<{ located: number; unlocated: number }>(
      `SELECT count(*) FILTER (WHERE latitude IS NOT NULL)::int AS located,
              count(*) FILTER (WHERE latitude IS NULL)::int AS unlocated FROM structure`,
    );
    await expect.poll(() => markersShown(page)).toBe(located);
    expect((await page.locator("main").textContent())?.replace(/\s/g, " ")).toContain(
      `${unlocated} structures n’ont pas de position connue`,
    );
    const metropole = page.getByRole("button", { name: /^Métropole \(\d+\)$/ });
    await expect.poll(() => markersInView(page)).toBe(Number((await metropole.textContent())!.match(/\((\d+)\)/)![1]));
    // The figures in view add up to the button's count once the map has moved there.
    const reunion = page.getByRole("button", { name: /^La Réunion \(\d+\)$/ });
    const inReunion = Number((await reunion.textContent())!.match(/\((\d+)\)/)![1]);
    await reunion.click();
    await expect.poll(() => markersInView(page)).toBe(inReunion);
    await page.close();
  });

  it("reaches every marker with the keyboard: Enter opens its link, Escape comes back to it", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire/carte?commune=57463&rayon=10`);
    await page.locator(".structure-marker").first().waitFor();
    const focusedMarker = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.classList.contains("structure-marker") ? active.getAttribute("title") : null;
      });
    let name: string | null = null;
    for (let i = 0; i < 60 && !name; i++) {
      await page.keyboard.press("Tab");
      name = await focusedMarker();
    }
    expect(name).toBeTruthy();

    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    await page.keyboard.press("Escape");
    await expect.poll(focusedMarker).toBe(name);

    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("A");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/annuaire\/[a-z0-9-]+$/);
    expect((await page.locator("h1").textContent())?.trim()).toBe(name);
    await page.close();
  });

  it("opens a group of markers with the keyboard, the figures still adding up", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire/carte?departement=57`);
    await page.locator(".marker-cluster").first().waitFor();
    const total = await markersShown(page);
    const lone = () => page.locator(".structure-marker").count();
    const before = await lone();
    const group = page.locator(".marker-cluster").first();
    expect(await group.getAttribute("tabindex")).toBe("0");
    await group.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/structures : afficher ce groupe/);
    await page.keyboard.press("Enter");
    await expect.poll(lone).toBeGreaterThan(before);
    // Once the zoom's animation is over.
    await expect.poll(() => markersShown(page)).toBe(total);
    await page.close();
  });
});
