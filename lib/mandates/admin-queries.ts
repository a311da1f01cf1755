// Back-office reads of the mandates: every one checks the session and role itself.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

export async function listMandatesForEditing() {
  await assertStaff("EDITOR");
  return db.mandate.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export async function getMandateForEditing(id: number) {
  await assertStaff("EDITOR");
  return Number.isInteger(id) ? db.mandate.findUnique({ where: { id } }) : null;
}
