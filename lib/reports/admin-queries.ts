// Back-office reads of the reports, each checking the session and role itself.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

const STRUCTURE = {
  select: {
    id: true,
    slug: true,
    kind: true,
    name: true,
    brand: true,
    address: true,
    postalCode: true,
    city: true,
    website: true,
    updatedAt: true,
  },
} as const;

/** Open reports first (oldest first: waiting longest), then the 50 last closed. */
export async function listReportsForReview() {
  await assertStaff("EDITOR");
  const [open, closed] = await Promise.all([
    db.structureReport.findMany({
      where: { status: "OPEN" },
      orderBy: { createdAt: "asc" },
      include: { structure: STRUCTURE },
    }),
    db.structureReport.findMany({
      where: { status: { not: "OPEN" } },
      orderBy: { closedAt: "desc" },
      take: 50,
      include: { structure: STRUCTURE, closedBy: { select: { email: true } } },
    }),
  ]);
  return { open, closed };
}

export async function countOpenReports() {
  await assertStaff("EDITOR");
  return db.structureReport.count({ where: { status: "OPEN" } });
}

/** An open report of this structure, shown above its edit form when staff correct it from the report. */
export async function getOpenReport(reportId: number, structureId: number) {
  await assertStaff("EDITOR");
  return db.structureReport.findFirst({ where: { id: reportId, structureId, status: "OPEN" } });
}
