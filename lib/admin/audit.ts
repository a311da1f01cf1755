// Writes the journal entries of a change, inside the transaction of that change.
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who made a change: a staff member, or a path outside the back office (no account: `id` null). */
export type Actor = { id: number | null; email: string };

export type Change = {
  action: "create" | "update" | "delete" | "move" | "import";
  entity: string;
  entityId?: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
};

/** Entries per statement: an import of 100,000 lines writes 100,000 entries in bounded memory. */
const BATCH = 5_000;

/**
 * Several entries at once (an import writes one per structure). Each batch travels as one JSON parameter,
 * not one parameter per cell; values become plain JSON as they would be shown (dates as ISO strings).
 */
export async function recordChanges(tx: Prisma.TransactionClient, user: Actor, changes: Change[]) {
  for (let start = 0; start < changes.length; start += BATCH) {
    const rows = changes.slice(start, start + BATCH).map((change) => ({
      action: change.action,
      entity: change.entity,
      entity_id: change.entityId === undefined ? null : String(change.entityId),
      summary: change.summary,
      before: change.before ?? null,
      after: change.after ?? null,
    }));
    await tx.$executeRaw`
      INSERT INTO audit_entry (user_id, user_email, action, entity, entity_id, summary, before, after)
      SELECT ${user.id}, ${user.email}, r.action, r.entity, r.entity_id, r.summary, r.before, r.after
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          AS r(action text, entity text, entity_id text, summary text, before jsonb, after jsonb)`;
  }
}

export function recordChange(tx: Prisma.TransactionClient, user: Actor, change: Change) {
  return recordChanges(tx, user, [change]);
}
