// Reads of the IAE directory. Search is full-text on a trigger-maintained `search_vector` (brand, name, city,
// postal code, SIRET) with a GIN index: every word typed must start a word of the structure, so "collect"
// finds "Collecterie" and a SIREN finds its SIRET. Both sides go through the same SQL normalisation
// (sns_normalize): "economie" finds "Économie" and "oeuvre" finds "Œuvre".
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import { isStructureKind } from "@/lib/directory/kinds";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StructureKind } from "@/lib/generated/prisma/enums";
import { PAGE_SIZE, positionOf, type DirectoryQuery } from "@/lib/directory/search-params";

export type StructureSummary = {
  slug: string;
  name: string;
  brand: string | null;
  kind: StructureKind;
  city: string;
  postalCode: string | null;
  departmentCode: string;
  departmentName: string;
  /** In a search around a commune: km from its point, 0 for the commune's own structures (null: not located). */
  distanceKm?: number | null;
  isInCommune?: boolean;
};

/** The commune a search is centred on, or the visitor's position (« Autour de moi », code ""). */
export type SearchPlace = { code: string; name: string; departmentCode: string; hasPoint: boolean };

/** The place of an « Autour de moi » search. */
const POSITION: SearchPlace = { code: "", name: "votre position", departmentCode: "", hasPoint: true };

export type SearchResult = {
  items: StructureSummary[];
  total: number;
  page: number;
  pageCount: number;
  /** The text typed had nothing searchable (only punctuation, for instance). */
  isUnsearchable: boolean;
  /** The commune searched around; null when the search has none, or names a commune that does not exist. */
  place: SearchPlace | null;
  /** The search names a commune code that is no current commune. */
  isUnknownPlace: boolean;
  /** The search's position (`lat`, `lon`) is no position on Earth. */
  isInvalidPosition: boolean;
};

const EARTH_RADIUS_KM = 6371;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

/** Great-circle distance in km from a point to the structure (haversine), in SQL. */
const distanceFrom = (latitude: number, longitude: number) => Prisma.sql`(2 * ${EARTH_RADIUS_KM} * asin(sqrt(
  power(sin(radians(s.latitude - ${latitude}) / 2), 2)
  + cos(radians(${latitude})) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${longitude}) / 2), 2))))`;

/**
 * The structures of a commune (when the centre is one), and those within `radius` km of the centre: a bounding
 * box first (the GiST index on the structures' points), then the exact distance on the rows inside it.
 */
function around(place: { code: string | null; latitude: number | null; longitude: number | null }, radius: number) {
  // A position is in no commune: no structure is "its own".
  const own = place.code === null ? Prisma.sql`FALSE` : Prisma.sql`s.commune_code = ${place.code}`;
  if (place.latitude === null || place.longitude === null) return { where: own, distance: Prisma.sql`NULL::float8` };
  const { latitude, longitude } = place;
  const latitudeSpan = radius / KM_PER_DEGREE;
  const widest = Math.min(89, Math.abs(latitude) + latitudeSpan);
  const longitudeSpan = radius / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
  const distance = distanceFrom(latitude, longitude);
  const where = Prisma.sql`(${own} OR (s.latitude IS NOT NULL AND s.longitude IS NOT NULL
    AND point(s.longitude, s.latitude) <@ box(point(${longitude - longitudeSpan}, ${latitude - latitudeSpan}),
                                              point(${longitude + longitudeSpan}, ${latitude + latitudeSpan}))
    AND ${distance} <= ${radius}))`;
  return { where, distance: Prisma.sql`CASE WHEN ${own} THEN 0 ELSE ${distance} END` };
}

async function findPlace(code: string) {
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(code)) return null;
  return db.commune.findUnique({
    where: { code },
    select: { code: true, name: true, departmentCode: true, latitude: true, longitude: true },
  });
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, "\\$&");

/** Splits the normalised query into words; a one-letter word is dropped when longer ones carry the search. */
function searchTokens(normalized: string) {
  const words = normalized.split(" ").filter(Boolean);
  // A SIRET typed with spaces ("807 469 317 00018") is one number, not four words.
  if (words.length > 1 && words.every((word) => /^\d+$/.test(word)) && words.join("").length >= 9)
    return [words.join("")];
  const long = words.filter((word) => word.length > 1);
  return long.length > 0 ? long : words;
}

async function normalize(text: string) {
  const [row] = await db.$queryRaw<{ value: string | null }[]>`SELECT sns_normalize(${text}) AS value`;
  return row?.value ?? "";
}

