"use server";
// Writes of the governance mandates. Every change is journaled in its transaction and refreshes the home page.
import { updateTag } from "next/cache";
import { ConflictError, GoneError, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { toDateInput as asDate } from "@/lib/admin/dates";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import { mandateDeleteSchema, mandateMoveSchema, mandateSchema, mandateUpdateSchema } from "@/lib/mandates/schema";

async function currentValues(id: number) {
  const mandate = await db.mandate.findUnique({ where: { id } });
  if (!mandate) return null;
  return {
    organisation: mandate.organisation,
    role: mandate.role,
    level: mandate.level,
    url: mandate.url ?? "",
    startsOn: asDate(mandate.startsOn),
    endsOn: asDate(mandate.endsOn),
    version: String(mandate.version),
  };
}

export const createMandate = staffAction("EDITOR", mandateSchema, async (input, user) => {
  await db.$transaction(async (tx) => {
    const last = await tx.mandate.aggregate({ _max: { position: true } });
    const mandate = await tx.mandate.create({ data: { ...input, position: (last._max.position ?? 0) + 1 } });
    await recordChange(tx, user, {
      action: "create",
      entity: "mandate",
      entityId: mandate.id,
      summary: `Mandat ajouté : ${mandate.organisation}`,
      after: mandate,
    });
  });
  updateTag(CACHE_TAGS.mandates);
  return { redirectTo: "/admin/mandats?enregistre=1" };
});

export const updateMandate = staffAction("EDITOR", mandateUpdateSchema, async ({ id, version, ...input }, user) => {
  await db.$transaction(async (tx) => {
    const before = await tx.mandate.findUnique({ where: { id } });
    if (!before) throw new GoneError();
    // Saved only if nobody saved it since the form was shown.
    const { count } = await tx.mandate.updateMany({
      where: { id, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(await currentValues(id));
    const after = await tx.mandate.findUnique({ where: { id } });
    await recordChange(tx, user, {
      action: "update",
      entity: "mandate",
      entityId: id,
      summary: `Mandat modifié : ${input.organisation}`,
      before,
      after,
    });
  });
  updateTag(CACHE_TAGS.mandates);
  return { redirectTo: "/admin/mandats?enregistre=1" };
});

export const deleteMandate = staffAction("EDITOR", mandateDeleteSchema, async ({ id, version }, user) => {
  await db.$transaction(async (tx) => {
    const before = await tx.mandate.findUnique({ where: { id } });
    if (!before) throw new GoneError();
    const { count } = await tx.mandate.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError(await currentValues(id));
    await recordChange(tx, user, {
      action: "delete",
      entity: "mandate",
      entityId: id,
      summary: `Mandat supprimé : ${before.organisation}`,
      before,
    });
  });
  updateTag(CACHE_TAGS.mandates);
  return { redirectTo: "/admin/mandats?supprime=1" };
});

export const moveMandate = staffAction("EDITOR", mandateMoveSchema, async ({ id, direction }, user) => {
  await db.$transaction(async (tx) => {
    const mandates = await tx.mandate.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
    const index = mandates.findIndex((m) => m.id === id);
    if (index === -1) throw new GoneError();
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= mandates.length) return;
    const order = [...mandates];
    [order[index], order[target]] = [order[target]!, order[index]!];
    // Positions are rewritten 1..n, which also repairs any gap or tie.
    for (const [position, mandate] of order.entries()) {
      if (mandate.position !== position + 1) {
        await tx.mandate.update({
          where: { id: mandate.id },
          data: { position: position + 1, version: { increment: 1 } },
        });
      }
    }
    await recordChange(tx, user, {
      action: "move",
      entity: "mandate",
      entityId: id,
      summary: `Mandat déplacé ${direction === "up" ? "vers le haut" : "vers le bas"} : ${mandates[index]!.organisation}`,
      before: mandates.map((m) => m.organisation),
      after: order.map((m) => m.organisation),
    });
  });
  updateTag(CACHE_TAGS.mandates);
  return { redirectTo: "/admin/mandats" };
});
