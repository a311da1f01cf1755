// Who is asking. Every back-office page, server action and data function goes through these, which check
// the session against the database each time: a logout, a password change or a disabled account ends it.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { findSessionUser, type StaffUser } from "@/lib/auth/session-user";
import type { Role } from "@/lib/generated/prisma/enums";

export type { StaffUser };

export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: unknown; sv?: unknown } | null;
  return findSessionUser(session?.uid, session?.sv);
});

export function hasRole(user: StaffUser, role: Role) {
  return role === "EDITOR" || user.role === "ADMIN";
}

/** For server actions and data functions: the user if allowed, else null (they answer without writing). */
export async function authorize(role: Role = "EDITOR") {
  const user = await getCurrentUser();
  return user && hasRole(user, role) ? user : null;
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

/** For back-office data functions: the user, or an error (never data) when not allowed. */
export async function assertStaff(role: Role = "EDITOR") {
  const user = await authorize(role);
  if (!user) throw new ForbiddenError("Accès refusé");
  return user;
}

/** For back-office pages: sends a visitor to the login page, and an editor away from admin-only pages. */
export async function requireUser(role: Role = "EDITOR", from = "/admin") {
  const user = await getCurrentUser();
  if (!user) redirect(`/admin/connexion?retour=${encodeURIComponent(from)}`);
  if (!hasRole(user, role)) redirect("/admin?refus=1");
  return user;
}
