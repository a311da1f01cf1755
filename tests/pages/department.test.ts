import { describe, expect, inject, it } from "vitest";
import { fetchPage } from "@/tests/support/html";

const department = (code: string) => fetchPage(`${inject("baseUrl")}/annuaire/departement/${code}`);

describe("département page", () => {
  it("shows the counts by kind, the communes that have structures and the list, for people and search engines", async () => {
    const page = await department("57");
    expect(page.response.status).toBe(200);
    expect(page.document.querySelector("h1")?.textContent).toBe("Structures de l’insertion en Moselle (57)");
    expect(page.title).toBe("Structures de l’insertion en Moselle (57) · Groupe SNS");
    expect(page.canonical).toBe(`${inject("siteUrl")}/annuaire/departement/57`);
    expect(page.robots).toBeNull();
    expect(page.text).toContain("L’annuaire compte 62 structures dans ce département (région Grand Est).");

    const counts = [...page.document.querySelectorAll("#types ~ ul li")].map((li) =>
      Number(li.textContent!.split(":").at(-1)!.replace(/\s/g, "")),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(62);
    const metz = [...page.document.querySelectorAll("#communes ~ ul a")].find((a) => a.textContent === "Metz");
    expect(metz?.getAttribute("href")).toBe("/annuaire?commune=57463");
    expect(page.document.querySelectorAll("#liste ~ ul li")).toHaveLength(62);
  });

  it("is linked from each structure page of the département", async () => {
    const page = await fetchPage(`${inject("baseUrl")}/annuaire/utileco-services-67`);
    expect(page.document.querySelector('a[href="/annuaire/departement/67"]')?.textContent).toBe("Bas-Rhin (67)");
  });

  it.each(["99", "abc", "5%207"])("answers 404 for %s, which is no département", async (code) => {
    expect((await department(code)).response.status).toBe(404);
  });
});
