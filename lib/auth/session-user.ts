// The account a session cookie stands for, checked against the database: the session ends at once on
// logout, on a password change or when the account is disabled (each raises the account's session version),
// and after 8 hours (its login row). A session is complete once the second factor was given.
import "server-only";
import { cache } from "react";
import { hashSessionId, isLoginAlive } from "@/lib/auth/login-session";
import { secondFactorRequired } from "@/lib/auth/second-factor-policy";
import { db } from "@/lib/database/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type StaffUser = { id: number; email: string; role: Role };

/**
 * Where a session stands: `verify` (password given, second factor awaited), `enrol` (the role requires a
 * second factor the account does not have yet), `ready` (everything the role allows).
 */
export type SessionStage = "verify" | "enrol" | "ready";
/** `provedAt`: when the person last proved who they are on this login (see isProofFresh). */
export type StaffSession = {
  user: StaffUser;
  stage: SessionStage;
  loginId: string;
  provedAt: Date;
  /** When the login ends, unless its owner confirms their identity before (lib/auth/proof-actions.ts). */
  expiresAt: Date;
  /** Until when the second factor may be given, while the login awaits it. */
  secondFactorUntil: Date;
};

/** Once per request: next-auth's callback and the page's own check ask the same question. */
export const findStaffSession = cache(
  async (uid: unknown, sessionVersion: unknown, sid: unknown): Promise<StaffSession | null> => {
    if (typeof uid !== "number" || typeof sessionVersion !== "number" || typeof sid !== "string") return null;
    const loginId = hashSessionId(sid);
    const [user, login] = await Promise.all([
      db.user.findUnique({
        where: { id: uid },
        select: {
          id: true,
          email: true,
          role: true,
          isDisabled: true,
          sessionVersion: true,
          totpEnabledAt: true,
          _count: { select: { passkeys: true } },
        },
      }),
      db.loginSession.findUnique({ where: { id: loginId } }),
    ]);
    if (!user || user.isDisabled || user.sessionVersion !== sessionVersion) return null;
    if (!login || login.userId !== user.id || !isLoginAlive(login)) return null;
    const hasSecondFactor = user.totpEnabledAt !== null || user._count.passkeys > 0;
    const stage: SessionStage = hasSecondFactor
      ? login.secondFactorAt
        ? "ready"
        : "verify"
      : secondFactorRequired(user.role)
        ? "enrol"
        : "ready";
    return {
      user: { id: user.id, email: user.email, role: user.role },
      stage,
      loginId,
      provedAt: login.provedAt,
      expiresAt: login.expiresAt,
      secondFactorUntil: login.secondFactorUntil,
    };
  },
);

/** Raised by next-auth's jwt callback for a cookie whose session was ended: next-auth answers no session. */
export class SessionEndedError extends Error {
  override name = "SessionEndedError";
  constructor() {
    super("Session terminée");
  }
}
