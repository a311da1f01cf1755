"use server";
// Writes of the national counts and of the network's key figures; the home page's total follows the counts.
import { updateTag } from "next/cache";
import { toDateInput } from "@/lib/admin/dates";
import { ConflictError, GoneError, savedState, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import { networkFiguresSchema, structureCountSchema } from "@/lib/figures/schema";

export const updateStructureCount = staffAction(
  "EDITOR",
  structureCountSchema,
  async ({ kind, version, ...input }, user, formData) => {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.structureCount.findUnique({ where: { kind } });
      if (!before) throw new GoneError();
      const { count } = await tx.structureCount.updateMany({
        where: { kind, version },
        data: { ...input, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.structureCount.findUnique({ where: { kind } });
        throw new ConflictError(
          current && {
            value: String(current.value),
            asOf: toDateInput(current.asOf),
            source: current.source,
            version: String(current.version),
          },
        );
      }
      const after = await tx.structureCount.findUniqueOrThrow({ where: { kind } });
      await recordChange(tx, user, {
        action: "update",
        entity: "structure_count",
        entityId: kind,
        summary: `Nombre de structures ${kind} : ${before.value} → ${after.value}`,
        before,
        after,
      });
      return after;
    });
    updateTag(CACHE_TAGS.counts);
    return savedState(formData, saved.version);
  },
);

export const updateNetworkFigures = staffAction(
  "EDITOR",
  networkFiguresSchema,
  async ({ version, ...input }, user, formData) => {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.networkFigures.findUnique({ where: { id: 1 } });
      if (!before) throw new GoneError();
      const { count } = await tx.networkFigures.updateMany({
        where: { id: 1, version },
        data: { ...input, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.networkFigures.findUniqueOrThrow({ where: { id: 1 } });
        throw new ConflictError({
          foundedYear: String(current.foundedYear),
          members: String(current.members),
          aciCount: String(current.aciCount),
          employees: String(current.employees),
          employeesInPathway: String(current.employeesInPathway),
          version: String(current.version),
        });
      }
      const after = await tx.networkFigures.findUniqueOrThrow({ where: { id: 1 } });
      await recordChange(tx, user, {
        action: "update",
        entity: "network_figures",
        entityId: 1,
        summary: "Chiffres clés du réseau Chantier École modifiés",
        before,
        after,
      });
      return after;
    });
    updateTag(CACHE_TAGS.networkFigures);
    return savedState(formData, saved.version);
  },
);
