// The account a session cookie stands for, checked against the database: the session ends at once on
// logout, on a password change or when the account is disabled (each raises the account's session version).
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffUser = { id: number; email: string; role: Role };

/** Once per request: next-auth's callback and the page's own check ask the same question. */
export const findSessionUser = cache(async (uid: unknown, sessionVersion: unknown): Promise<StaffUser | null> => {
  if (typeof uid !== "number" || typeof sessionVersion !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, email: true, role: true, isDisabled: true, sessionVersion: true },
  });
  if (!user || user.isDisabled || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, role: user.role };
});

/** Raised by next-auth's jwt callback for a cookie whose session was ended: next-auth answers no session. */
export class SessionEndedError extends Error {
  override name = "SessionEndedError";
  constructor() {
    super("Session terminée");
  }
}
