import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/database/db";
import { searchStructures } from "@/lib/directory/queries";
import { PAGE_SIZE, parseDirectoryQuery } from "@/lib/directory/search-params";

const search = (params: Record<string, string | string[]>) => searchStructures(parseDirectoryQuery(params));
const names = (items: { brand: string | null; name: string }[]) => items.map((s) => s.brand ?? s.name);

// Two structures of our own, in a département no other test counts, for accents and ligatures.
const FIXTURES = [
  {
    siret: "99999999900017",
    slug: "test-atelier-economie-zephyrine",
    name: "ATELIER ÉCONOMIE ZÉPHYRINE",
    brand: "Atelier Économie Zéphyrine",
  },
  { siret: "99999999900025", slug: "test-oeuvre-zephyrine", name: "ŒUVRE COLLECTIVE ZÉPHYRINE", brand: null },
];

beforeAll(async () => {
  await db.structure.createMany({
    data: FIXTURES.map((f) => ({
      ...f,
      kind: "ACI" as const,
      city: "Ajaccio",
      postalCode: "20000",
      departmentCode: "2A",
      source: "TEST",
    })),
  });
});

afterAll(async () => {
  await db.structure.deleteMany({ where: { source: "TEST" } });
  await db.$disconnect();
});

describe("directory search", () => {
  it("ignores accents and case, both ways", async () => {
    expect(names((await search({ q: "economie zephyrine" })).items)).toEqual(["Atelier Économie Zéphyrine"]);
    expect(names((await search({ q: "ÉCONOMIE ZÉPHYRINE" })).items)).toEqual(["Atelier Économie Zéphyrine"]);
    expect(names((await search({ q: "utileco" })).items)).toContain("Utiléco Services");
    const etaples = await search({ q: "etaples" });
    expect(etaples.items.every((s) => s.city === "Étaples")).toBe(true);
    expect(etaples.total).toBeGreaterThan(0);
  });

  it("matches the œ ligature typed as oe", async () => {
    expect(names((await search({ q: "oeuvre zephyrine" })).items)).toEqual(["ŒUVRE COLLECTIVE ZÉPHYRINE"]);
  });

  it("finds a structure by SIRET, with or without spaces, and by SIREN", async () => {
    for (const q of ["75187049400026", "751 870 494 00026", "751870494"]) {
      const result = await search({ q });
      expect(result.items.map((s) => s.slug)).toEqual(["la-collecterie-93"]);
    }
  });

  it("requires every word, in any field: name and city together", async () => {
    const result = await search({ q: "collecterie montreuil" });
    expect(result.items.map((s) => s.slug)).toEqual(["la-collecterie-93"]);
    expect((await search({ q: "collecterie strasbourg" })).total).toBe(0);
  });

  it("ranks names that start with the query before those that only contain it, then matches by city", async () => {
    const { items } = await search({ q: "metz" });
    const ranks = items.map((s) => {
      const name = (s.brand ?? s.name).toLowerCase();
      return name.startsWith("metz") ? 1 : name.includes("metz") ? 2 : 3;
    });
    expect(ranks).toEqual([...ranks].sort());
    expect(ranks[0]).toBeLessThan(3);
    expect(ranks.at(-1)).toBe(3);
  });

  it("filters by several kinds, by région and by département", async () => {
    const kinds = await search({ type: ["EI", "ETTI"], departement: "57" });
    expect(kinds.total).toBe(12);
    expect(new Set(kinds.items.map((s) => s.kind))).toEqual(new Set(["EI", "ETTI"]));

    const moselle = await search({ departement: "57" });
    expect(moselle.total).toBe(62);
    expect(moselle.items.every((s) => s.departmentCode === "57")).toBe(true);

    const grandEst = await search({ region: "44" });
    const grandEstDepartments = new Set(["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"]);
    expect(grandEst.total).toBeGreaterThan(moselle.total);
    expect(grandEst.items.every((s) => grandEstDepartments.has(s.departmentCode))).toBe(true);
  });

  it("pages through results without overlap and reports the count", async () => {
    const first = await search({ type: "ACI" });
    const second = await search({ type: "ACI", page: "2" });
    expect(first.total).toBe(1815 + FIXTURES.length);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(PAGE_SIZE);
    const overlap = first.items.filter((a) => second.items.some((b) => b.slug === a.slug));
    expect(overlap).toEqual([]);

    const last = await search({ type: "ACI", page: String(first.pageCount) });
    expect(last.items.length).toBe(first.total - (first.pageCount - 1) * PAGE_SIZE);
    const beyond = await search({ type: "ACI", page: String(first.pageCount + 1) });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });

  it("lists everything in alphabetical order of the displayed name without a query", async () => {
    const all = await search({});
    expect(all.total).toBe(3853 + FIXTURES.length);
    // As sns_normalize folds them: no accents, lower case, punctuation as spaces; then code point order.
    const keys = all.items.map((s) =>
      (s.brand ?? s.name)
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim(),
    );
    expect(keys).toEqual([...keys].sort());
  });
});

describe("directory search with hostile input", () => {
  it.each(["%", "_", "%%%", "\\", "'", '"', "--", "';--"])("answers « %s » with a clear empty result", async (q) => {
    const result = await search({ q });
    expect(result).toMatchObject({ total: 0, items: [], isUnsearchable: true });
  });

  it("reads punctuation between words as a space, never as a wildcard", async () => {
    const result = await search({ q: "collecterie%montreuil" });
    expect(result.items.map((s) => s.slug)).toEqual(["la-collecterie-93"]);
    expect((await search({ q: "zzz%zzz" })).total).toBe(0);
  });

  it("handles quotes and apostrophes as word separators", async () => {
    const result = await search({ q: "l'atelier" });
    expect(result.total).toBeGreaterThan(0);
    expect(result.isUnsearchable).toBe(false);
  });

  it("survives a 10 kB query", async () => {
    const result = await search({ q: "a".repeat(10_240) });
    expect(result.total).toBe(0);
  });

  it("survives SQL in every parameter and leaves the data intact", async () => {
    const sql = "'; DROP TABLE structure; --";
    const result = await search({ q: sql, type: sql, region: sql, departement: sql, page: sql });
    expect(result.total).toBe(0);
    expect(await db.structure.count()).toBe(3853 + FIXTURES.length);
  });

  it("answers unknown filter values with no results, not an error", async () => {
    expect((await search({ type: "XYZ" })).total).toBe(0);
    expect((await search({ region: "99" })).total).toBe(0);
    expect((await search({ departement: "000" })).total).toBe(0);
    // An unknown kind beside a known one restricts nothing more.
    expect((await search({ type: ["XYZ", "EA"] })).total).toBe(3);
  });
});
