import { describe, expect, it } from "vitest";
import { communeResolver, fillMissingPoints, type CommuneRow, type OfficialCommune } from "@/lib/geo/communes";
import { placeKey } from "@/lib/geo/place-names";

const commune = (code: string, name: string, departmentCode: string, postalCodes: string[], point?: [number, number]) =>
  ({
    code,
    name,
    departmentCode,
    postalCodes,
    population: 1000,
    latitude: point?.[0] ?? null,
    longitude: point?.[1] ?? null,
    pointSource: point ? "geonames" : null,
  }) satisfies CommuneRow as CommuneRow;

const COMMUNES = [
  commune("57606", "Saint-Avold", "57", ["57500"], [49.1, 6.7]),
  commune("89345", "Sainte-Colombe", "89", ["89440"], [47.6, 3.9]),
  commune("21549", "Sainte-Colombe", "21", ["21350"]),
  commune("62765", "Saint-Omer", "62", ["62500"]),
  commune("2A004", "Ajaccio", "2A", ["20000", "20090"], [41.92, 8.74]),
  commune("71263", "Louhans-Châteaurenaud", "71", ["71500"]),
  commune("71303", "Montagny-près-Louhans", "71", ["71500"]),
  commune("75056", "Paris", "75", ["75001", "75011"], [48.86, 2.35]),
  commune("88465", "Thaon-les-Vosges", "88", ["88150"]),
  commune("01001", "L’Abergement-Clémenciat", "01", ["01400"]),
  commune("01002", "Une autre", "01", ["01400"], [46.1, 5.0]),
];
const FORMER: OfficialCommune[] = [
  { code: "88204", nom: "Girmont", type: "commune-deleguee", departement: "88", chefLieu: "88465" },
];
const resolve = communeResolver(COMMUNES, FORMER);
const codeOf = (postalCode: string | null, city: string, departmentCode: string) =>
  resolve({ postalCode, city, departmentCode })?.code ?? null;

describe("place names", () => {
  it("compare without accents, case, hyphens, apostrophes or « St »", () => {
    expect(placeKey("St-Avold")).toBe(placeKey("Saint-Avold"));
    expect(placeKey("SAINT AVOLD")).toBe(placeKey("saint-avold"));
    expect(placeKey("Ste Colombe")).toBe(placeKey("Sainte-Colombe"));
    expect(placeKey("L'ABERGEMENT CLEMENCIAT")).toBe(placeKey("L’Abergement-Clémenciat"));
    expect(placeKey("Havre (Le)")).toBe(placeKey("Le Havre"));
  });
});

describe("the commune of a structure", () => {
  it.each([
    ["57500", "St-Avold", "57", "57606"],
    ["89440", "Ste Colombe", "89", "89345"],
    ["21350", "Sainte-Colombe", "21", "21549"],
    ["62501", "Saint-Omer Cedex", "62", "62765"],
    ["20090", "AJACCIO", "2A", "2A004"],
    ["71500", "Louhans", "71", "71263"],
    ["75011", "Paris 11e Arrondissement", "75", "75056"],
    ["88150", "Girmont", "88", "88465"],
    ["01400", "L'Abergement Clemenciat", "01", "01001"],
    [null, "Saint-Avold", "57", "57606"],
    ["57000", "Saint-Avold", "62", "57606"],
  ])("%s %s (%s) is in %s", (postalCode, city, departmentCode, expected) => {
    expect(codeOf(postalCode, city, departmentCode)).toBe(expected);
  });

  it("finds nothing rather than a guess: a postal code shared by several communes, none of that name", () => {
    expect(codeOf("01400", "Nulle Part", "01")).toBeNull();
    // Two Sainte-Colombe and neither of their postal codes: which one is unknowable.
    expect(codeOf("99999", "Sainte-Colombe", "77")).toBeNull();
  });
});

describe("points of communes GeoNames lacks", () => {
  it("take their structures' centre, else their postal code's communes', else their département's", () => {
    const communes = COMMUNES.map((row) => ({ ...row }));
    const counts = fillMissingPoints(communes, [
      { communeCode: "62765", latitude: 50.7, longitude: 2.2 },
      { communeCode: "62765", latitude: 50.8, longitude: 2.3 },
    ]);
    const byCode = new Map(communes.map((row) => [row.code, row]));
    expect(byCode.get("62765")).toMatchObject({ pointSource: "structures", longitude: 2.25 });
    expect(byCode.get("62765")!.latitude).toBeCloseTo(50.75);
    expect(byCode.get("01001")).toMatchObject({ pointSource: "postal_code", latitude: 46.1, longitude: 5.0 });
    expect(byCode.get("21549")!.pointSource).toBeNull();
    expect(counts.get("geonames")).toBe(5);
    expect(counts.get("structures")).toBe(1);
    expect(counts.get("postal_code")).toBe(1);
  });
});
