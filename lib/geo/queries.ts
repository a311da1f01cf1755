// Reads of the communes table.
import { communeResolver, type PlaceOfStructure } from "@/lib/geo/communes";
import type { Prisma } from "@/lib/generated/prisma/client";

const RESOLVABLE = { code: true, name: true, departmentCode: true, postalCodes: true } as const;

/** Every commune, to find the communes of many structures at once (an import). */
export async function communeFinder(tx: Prisma.TransactionClient) {
  const resolve = communeResolver(await tx.commune.findMany({ select: RESOLVABLE }), []);
  return (place: PlaceOfStructure) => resolve(place)?.code ?? null;
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
