"use server";
// Staff closing a report without changing the structure (« Classer sans suite »), with a note; correcting the
// structure closes its report in updateStructure (lib/directory/actions.ts).
import { ConflictError, GoneError, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { id, requiredText, version } from "@/lib/admin/validation";
import { db } from "@/lib/database/db";
import { z } from "zod";

export const dismissReport = staffAction(
  "EDITOR",
  z.object({ id, version, note: requiredText("Note", 1000, { multiline: true }) }),
  async ({ id, version, note }, user) => {
    await db.$transaction(async (tx) => {
      const before = await tx.structureReport.findUnique({ where: { id } });
      if (!before) throw new GoneError();
      const { count } = await tx.structureReport.updateMany({
        where: { id, version, status: "OPEN" },
        data: { status: "DISMISSED", note, closedAt: new Date(), closedById: user.id, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(null);
      await recordChange(tx, user, {
        action: "update",
        entity: "structure_report",
        entityId: id,
        summary: `Signalement classé sans suite : ${note.slice(0, 120)}`,
        // The reporter's address and text stay out of the journal: they are erased with the report's purge.
        before: { status: before.status, reason: before.reason },
        after: { status: "DISMISSED", note },
      });
    });
    return { redirectTo: `/admin/signalements?classe=${id}` };
  },
);
