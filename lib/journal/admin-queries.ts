// The journal of changes, for staff.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

export const JOURNAL_PAGE_SIZE = 50;

export async function listJournal(page: number) {
  await assertStaff("EDITOR");
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * JOURNAL_PAGE_SIZE,
      take: JOURNAL_PAGE_SIZE,
    }),
    db.auditEntry.count(),
  ]);
  return { entries, total, pageCount: Math.ceil(total / JOURNAL_PAGE_SIZE) };
}

const TECHNICAL = new Set(["version", "updatedAt", "createdAt", "searchVector", "sortName", "id", "position"]);

/** The fields whose value differs between before and after, as shown to staff. */
export function changedFields(before: unknown, after: unknown) {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  if (Array.isArray(before) || Array.isArray(after))
    return [{ field: "ordre", before: JSON.stringify(before), after: JSON.stringify(after) }];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((field) => !TECHNICAL.has(field) && JSON.stringify(b[field] ?? null) !== JSON.stringify(a[field] ?? null))
    .map((field) => ({
      field,
      before: b[field] === undefined || b[field] === null ? "—" : String(b[field]),
      after: a[field] === undefined || a[field] === null ? "—" : String(a[field]),
    }));
}
