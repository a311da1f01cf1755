// Reads of the national counts of structures by kind and of the Chantier École network's key figures.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import type { NetworkFigures, StructureCount } from "@/lib/figures/figures";
import { isoDay } from "@/lib/format";

export async function findStructureCounts(): Promise<StructureCount[]> {
  const rows = await db.structureCount.findMany({
    select: { kind: true, value: true, asOf: true, source: true },
    orderBy: { position: "asc" },
  });
  // Plain strings survive the cache's JSON round trip; Date objects would not.
  return rows.map((row) => ({ ...row, asOf: row.asOf ? isoDay(row.asOf) : null }));
}

export async function findNetworkFigures(): Promise<NetworkFigures | null> {
  return db.networkFigures.findUnique({
    where: { id: 1 },
    select: { foundedYear: true, members: true, aciCount: true, employees: true, employeesInPathway: true },
  });
}

export const getStructureCounts = unstable_cache(findStructureCounts, ["structure-counts"], {
  tags: [CACHE_TAGS.counts],
});
export const getNetworkFigures = unstable_cache(findNetworkFigures, ["network-figures"], {
  tags: [CACHE_TAGS.networkFigures],
});