/**
 * A search as SQL conditions on `structure s`, with what the results page says about it. `conditions` is null
 * when the search matches nothing: unsearchable text, kinds, a commune or a position that do not exist.
 */
export async function compileSearch(query: DirectoryQuery) {
  const [tokens, commune] = await Promise.all([
    query.q ? normalize(query.q).then(searchTokens) : [],
    query.commune ? findPlace(query.commune) : null,
  ]);
  const kinds = query.kinds.filter(isStructureKind);
  // A commune chosen wins over a position, as the form sends one or the other.
  const position = query.commune ? null : positionOf(query);
  const place = commune
    ? {
        code: commune.code,
        name: commune.name,
        departmentCode: commune.departmentCode,
        hasPoint: commune.latitude !== null && commune.longitude !== null,
      }
    : position && position !== "invalid"
      ? POSITION
      : null;
  const empty: SearchResult = {
    items: [],
    total: 0,
    page: query.page,
    pageCount: 0,
    isUnsearchable: Boolean(query.q) && tokens.length === 0,
    place,
    isUnknownPlace: query.commune !== "" && !commune,
    isInvalidPosition: position === "invalid",
  };
  const matchesNothing =
    empty.isUnsearchable ||
    (query.kinds.length > 0 && kinds.length === 0) ||
    empty.isUnknownPlace ||
    empty.isInvalidPosition;
  if (matchesNothing) return { empty, conditions: null, tokens, commune, nearby: null };
  const centre = commune ?? (position && position !== "invalid" ? { code: null, ...position } : null);
  const nearby = centre ? around(centre, query.radius) : null;

  const conditions: Prisma.Sql[] = [];
  // Tokens hold letters and digits only (sns_normalize folds everything else to spaces): a safe tsquery.
  if (tokens.length > 0) {
    conditions.push(
      Prisma.sql`s.search_vector @@ to_tsquery('simple', ${tokens.map((token) => `${token}:*`).join(" & ")})`,
    );
  }
  if (kinds.length > 0) conditions.push(Prisma.sql`s.kind = ANY(${kinds}::"StructureKind"[])`);
  if (query.region) {
    conditions.push(
      Prisma.sql`s.department_code = ANY(ARRAY(SELECT code FROM department WHERE region_code = ${query.region}))`,
    );
  }
  if (query.department) conditions.push(Prisma.sql`s.department_code = ${query.department}`);
  if (nearby) conditions.push(nearby.where);
  return { empty, conditions, tokens, commune, nearby };
}

export const whereAll = (conditions: Prisma.Sql[]) =>
  conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/**
 * Relevance: the displayed name equal to the query, then starting with it, containing it, containing every
 * word; then matches through the raison sociale, city, postal code or SIRET.
 */
function relevanceOf(tokens: string[]) {
  if (tokens.length === 0) return Prisma.sql`0`;
  const phrase = tokens.join(" ");
  return Prisma.sql`CASE
    WHEN s.sort_name = ${phrase} THEN 0
    WHEN s.sort_name LIKE ${`${escapeLike(phrase)}%`} THEN 1
    WHEN s.sort_name LIKE ${`%${escapeLike(phrase)}%`} THEN 2
    WHEN ${Prisma.join(
      tokens.map((token) => Prisma.sql`s.sort_name LIKE ${`%${escapeLike(token)}%`}`),
      " AND ",
    )} THEN 3
    ELSE 4 END`;
}

