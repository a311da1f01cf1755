// Searching near a commune, on the seeded database: the communes and the structures' links come from the
// seed; every result set is checked against a distance computed here, independently, over the seeded rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/database/db";
import { createStructure, updateStructure } from "@/lib/directory/actions";
import { searchStructures } from "@/lib/directory/queries";
import { PAGE_SIZE, parseDirectoryQuery } from "@/lib/directory/search-params";
import { communeLabel, findCommunesMatching, resolvePlace } from "@/lib/geo/queries";
import { signInAs, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());

type Row = {
  slug: string;
  latitude: number | null;
  longitude: number | null;
  communeCode: string | null;
  kind: string;
};
let rows: Row[];

beforeAll(async () => {
  rows = await db.structure.findMany({
    select: { slug: true, latitude: true, longitude: true, communeCode: true, kind: true },
  });
});

/** Haversine on a sphere of 6,371 km, written here apart from the SQL it checks. */
function kmBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

async function commune(code: string) {
  return db.commune.findUniqueOrThrow({ where: { code } });
}

/** Every result of a search, page after page. */
async function allResults(params: Record<string, string | string[]>) {
  const first = await searchStructures(parseDirectoryQuery(params));
  const pages = [first];
  for (let page = 2; page <= first.pageCount; page++)
    pages.push(await searchStructures(parseDirectoryQuery({ ...params, page: String(page) })));
  return { first, items: pages.flatMap((result) => result.items) };
}

describe("communes", () => {
  it("holds every current commune, with a point for nearly all and the source of each point", async () => {
    expect(await db.commune.count()).toBe(34_969);
    expect(await commune("57463")).toMatchObject({ name: "Metz", departmentCode: "57", pointSource: "geonames" });
    expect((await commune("57463")).latitude).toBeCloseTo(49.11911, 4);
    const sources = await db.commune.groupBy({ by: ["pointSource"], _count: true });
    const bySource = Object.fromEntries(sources.map((s) => [s.pointSource ?? "aucun", s._count]));
    expect(bySource.geonames).toBe(8600);
    expect(Object.values(bySource).reduce((a, b) => a + b, 0)).toBe(34_969);
  });

  it("links the seeded structures to their commune, accent-, hyphen- and « St »-insensitive", async () => {
    expect(await db.structure.count({ where: { communeCode: { not: null } } })).toBe(3847);
    const saintAvold = await db.structure.findFirstOrThrow({ where: { city: "Saint-Avold" } });
    expect(saintAvold.communeCode).toBe("57606");
    // A structure of Paris, whatever its arrondissement's postal code, is in Paris.
    const paris = await db.structure.findFirstOrThrow({ where: { postalCode: "75011" } });
    expect(paris.communeCode).toBe("75056");
  });
});

describe("a structure saved in the back office", () => {
  it("is linked to its commune, and to the new one when its city changes", async () => {
    await signInAs("EDITOR");
    const fields = { siret: "40050060000400", kind: "ACI", name: "ATELIER TEST", brand: "", address: "", website: "" };
    const place = {
      postalCode: "57500",
      city: "St Avold",
      departmentCode: "57",
      latitude: "",
      longitude: "",
      description: "",
    };
    const { redirectTo } = await submit(createStructure, { ...fields, ...place });
    const slug = decodeURIComponent(redirectTo!.split("enregistre=")[1]!);
    const created = await db.structure.findUniqueOrThrow({ where: { slug } });
    expect(created.communeCode).toBe("57606");
    await submit(updateStructure, {
      ...fields,
      ...place,
      postalCode: "57000",
      city: "Metz",
      id: created.id,
      version: created.version,
    });
    expect((await db.structure.findUniqueOrThrow({ where: { slug } })).communeCode).toBe("57463");
    await db.structure.delete({ where: { slug } });
  });
});

