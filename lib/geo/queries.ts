// Reads of the communes table: a structure's commune, and the communes a typed place can mean.
import "server-only";
import { db } from "@/lib/database/db";
import type { DirectoryQuery } from "@/lib/directory/search-params";
import { communeResolver, type PlaceOfStructure } from "@/lib/geo/communes";
import { placeKey } from "@/lib/geo/place-names";
import type { Prisma } from "@/lib/generated/prisma/client";

const RESOLVABLE = { code: true, name: true, departmentCode: true, postalCodes: true } as const;

/** Every commune, to find the communes of many structures at once (an import). */
export async function communeFinder(tx: Prisma.TransactionClient) {
  const communes = await tx.commune.findMany({ select: RESOLVABLE });
  const known = new Set(communes.map((commune) => commune.code));
  const resolve = communeResolver(communes, []);
  // A file that names the commune (data·inclusion's code_insee) is taken at its word when the code exists.
  return (place: PlaceOfStructure & { communeCode?: string | null }) =>
    place.communeCode && known.has(place.communeCode) ? place.communeCode : (resolve(place)?.code ?? null);
}

/** The commune of one structure (a back-office edit): only the communes of its postal code and département. */
export async function findCommuneCode(tx: Prisma.TransactionClient, place: PlaceOfStructure) {
  const candidates = await tx.commune.findMany({
    where: {
      OR: [
        ...(place.postalCode ? [{ postalCodes: { has: place.postalCode } }] : []),
        { departmentCode: place.departmentCode },
      ],
    },
    select: RESOLVABLE,
  });
  return communeResolver(candidates, [])(place)?.code ?? null;
}

export type CommuneChoice = { code: string; name: string; departmentCode: string; postalCode: string | null };

/** "Sainte-Colombe (89)": a commune as the place field shows it, told apart from its homonyms. */
export const communeLabel = (commune: { name: string; departmentCode: string }) =>
  `${commune.name} (${commune.departmentCode})`;

const CHOICE = { code: true, name: true, departmentCode: true, postalCodes: true } as const;
const toChoice = ({
  postalCodes,
  ...commune
}: {
  code: string;
  name: string;
  departmentCode: string;
  postalCodes: string[];
}) => ({
  ...commune,
  postalCode: postalCodes[0] ?? null,
});

/**
 * The communes a typed place can mean, at most `limit`: those of a postal code (or of the codes it starts),
 * or those whose name starts with what was typed, the exact name first, then by population. A trailing
 * « (89) » keeps the communes of that département: « Sainte-Colombe (89) ».
 */
export async function findCommunesMatching(text: string, limit = 20): Promise<CommuneChoice[]> {
  const typed = text.trim().slice(0, 100);
  const department = typed.match(/\(\s*(\d{2,3}|2A|2B)\s*\)\s*$/i)?.[1]?.toUpperCase();
  const rest = department ? typed.replace(/\([^)]*\)\s*$/, "").trim() : typed;
  const inDepartment = department ? { departmentCode: department } : {};
  if (/^\d{2,5}$/.test(rest)) {
    return db.$queryRaw<CommuneChoice[]>`
      SELECT code, name, department_code AS "departmentCode", postal_codes[1] AS "postalCode" FROM commune c
       WHERE EXISTS (SELECT 1 FROM unnest(c.postal_codes) p WHERE p LIKE ${`${rest}%`})
         AND (${department ?? null}::text IS NULL OR department_code = ${department ?? null})
       ORDER BY population DESC, code LIMIT ${limit}`;
  }
  const key = placeKey(rest);
  if (!key) return [];
  const [exact, starting] = await Promise.all([
    db.commune.findMany({
      where: { searchKey: key, ...inDepartment },
      select: CHOICE,
      orderBy: { population: "desc" },
    }),
    db.commune.findMany({
      where: { searchKey: { startsWith: key }, ...inDepartment },
      select: CHOICE,
      orderBy: [{ population: "desc" }, { code: "asc" }],
      take: limit,
    }),
  ]);
  const seen = new Set<string>();
  return [...exact, ...starting]
    .filter((commune) => !seen.has(commune.code) && seen.add(commune.code))
    .slice(0, Math.max(limit, exact.length))
    .map(toChoice);
}

export type ResolvedPlace =
  { commune: CommuneChoice; choices?: undefined } | { commune?: undefined; choices: CommuneChoice[] };

/**
 * What a place typed without the suggestions (no JavaScript) stands for: the one commune it names, or the
 * communes to choose from (none: nothing matches).
 */
export async function resolvePlace(text: string): Promise<ResolvedPlace> {
  const matches = await findCommunesMatching(text, 30);
  const key = placeKey(text.replace(/\([^)]*\)\s*$/, ""));
  const exact = matches.filter((commune) => placeKey(commune.name) === key);
  if (exact.length === 1) return { commune: exact[0]! };
  if (matches.length === 1) return { commune: matches[0]! };
  return { choices: exact.length > 1 ? exact : matches };
}

/**
 * A directory search with its typed place (`lieu`) resolved: the one commune it names becomes the search's
 * commune; several, or none, are `choices` to offer instead of results.
 */
export async function resolveTypedPlace(query: DirectoryQuery) {
  const typed = query.place && !query.commune ? await resolvePlace(query.place) : null;
  const searched = typed?.commune ? { ...query, commune: typed.commune.code, place: "" } : query;
  return { searched, choices: typed?.choices ?? null };
}
