import { describe, expect, it } from "vitest";
import {
  directoryHref,
  isFiltered,
  MAX_QUERY_LENGTH,
  parseDirectoryQuery,
  positionOf,
} from "@/lib/directory/search-params";

describe("directory state in the URL", () => {
  it("reads the query, several kinds, the région, the département and the page", () => {
    expect(
      parseDirectoryQuery({ q: "  metz ", type: ["aci", "EI", "ACI"], region: "44", departement: "2a", page: "3" }),
    ).toEqual({
      q: "metz",
      kinds: ["ACI", "EI"],
      region: "44",
      department: "2A",
      commune: "",
      place: "",
      latitude: "",
      longitude: "",
      radius: 25,
      page: 3,
    });
  });

  it("reads a position rounded to about 100 m, and tells a position on Earth from anything else", () => {
    expect(positionOf(parseDirectoryQuery({ lat: "49.11934", lon: "6.17567" }))).toEqual({
      latitude: 49.119,
      longitude: 6.176,
    });
    expect(positionOf(parseDirectoryQuery({}))).toBeNull();
    for (const [lat, lon] of [
      ["1e309", "6"],
      ["NaN", "6"],
      ["91", "6"],
      ["49", "-181"],
      ["49", ""],
      ["0x10", "6"],
    ])
      expect(positionOf(parseDirectoryQuery({ lat, lon })), `${lat},${lon}`).toBe("invalid");
    expect(directoryHref(parseDirectoryQuery({ lat: "49.119", lon: "6.176", rayon: "10" }))).toBe(
      "/annuaire?lat=49.119&lon=6.176&rayon=10",
    );
  });

  it("reads a commune and a radius among those offered, 25 km otherwise", () => {
    expect(parseDirectoryQuery({ commune: "2a004", rayon: "10" })).toMatchObject({ commune: "2A004", radius: 10 });
    for (const rayon of ["-5", "7", "NaN", "1e309", "", "100.0"])
      expect(parseDirectoryQuery({ commune: "57463", rayon }).radius).toBe(25);
    expect(directoryHref(parseDirectoryQuery({ commune: "57463", rayon: "10" }))).toBe(
      "/annuaire?commune=57463&rayon=10",
    );
    expect(directoryHref(parseDirectoryQuery({ commune: "57463", rayon: "25" }))).toBe("/annuaire?commune=57463");
    // A radius alone means nothing.
    expect(directoryHref(parseDirectoryQuery({ rayon: "10" }))).toBe("/annuaire");
    expect(isFiltered(parseDirectoryQuery({ commune: "57463" }))).toBe(true);
  });

  it("bounds hostile values instead of failing", () => {
    const query = parseDirectoryQuery({ q: `${"x".repeat(10_000)}\u0000`, page: "-4", type: Array(50).fill("A") });
    expect(query.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(query.page).toBe(1);
    expect(parseDirectoryQuery({ page: "1e9" }).page).toBe(1);
    expect(parseDirectoryQuery({ page: "2.5" }).page).toBe(1);
    expect(parseDirectoryQuery({ q: "a\u0007b" }).q).toBe("a b");
  });

  it("writes a canonical URL, page 1 implied, and round-trips", () => {
    const query = parseDirectoryQuery({ q: "l'atelier & co", type: ["ACI", "AI"], departement: "57", page: "2" });
    const href = directoryHref(query);
    expect(href).toBe("/annuaire?q=l%27atelier+%26+co&type=ACI&type=AI&departement=57&page=2");
    const params = new URL(href, "http://x").searchParams;
    expect(
      parseDirectoryQuery({
        q: params.get("q")!,
        type: params.getAll("type"),
        departement: params.get("departement")!,
        page: params.get("page")!,
      }),
    ).toEqual(query);
    expect(directoryHref(query, { page: 1 })).not.toContain("page=");
    expect(directoryHref(parseDirectoryQuery({}))).toBe("/annuaire");
  });

  it("tells a filtered list from the plain one", () => {
    expect(isFiltered(parseDirectoryQuery({ page: "4" }))).toBe(false);
    expect(isFiltered(parseDirectoryQuery({ region: "44" }))).toBe(true);
  });
});
