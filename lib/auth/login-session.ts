// One row per login (lib/generated: LoginSession): made when the password is right, completed when the second
// factor is. The session cookie carries a random identifier; the database keeps its SHA-256 only, so that a
// copy of the database opens no session.
import { createHash, randomBytes } from "node:crypto";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A login lasts 8 hours, whatever is done with it (the cookie's own life is renewed as it is used), unless its
 * owner confirms their identity: each confirmation gives it 8 hours from then (RGAA 13.1: the time limit can be
 * extended, by the same proof a change of factor asks for).
 */
export const LOGIN_MAX_AGE_MS = 8 * 60 * 60 * 1000;
/**
 * Between the password and the second factor: long enough to find one's phone, not to leave it open; the
 * verification page gives 10 more minutes on request (extendSecondFactorWindow).
 */
export const SECOND_FACTOR_WINDOW_MS = 10 * 60 * 1000;
/**
 * How long a proof (the password, the second factor, « Confirmer votre identité ») lets the person change a
 * factor or an account's access: a session cookie stolen later cannot add its own factor (ASVS 5.0, 6.2).
 */
export const PROOF_WINDOW_MS = 10 * 60 * 1000;

export const hashSessionId = (sid: string) => createHash("sha256").update(sid).digest("hex");

type Db = AppPrismaClient | Prisma.TransactionClient;

/** Opens a login for the account; `verified` when the second factor was given with it (tests, passkeys). */
export async function createLoginSession(db: Db, userId: number, { verified = false } = {}) {
  const sid = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.loginSession.create({
    data: {
      id: hashSessionId(sid),
      userId,
      secondFactorAt: verified ? now : null,
      provedAt: now,
      expiresAt: new Date(now.getTime() + LOGIN_MAX_AGE_MS),
      secondFactorUntil: new Date(now.getTime() + SECOND_FACTOR_WINDOW_MS),
    },
  });
  return sid;
}

/** Whether the login's last proof is recent enough to change a factor or an account's access. */
export function isProofFresh(provedAt: Date, now = new Date()) {
  return now.getTime() - provedAt.getTime() < PROOF_WINDOW_MS;
}

/** Whether a login row still stands: not past its 8 hours, nor left at the password past its 10 minutes. */
export function isLoginAlive(
  row: { expiresAt: Date; secondFactorAt: Date | null; secondFactorUntil: Date },
  now = new Date(),
) {
  if (row.expiresAt <= now) return false;
  return row.secondFactorAt !== null || now < row.secondFactorUntil;
}
