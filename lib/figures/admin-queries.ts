// Back-office reads of the counts and figures, each checking the session and role itself.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

export async function getFiguresForEditing() {
  await assertStaff("EDITOR");
  const [counts, network] = await Promise.all([
    db.structureCount.findMany({ orderBy: { position: "asc" } }),
    db.networkFigures.findUnique({ where: { id: 1 } }),
  ]);
  return { counts, network };
}
