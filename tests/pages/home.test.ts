import { beforeAll, describe, expect, inject, it } from "vitest";
import { SECTIONS } from "@/prisma/seed/content";
import { fetchPage } from "@/tests/support/html";

let page: Awaited<ReturnType<typeof fetchPage>>;

beforeAll(async () => {
  page = await fetchPage(`${inject("baseUrl")}/`);
});

describe("home page", () => {
  it("is served in French with one h1 and every section of the text", () => {
    expect(page.response.status).toBe(200);
    expect(page.document.documentElement.lang).toBe("fr");
    expect(page.document.querySelectorAll("h1")).toHaveLength(1);
    expect(page.document.querySelector("h1")?.textContent).toBe("SNS, un ACi pas comme les autres…");
    const headings = [...page.document.querySelectorAll("h2")].map((h) => h.textContent?.replace(/\s+/g, " "));
    for (const section of SECTIONS.filter((s) => s.key !== "presentation")) {
      expect(headings).toContain(section.heading.replace("{{total_iae}}", "3 850"));
    }
    for (const principle of [
      "La solidarité avant tout",
      "La démarche apprenante",
      "Le recours permanent à la démocratie",
    ]) {
      expect(page.text).toContain(principle);
    }
    expect(page.text).toContain("ou encore l’Office National des Forêts (ONF).");
  });

  it("shows the counts from the database, formatted in French, with a derived total", () => {
    const chart = page.document.querySelector("figure");
    const rows = [...(chart?.querySelectorAll("li") ?? [])].map((li) =>
      [...li.querySelectorAll("span")].map((span) => span.textContent?.replace(/\s+/g, " ")),
    );
    expect(rows).toEqual([
      ["Entreprises d’insertion (EI)", "950"],
      ["Associations intermédiaires (AI)", "750"],
      ["Entreprises de travail temporaire d’insertion (ETTI)", "250"],
      ["Structures porteuses d’ateliers et chantiers d’insertion (ACi)", "1 900"],
    ]);
    const total = [...(chart?.querySelectorAll("p span") ?? [])].map((span) => span.textContent?.replace(/\s+/g, " "));
    expect(total).toEqual(["Total", "3 850"]);
    expect(page.text).toContain("Les quelques 3 850 organisations de l’IAE françaises");
    expect(page.text).not.toContain("{{");
  });

  it("shows the network's key figures and the three mandates, naming no one", () => {
    expect(page.text).toContain("est né en 1995");
    expect(page.text).toContain(
      "700 adhérent(e)s portant 1 200 ACi, 36 000 salarié(e)s dont 30 000 salarié(e)s en parcours",
    );
    const mandates = [...page.document.querySelectorAll("#mandats ~ ul > li")].map((li) => li.textContent);
    expect(mandates).toHaveLength(3);
    expect(mandates[0]).toContain("Chantier École Grand Est");
    expect(mandates[1]).toContain("CDIAE Moselle");
    expect(mandates[2]).toContain("Assesseur");
  });

  it("offers the video pop-in without loading the video", () => {
    const button = [...page.document.querySelectorAll("button")].find((b) => b.textContent === "Voir la vidéo");
    expect(button).toBeDefined();
    expect(button?.getAttribute("aria-haspopup")).toBe("dialog");
    expect(page.document.querySelector("video, iframe")).toBeNull();
  });

  it("describes the page to search engines", () => {
    const site = inject("siteUrl");
    expect(page.title).toBe("L’Atelier Chantier d’Insertion du Groupe SNS, en Moselle");
    expect(page.description).toMatch(/Moselle/);
    expect(page.canonical).toBe(site);
    expect(page.ogUrl).toBe(site);
    expect(page.robots).toBeNull();
    expect(page.jsonLd).toEqual([expect.objectContaining({ "@type": "Organization", url: site })]);
  });

  it("has a skip link to the main content", () => {
    const skip = page.document.querySelector('a[href="#contenu"]');
    expect(skip?.textContent).toBe("Aller au contenu");
    expect(page.document.querySelector("main#contenu")).not.toBeNull();
  });
});
