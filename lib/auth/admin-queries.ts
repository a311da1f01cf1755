// What the second-factor pages read, each checking who asks.
import "server-only";
import { newTotpEnrolment, secondFactorOverview } from "@/lib/auth/second-factor";
import { assertStaff, ForbiddenError, sessionAt } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

/** The choices of a login awaiting its second factor. */
export async function getVerificationChoices() {
  const session = await sessionAt(["verify"]);
  if (!session) throw new ForbiddenError("Accès refusé");
  const overview = await secondFactorOverview(db, session.user.id);
  return { hasApp: overview.totpEnabledAt !== null, hasPasskeys: overview.passkeys.length > 0 };
}

/** The enrolment page: a new app key (not kept until confirmed) and what the account has already. */
export async function getEnrolment() {
  const session = await sessionAt(["enrol", "ready"]);
  if (!session) throw new ForbiddenError("Accès refusé");
  const [totp, overview] = await Promise.all([
    newTotpEnrolment(session.user),
    secondFactorOverview(db, session.user.id),
  ]);
  return { stage: session.stage, user: session.user, totp, overview };
}

export async function getOwnSecondFactor() {
  const user = await assertStaff();
  return secondFactorOverview(db, user.id);
}

export async function getAccountSecondFactor(id: number) {
  await assertStaff("ADMIN");
  return secondFactorOverview(db, id);
}