export async function searchStructures(query: DirectoryQuery): Promise<SearchResult> {
  const { empty, conditions, tokens, commune, nearby } = await compileSearch(query);
  if (!conditions) return empty;
  const where = whereAll(conditions);
  // Around a commune, nearest first (its own structures at 0, those without a point last); else by relevance.
  const distance = nearby?.distance ?? Prisma.sql`NULL::float8`;
  const nearestFirst = nearby ? Prisma.sql`distance NULLS LAST,` : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    // The page is chosen on the structure table alone (an index-only scan when there is no text), then only
    // its rows are joined to their département.
    db.$queryRaw<(StructureSummary & { distanceKm: number | null })[]>`
      SELECT s.slug, s.name, s.brand, s.kind::text AS kind, s.city, s.postal_code AS "postalCode",
             s.department_code AS "departmentCode", d.name AS "departmentName", page.distance AS "distanceKm",
             coalesce(s.commune_code = ${commune?.code ?? null}, false) AS "isInCommune"
        FROM (SELECT s.id, ${distance} AS distance, ${relevanceOf(tokens)} AS relevance, s.sort_name
                FROM structure s ${where}
               ORDER BY ${nearestFirst} relevance, s.sort_name, s.id
               LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}) page
        JOIN structure s ON s.id = page.id
        JOIN department d ON d.code = s.department_code
       ORDER BY page.distance NULLS LAST, page.relevance, page.sort_name, page.id`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM structure s ${where}`,
  ]);
  const total = count?.total ?? 0;
  const items = nearby ? rows : rows.map(({ distanceKm: _distance, isInCommune: _own, ...row }) => row);
  return { ...empty, items, total, pageCount: Math.ceil(total / PAGE_SIZE) };
}

/**
 * How many structures each département has for a search, all its filters but the département (the map of
 * /annuaire: what choosing each département would give). Départements without any are left out.
 */
export async function countByDepartment(query: DirectoryQuery): Promise<Record<string, number>> {
  const { conditions } = await compileSearch({ ...query, department: "", page: 1 });
  if (!conditions) return {};
  const rows = await db.$queryRaw<{ code: string; count: number }[]>`
    SELECT s.department_code AS code, count(*)::int AS count FROM structure s ${whereAll(conditions)}
     GROUP BY s.department_code`;
  return Object.fromEntries(rows.map((row) => [row.code, row.count]));
}

/** A structure on the map of results: [latitude, longitude, slug, displayed name, kind, city]. */
export type MapPoint = [number, number, string, string, StructureKind, string];

/** At most this many points are sent to the map; past it, the visitor is asked to narrow the search. */
export const MAP_POINT_LIMIT = 10_000;

/**
 * The located structures of a search, for its map: compact rows (a whole-country search sends them all), and
 * how many structures the search has without a point.
 */
export async function findSearchPoints(query: DirectoryQuery): Promise<{ points: MapPoint[]; unlocated: number }> {
  const { conditions } = await compileSearch({ ...query, page: 1 });
  if (!conditions) return { points: [], unlocated: 0 };
  const where = whereAll(conditions);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      { latitude: number; longitude: number; slug: string; label: string; kind: StructureKind; city: string }[]
    >`
      SELECT s.latitude, s.longitude, s.slug, coalesce(nullif(btrim(s.brand), ''), s.name) AS label,
             s.kind::text AS kind, s.city
        FROM structure s ${whereAll([...conditions, Prisma.sql`s.latitude IS NOT NULL AND s.longitude IS NOT NULL`])}
       ORDER BY s.sort_name, s.id LIMIT ${MAP_POINT_LIMIT}`,
    db.$queryRaw<{ unlocated: number }[]>`
      SELECT count(*) FILTER (WHERE s.latitude IS NULL OR s.longitude IS NULL)::int AS unlocated
        FROM structure s ${where}`,
  ]);
  return {
    points: rows.map((row) => [row.latitude, row.longitude, row.slug, row.label, row.kind, row.city]),
    unlocated: count?.unlocated ?? 0,
  };
}

export type StructureDetail = StructureSummary & {
  siret: string;
  address: string | null;
  regionName: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  description: string | null;
  source: string;
  updatedAt: string;
  /** Other structures with the same displayed name, kind and city: their pages need the SIRET to differ. */
  homonyms: number;
};

export async function findStructureBySlug(slug: string): Promise<StructureDetail | null> {
  const row = await db.structure.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      brand: true,
      kind: true,
      siret: true,
      address: true,
      postalCode: true,
      city: true,
      latitude: true,
      longitude: true,
      website: true,
      description: true,
      source: true,
      updatedAt: true,
      department: { select: { code: true, name: true, region: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const { department, updatedAt, ...rest } = row;
  const [homonyms] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM structure s
     WHERE s.sort_name = (SELECT sort_name FROM structure WHERE slug = ${slug})
       AND s.kind = ${row.kind}::"StructureKind" AND s.city = ${row.city} AND s.slug <> ${slug}`;
  return {
    homonyms: homonyms?.count ?? 0,
    ...rest,
    departmentCode: department.code,
    departmentName: department.name,
    regionName: department.region?.name ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}

export type RegionOption = { code: string; name: string; departments: { code: string; name: string }[] };

/** Régions with their départements, for the filters; départements outside any région come last. */
export async function findRegionsWithDepartments(): Promise<RegionOption[]> {
  const regions = await db.region.findMany({
    select: { code: true, name: true, departments: { select: { code: true, name: true }, orderBy: { code: "asc" } } },
    orderBy: { name: "asc" },
  });
  const orphans = await db.department.findMany({ where: { regionCode: null }, select: { code: true, name: true } });
  return orphans.length > 0 ? [...regions, { code: "", name: "Hors région", departments: orphans }] : regions;
}

export async function findStructureSitemapEntries() {
  const rows = await db.structure.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: "asc" } });
  return rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
}