describe("search around a commune", () => {
  it.each([
    ["57463", "10"],
    ["57463", "2"],
    ["75056", "5"],
    ["2A004", "50"],
  ])("returns exactly the structures of %s and those within %s km, nearest first", async (code, radius) => {
    const centre = await commune(code);
    const expected = rows.filter(
      (row) =>
        row.communeCode === code ||
        (row.latitude !== null &&
          row.longitude !== null &&
          kmBetween({ latitude: centre.latitude!, longitude: centre.longitude! }, row as never) <= Number(radius)),
    );
    const { first, items } = await allResults({ commune: code, rayon: radius });
    expect(first.place).toMatchObject({ code, name: centre.name });
    expect(first.total).toBe(expected.length);
    expect(items.map((item) => item.slug).sort()).toEqual(expected.map((row) => row.slug).sort());
    // The commune's own first, then by distance.
    const distances = items.map((item) => (item.isInCommune ? 0 : (item.distanceKm ?? Infinity)));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const item of items) {
      const row = rows.find((r) => r.slug === item.slug)!;
      expect(item.isInCommune).toBe(row.communeCode === code);
      if (!item.isInCommune) expect(item.distanceKm).toBeCloseTo(kmBetween(centre as never, row as never), 3);
    }
  });

  it("searches around a position (« Autour de moi »): exactly the structures within the radius, nearest first", async () => {
    const here = { latitude: 49.119, longitude: 6.176 };
    const expected = rows.filter(
      (row) => row.latitude !== null && row.longitude !== null && kmBetween(here, row as never) <= 15,
    );
    const { first, items } = await allResults({ lat: "49.1193", lon: "6.1757", rayon: "15" });
    expect(first.place).toMatchObject({ code: "", name: "votre position" });
    expect(first.total).toBe(expected.length);
    expect(items.map((item) => item.slug).sort()).toEqual(expected.map((row) => row.slug).sort());
    const distances = items.map((item) => item.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items.every((item) => !item.isInCommune)).toBe(true);
    const invalid = await searchStructures(parseDirectoryQuery({ lat: "1e309", lon: "6" }));
    expect(invalid).toMatchObject({ isInvalidPosition: true, total: 0 });
  });

  it("always includes the commune's own structures, even outside the radius or without coordinates", async () => {
    const outside = await db.structure.findFirstOrThrow({ where: { communeCode: "57463" } });
    await db.structure.update({ where: { id: outside.id }, data: { latitude: 43.3, longitude: 5.4 } });
    const unlocated = await db.structure.findFirstOrThrow({ where: { communeCode: "57463", id: { not: outside.id } } });
    await db.structure.update({ where: { id: unlocated.id }, data: { latitude: null, longitude: null } });
    const { items } = await allResults({ commune: "57463", rayon: "2" });
    const slugs = items.map((item) => item.slug);
    expect(slugs).toContain(outside.slug);
    expect(slugs).toContain(unlocated.slug);
  });

  it("combines the place with the text and the kinds, and counts right", async () => {
    const { first, items } = await allResults({ commune: "57463", rayon: "25", type: "ACI" });
    expect(items.every((item) => item.kind === "ACI")).toBe(true);
    expect(first.total).toBe(items.length);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
  });

  it.each([
    [{ commune: "99999" }, true],
    [{ commune: "';--" }, true],
    [{ commune: ["57463", "75056"], rayon: ["-5", "1e309"] }, false],
    [{ commune: "57463", rayon: "NaN" }, false],
  ])("answers %o without failing", async (params, isUnknown) => {
    const result = await searchStructures(parseDirectoryQuery(params as never));
    expect(result.isUnknownPlace).toBe(isUnknown);
    if (isUnknown) expect(result.total).toBe(0);
    else expect(parseDirectoryQuery(params as never).radius).toBe(25);
  });
});

describe("a place typed in the place field", () => {
  const labels = async (text: string) => (await findCommunesMatching(text)).map(communeLabel);

  it("finds communes by the start of their name, exact names first, told apart by département", async () => {
    expect((await labels("metz"))[0]).toBe("Metz (57)");
    expect((await labels("St Avold"))[0]).toBe("Saint-Avold (57)");
    const colombes = await labels("Sainte-Colombe");
    expect(colombes.length).toBeGreaterThan(5);
    expect(colombes.every((label) => label.startsWith("Sainte-Colombe"))).toBe(true);
    expect(new Set(colombes).size).toBe(colombes.length);
    expect(await labels("Sainte-Colombe (89)")).toEqual(["Sainte-Colombe (89)"]);
    expect(await labels("zzzzqqq")).toEqual([]);
  });

  it("finds the communes of a postal code, and of the codes it starts", async () => {
    expect(await labels("57000")).toEqual(["Metz (57)"]);
    const shared = await findCommunesMatching("01400");
    expect(shared.length).toBeGreaterThan(1);
    expect(shared.every((commune) => commune.departmentCode === "01")).toBe(true);
    expect((await findCommunesMatching("2A", 5)).length).toBe(0);
    expect(
      (await findCommunesMatching("201", 50)).every((commune) => ["2A", "2B"].includes(commune.departmentCode)),
    ).toBe(true);
  });

  it("resolves to one commune when the text names one, else offers the choice", async () => {
    expect((await resolvePlace("sarreguemines")).commune?.code).toBe("57631");
    expect((await resolvePlace("Metz (57)")).commune?.code).toBe("57463");
    expect((await resolvePlace("Paris")).commune?.code).toBe("75056");
    const homonyms = await resolvePlace("Sainte-Colombe");
    expect(homonyms.commune).toBeUndefined();
    expect(homonyms.choices!.map((commune) => commune.departmentCode)).toContain("89");
    expect((await resolvePlace("zzzzqqq")).choices).toEqual([]);
  });
});
