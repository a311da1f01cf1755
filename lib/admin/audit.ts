// Writes the journal entries of a change, inside the transaction of that change.
import type { StaffUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";

type Json = Prisma.InputJsonValue;

export type Change = {
  action: "create" | "update" | "delete" | "move" | "import";
  entity: string;
  entityId?: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
};

// Dates and other values become plain JSON as they would be shown.
const asJson = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Json);

/** Several entries at once (an import writes one per structure), in one statement. */
export async function recordChanges(tx: Prisma.TransactionClient, user: StaffUser, changes: Change[]) {
  await tx.auditEntry.createMany({
    data: changes.map((change) => ({
      userId: user.id,
      userEmail: user.email,
      action: change.action,
      entity: change.entity,
      entityId: change.entityId === undefined ? null : String(change.entityId),
      summary: change.summary,
      before: asJson(change.before),
      after: asJson(change.after),
    })),
  });
}

export function recordChange(tx: Prisma.TransactionClient, user: StaffUser, change: Change) {
  return recordChanges(tx, user, [change]);
}
