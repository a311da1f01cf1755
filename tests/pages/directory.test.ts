import { describe, expect, inject, it } from "vitest";
import { fetchPage } from "@/tests/support/html";

const directory = (search = "") => fetchPage(`${inject("baseUrl")}/annuaire${search}`);

describe("directory page", () => {
  it("lists every structure, 20 per page, with the count", async () => {
    const page = await directory();
    expect(page.response.status).toBe(200);
    expect(page.document.querySelector("h1")?.textContent).toBe("Annuaire des structures de l’IAE");
    expect(page.document.querySelector("#resultats")?.textContent?.replace(/\s+/g, " ")).toBe(
      "3 853 structures trouvées — page 1 sur 193",
    );
    expect(page.document.querySelectorAll("section[aria-labelledby=resultats] > ul > li")).toHaveLength(20);
    expect(page.canonical).toBe(`${inject("siteUrl")}/annuaire`);
    expect(page.robots).toBeNull();
  });

  it("searches from the URL, keeps the query in the form, and is not indexed", async () => {
    const page = await directory("?q=utileco&type=AI&type=ACI");
    const links = [...page.document.querySelectorAll("section[aria-labelledby=resultats] > ul a")].map(
      (a) => a.textContent,
    );
    expect(links.sort()).toEqual(["Utileco chantiers", "Utiléco Services"]);
    expect(page.document.querySelector<HTMLInputElement>("input[name=q]")?.value).toBe("utileco");
    const checked = [...page.document.querySelectorAll<HTMLInputElement>("input[name=type]:checked")].map(
      (i) => i.value,
    );
    expect(checked).toEqual(["ACI", "AI"]);
    expect(page.robots).toBe("noindex, follow");
    expect(page.canonical).toBe(`${inject("siteUrl")}/annuaire`);
  });

  it("keeps filters in pagination links", async () => {
    const page = await directory("?departement=57");
    const next = page.document.querySelector('a[rel="next"]')?.getAttribute("href");
    expect(next).toBe("/annuaire?departement=57&page=2");
    const second = await directory("?departement=57&page=2");
    expect(second.document.querySelector("#resultats")?.textContent?.replace(/\s+/g, " ")).toBe(
      "62 structures trouvées — page 2 sur 4",
    );
    const pagination = second.document.querySelector('nav[aria-label="Pagination des résultats"]');
    expect(pagination?.querySelector('a[aria-current="page"]')?.textContent).toBe("2");
  });

  it.each([
    ["only punctuation", "?q=%25%25", "Saisissez au moins une lettre ou un chiffre"],
    ["no match", "?q=zzzzzzzz", "Aucune structure ne correspond à cette recherche."],
    ["an unknown kind", "?type=NOPE", "Aucune structure ne correspond à cette recherche."],
    ["SQL", `?q=${encodeURIComponent("'; DROP TABLE structure; --")}&region=%27`, "Aucune structure"],
    ["a page that does not exist", "?page=999", "La page 999 n’existe pas pour cette recherche"],
  ])("answers %s with a French message, not an error", async (_label, search, message) => {
    const page = await directory(search);
    expect(page.response.status).toBe(200);
    expect(page.text).toContain(message);
  });

  it("answers a 10 kB query", async () => {
    const page = await directory(`?q=${"a".repeat(10_240)}`);
    expect(page.response.status).toBe(200);
    expect(page.text).toContain("Aucune structure");
  });

  it("keeps a page past the last one out of search engines, with a way back", async () => {
    const page = await fetchPage(`${inject("baseUrl")}/annuaire?page=500`);
    expect(page.response.status).toBe(200);
    expect(page.robots).toBe("noindex, follow");
    expect(page.canonical).toBe(`${inject("siteUrl")}/annuaire`);
    expect(page.text).toContain("La page 500 n’existe pas");
    const back = [...page.document.querySelectorAll("a")].find((a) => a.textContent === "Revenir à la première page");
    expect(back?.getAttribute("href")).toBe("/annuaire");
    // A real page of the list stays indexable, as its own canonical.
    const second = await fetchPage(`${inject("baseUrl")}/annuaire?page=2`);
    expect(second.robots).toBeNull();
    expect(second.canonical).toBe(`${inject("siteUrl")}/annuaire?page=2`);
  });

  it("searches around a commune: its own structures first, then the nearest, each with its distance", async () => {
    const page = await directory("?commune=57463&rayon=10");
    expect(page.response.status).toBe(200);
    const heading = page.document.querySelector("#resultats")?.textContent?.replace(/\s/g, " ");
    expect(heading).toMatch(/^\d+ structures trouvées à moins de 10 km de Metz \(57\)$/);
    const distances = [...page.document.querySelectorAll("main li p.font-medium")].map((p) => p.textContent);
    expect(distances[0]).toBe("dans la commune");
    expect(distances.some((text) => /^à \d+(,\d)? km$/.test(text!.replace(/\s/g, " ")))).toBe(true);
    expect(page.robots).toBe("noindex, follow");
  });

  it("says so when the position sent is no position on Earth", async () => {
    const page = await directory("?lat=1e309&lon=6");
    expect(page.response.status).toBe(200);
    expect(page.text).toContain("La position reçue n’en est pas une");
  });

  it("says so when the commune code names no commune", async () => {
    const page = await directory("?commune=99999");
    expect(page.response.status).toBe(200);
    expect(page.text).toContain("Aucune commune n’a le code « 99999 »");
  });

  it("finds the commune of a place typed without the suggestions, or offers the choice, or says none matches", async () => {
    const one = await directory("?lieu=sarreguemines&rayon=10");
    expect(one.document.querySelector("#resultats")?.textContent?.replace(/\s/g, " ")).toMatch(
      /^\d+ structures? trouvées? à moins de 10 km de Sarreguemines \(57\)$/,
    );
    expect(one.document.querySelector<HTMLInputElement>("input[name=lieu]")?.value).toBe("Sarreguemines (57)");

    const several = await directory("?lieu=Sainte-Colombe");
    expect(several.document.querySelector("#resultats")?.textContent).toBe("Quelle commune ?");
    const choices = [...several.document.querySelectorAll("main section li a")];
    expect(choices.map((a) => a.textContent)).toContain("Sainte-Colombe (89)");
    expect(choices.every((a) => /^\/annuaire\?commune=[0-9AB]{5}$/.test(a.getAttribute("href")!))).toBe(true);

    const none = await directory("?lieu=zzzzqqq");
    expect(none.document.querySelector("#resultats")?.textContent).toBe("Commune introuvable");
    expect(none.text).toContain("Aucune commune ne correspond à « zzzzqqq »");
  });

  it("suggests communes over HTTP, as the place field asks, cacheable for a day", async () => {
    const response = await fetch(`${inject("baseUrl")}/api/communes?q=metz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const { items } = (await response.json()) as { items: { code: string; label: string; postalCode: string }[] };
    expect(items[0]).toEqual({ code: "57463", label: "Metz (57)", postalCode: "57000" });
    for (const q of ["m", "", "%", "x".repeat(5000), "__proto__"]) {
      const other = await fetch(`${inject("baseUrl")}/api/communes?q=${encodeURIComponent(q)}`);
      expect(other.status, q).toBe(200);
      expect(((await other.json()) as { items: unknown[] }).items, q).toEqual([]);
    }
  });
});