/**
 * Kept until staff change the structure. Within one request, the page and its metadata share one read (React's
 * `cache`): on a first visit both would miss Next.js's cache at the same moment and query twice.
 */
export const getStructureBySlug = cache((slug: string) =>
  unstable_cache(findStructureBySlug, ["structure-by-slug"], {
    tags: [CACHE_TAGS.structurePages, CACHE_TAGS.structure(slug)],
  })(slug),
);

/**
 * A directory search, tagged with every structure: any write to the directory expires it, and with it the
 * search page that shows it (a page carries the tags of the cached reads it made). Kept in memory only.
 */
export const getSearchResults = (query: DirectoryQuery) =>
  unstable_cache(searchStructures, ["directory-search"], {
    tags: [CACHE_TAGS.structures, CACHE_TAGS.searches],
  })(query);

/** The map of a search on /annuaire: its counts by département, expired with the searches. */
export const getDepartmentCounts = (query: DirectoryQuery) =>
  unstable_cache(countByDepartment, ["directory-department-counts"], {
    tags: [CACHE_TAGS.structures, CACHE_TAGS.searches],
  })(query);

/** The points of a search's « Carte » view, expired with the searches. */
export const getSearchPoints = (query: DirectoryQuery) =>
  unstable_cache(findSearchPoints, ["directory-search-points"], {
    tags: [CACHE_TAGS.structures, CACHE_TAGS.searches],
  })(query);

export const getRegionsWithDepartments = unstable_cache(findRegionsWithDepartments, ["regions-with-departments"], {
  tags: [CACHE_TAGS.geography],
});

export const getStructureSitemapEntries = unstable_cache(findStructureSitemapEntries, ["structure-sitemap"], {
  tags: [CACHE_TAGS.structures],
});

export type DepartmentOverview = {
  code: string;
  name: string;
  regionName: string | null;
  total: number;
  countsByKind: { kind: StructureKind; count: number }[];
  /** Its communes that have structures, by name, with how many. */
  communes: { code: string; name: string; count: number }[];
  structures: StructureSummary[];
};

/** At most this many structures are listed on a département's page; the directory lists the rest. */
export const DEPARTMENT_LIST_LIMIT = 500;

export async function findDepartmentOverview(code: string): Promise<DepartmentOverview | null> {
  const department = await db.department.findUnique({
    where: { code },
    select: { code: true, name: true, region: { select: { name: true } } },
  });
  if (!department) return null;
  const [kinds, communes, structures] = await Promise.all([
    db.$queryRaw<{ kind: StructureKind; count: number }[]>`
      SELECT kind::text AS kind, count(*)::int AS count FROM structure
       WHERE department_code = ${code} GROUP BY kind ORDER BY count(*) DESC, kind`,
    db.$queryRaw<{ code: string; name: string; count: number }[]>`
      SELECT c.code, c.name, count(*)::int AS count FROM structure s JOIN commune c ON c.code = s.commune_code
       WHERE s.department_code = ${code} GROUP BY c.code, c.name ORDER BY c.name, c.code`,
    db.$queryRaw<StructureSummary[]>`
      SELECT s.slug, s.name, s.brand, s.kind::text AS kind, s.city, s.postal_code AS "postalCode",
             s.department_code AS "departmentCode", ${department.name} AS "departmentName"
        FROM structure s WHERE s.department_code = ${code}
       ORDER BY s.sort_name, s.id LIMIT ${DEPARTMENT_LIST_LIMIT}`,
  ]);
  return {
    code: department.code,
    name: department.name,
    regionName: department.region?.name ?? null,
    total: kinds.reduce((sum, row) => sum + row.count, 0),
    countsByKind: kinds,
    communes,
    structures,
  };
}

/** Like getStructureBySlug: one read per request for the page and its metadata. */
export const getDepartmentOverview = cache((code: string) =>
  unstable_cache(findDepartmentOverview, ["department-overview"], {
    tags: [CACHE_TAGS.structures, CACHE_TAGS.geography],
  })(code),
);

/** The départements that have structures: those whose page the sitemap lists. */
export async function findDepartmentsWithStructures() {
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT DISTINCT department_code AS code FROM structure ORDER BY department_code`;
  return rows.map((row) => row.code);
}

export const getDepartmentsWithStructures = unstable_cache(
  findDepartmentsWithStructures,
  ["departments-with-structures"],
  {
    tags: [CACHE_TAGS.structures],
  },
);
