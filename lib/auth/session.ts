// Who is asking. Every back-office page, server action and data function goes through these, which check
// the session against the database each time: a logout, a password change or a disabled account ends it, and
// nothing but the second-factor pages is open to a session that has not given its second factor.
import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { isProofFresh } from "@/lib/auth/login-session";
import { findStaffSession, type SessionStage, type StaffSession, type StaffUser } from "@/lib/auth/session-user";
import { readSessionClaims } from "@/lib/auth/session-token";
import type { Role } from "@/lib/generated/prisma/enums";

export type { SessionStage, StaffSession, StaffUser };

export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const claims = await readSessionClaims();
  return findStaffSession(claims?.uid, claims?.sv, claims?.sid);
});

/** The account of a complete session (second factor given, or not required), else null. */
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await getStaffSession();
  return session?.stage === "ready" ? session.user : null;
});

export function hasRole(user: StaffUser, role: Role) {
  return role === "EDITOR" || user.role === "ADMIN";
}

/** For server actions and data functions: the user if allowed, else null (they answer without writing). */
export async function authorize(role: Role = "EDITOR") {
  const user = await getCurrentUser();
  return user && hasRole(user, role) ? user : null;
}

/** For the second-factor pages and actions: the session if it stands at one of `stages`, else null. */
export async function sessionAt(stages: readonly SessionStage[]) {
  const session = await getStaffSession();
  return session && stages.includes(session.stage) ? session : null;
}

/** Raised for a change of a factor or of an account's access when the session's last proof is too old. */
export const STALE_PROOF = Symbol("stale proof");

/**
 * For actions that add or remove a factor or give access: the session as `sessionAt`, or STALE_PROOF when the
 * person last proved who they are more than 10 minutes ago (a stolen cookie must not add its own factor).
 */
export async function sessionWithProof(stages: readonly SessionStage[], role: Role = "EDITOR") {
  const session = await sessionAt(stages);
  if (!session || !hasRole(session.user, role)) return null;
  return isProofFresh(session.provedAt) ? session : STALE_PROOF;
}

/** For pages: whether this session may change factors and accounts' access now, without confirming first. */
export async function hasFreshProof() {
  const session = await getStaffSession();
  return session !== null && isProofFresh(session.provedAt);
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

/** Where a session that is not complete goes, keeping the page it asked for. */
export function pathForStage(stage: SessionStage, from = "/admin") {
  const retour = `retour=${encodeURIComponent(from)}`;
  if (stage === "verify") return `/admin/connexion/verification?${retour}`;
  if (stage === "enrol") return `/admin/double-authentification?${retour}`;
  return from;
}

/**
 * For back-office pages: sends a visitor to the login page, a session without its second factor to the
 * second-factor pages, and an editor away from admin-only pages.
 */
export async function requireUser(role: Role = "EDITOR", from = "/admin") {
  const session = await getStaffSession();
  if (!session) redirect(`/admin/connexion?retour=${encodeURIComponent(from)}`);
  if (session.stage !== "ready") redirect(pathForStage(session.stage, from));
  if (!hasRole(session.user, role)) redirect("/admin?refus=1");
  return session.user;
}

/** How long the login has left, as the server sees it now (the back office's notice of its end). */
export function timeLeft(session: StaffSession) {
  return session.expiresAt.getTime() - Date.now();
}
