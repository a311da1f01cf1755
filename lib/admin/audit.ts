// Writes the journal entry of a change, inside the transaction of that change.
import type { StaffUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

type Json = Prisma.InputJsonValue;

export async function recordChange(
  tx: Prisma.TransactionClient,
  user: StaffUser,
  change: {
    action: "create" | "update" | "delete" | "move" | "import";
    entity: string;
    entityId?: string | number;
    summary: string;
    before?: unknown;
    after?: unknown;
  },
) {
  // Dates and other values become plain JSON as they would be shown.
  const asJson = (value: unknown) =>
    value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Json);
  await tx.auditEntry.create({
    data: {
      userId: user.id,
      userEmail: user.email,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId === undefined ? null : String(change.entityId),
      summary: change.summary,
      before: asJson(change.before),
      after: asJson(change.after),
    },
  });
}
