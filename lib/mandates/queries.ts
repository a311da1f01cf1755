// Reads of the governance mandates of the Directeur Général of Groupe SNS.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import type { Mandate } from "@/lib/mandates/mandate";
import { isoDay } from "@/lib/format";

const isoDate = (date: Date | null) => (date ? isoDay(date) : null);

export async function findMandates(): Promise<Mandate[]> {
  const rows = await db.mandate.findMany({
    select: { id: true, organisation: true, role: true, level: true, url: true, startsOn: true, endsOn: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ ...row, startsOn: isoDate(row.startsOn), endsOn: isoDate(row.endsOn) }));
}

export const getMandates = unstable_cache(findMandates, ["mandates"], { tags: [CACHE_TAGS.mandates] });
