// The national counts by kind and the network's key figures, as the pages use them.
import type { StructureKind } from "@/lib/generated/prisma/enums";

export type StructureCount = { kind: StructureKind; value: number; asOf: string | null; source: string };
export type NetworkFigures = {
  foundedYear: number;
  members: number;
  aciCount: number;
  employees: number;
  employeesInPathway: number;
};

/** The total is never stored: it is the sum of the counts. */
export function totalOf(counts: Pick<StructureCount, "value">[]) {
  return counts.reduce((sum, count) => sum + count.value, 0);
}
