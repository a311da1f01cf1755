// Accounts for the admin pages; never the password hash (omitted by the client itself).
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

export async function listAccounts() {
  await assertStaff("ADMIN");
  return db.user.findMany({ orderBy: { email: "asc" } });
}

export async function getAccount(id: number) {
  await assertStaff("ADMIN");
  return Number.isInteger(id) ? db.user.findUnique({ where: { id } }) : null;
}
