"use server";
// The second factor's actions: giving it after the password (a code of the app, a recovery code or a
// passkey), enrolling one, and managing one's own from « Mon compte ». Each checks the session's stage itself;
// adding or removing a factor also needs a proof of identity of the last 10 minutes (lib/auth/proof-actions).
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { FRESH_PROOF, InvalidInputError, sessionAction, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { MESSAGES, STALE_PROOF_STATE, type FormState } from "@/lib/admin/form-state";
import { id, requiredText } from "@/lib/admin/validation";
import {
  PASSKEY_NAME_MAX,
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  registerPasskey,
  checkPasskeyAnswer,
  webAuthnResponse,
  type PasskeyAnswer,
} from "@/lib/auth/passkeys";
import { LOGIN_MAX_AGE_MS, SECOND_FACTOR_WINDOW_MS } from "@/lib/auth/login-session";
import { recordSuccessfulLogin, reserveLoginAttempt } from "@/lib/auth/rate-limit";
import { safeReturn } from "@/lib/auth/return-path";
import {
  enableTotp,
  openEnrolment,
  replaceRecoveryCodes,
  secondFactorOverview,
  totpStep,
  spendRecoveryCode,
  spendTotpCode,
} from "@/lib/auth/second-factor";
import { secondFactorRequired } from "@/lib/auth/second-factor-policy";
import { sessionAt, sessionWithProof, STALE_PROOF, type StaffSession, type StaffUser } from "@/lib/auth/session";
import { endSessions } from "@/lib/auth/users";
import { db } from "@/lib/database/db";
import { parseServerEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requestAddress } from "@/lib/server/request-address";

const WRONG_CODE =
  "Code incorrect, expiré ou déjà utilisé. Saisissez le code que l’application affiche maintenant, ou un code de secours.";
const LIMITED = "/admin/connexion?code=1";

/**
 * Spends one code attempt of the account and of the address, as a password attempt is; past the limit, the
 * session ends (the password will be asked again) and the answer is where to go.
 */
async function reserveCodeAttempt(session: StaffSession) {
  const { DATABASE_URL } = parseServerEnv();
  if ((await reserveLoginAttempt(DATABASE_URL, session.user.email, await requestAddress(), "code")) === 0) return null;
  await endSessions(
    db,
    session.user,
    `Sessions terminées : trop de codes de vérification erronés pour ${session.user.email}`,
  );
  return LIMITED;
}

async function codeAccepted(session: StaffSession) {
  const { DATABASE_URL } = parseServerEnv();
  await recordSuccessfulLogin(DATABASE_URL, session.user.email, await requestAddress(), "code");
  // The second factor is a proof too: for 10 minutes, it lets the person change their factors.
  const now = new Date();
  await db.loginSession.update({ where: { id: session.loginId }, data: { secondFactorAt: now, provedAt: now } });
}

const codeSchema = z.object({
  code: z.string().trim().min(1, "Saisissez le code.").max(40, WRONG_CODE),
  retour: z.string().max(300).optional(),
});

/** After the password: a code of the app, or a recovery code, completes the login. */
export const verifySecondFactor = sessionAction(["verify"], codeSchema, async ({ code, retour }, session) => {
  const limited = await reserveCodeAttempt(session);
  if (limited) return { redirectTo: limited };
  const digits = code.replace(/\s/g, "");
  const isRight = /^\d{6}$/.test(digits)
    ? await spendTotpCode(db, session.user.id, digits)
    : await spendRecoveryCode(db, session.user, code);
  if (!isRight) throw new InvalidInputError({ code: [WRONG_CODE] }, WRONG_CODE);
  await codeAccepted(session);
  return { redirectTo: safeReturn(retour) };
});

/**
 * After the password, more time to find one's phone (RGAA 13.1): 10 minutes from now, as often as asked, within
 * the login's 8 hours; the page comes back with its new time. The code's attempts stay counted as before.
 */
export const extendSecondFactorWindow = sessionAction(
  ["verify"],
  z.object({ retour: z.string().max(300).optional() }),
  async ({ retour }, session) => {
    await db.loginSession.update({
      where: { id: session.loginId },
      data: { secondFactorUntil: new Date(Date.now() + SECOND_FACTOR_WINDOW_MS) },
    });
    return { redirectTo: `/admin/connexion/verification?retour=${encodeURIComponent(safeReturn(retour))}` };
  },
);

/**
 * While an administrator sets up their required second factor, 8 more hours for that login (RGAA 13.1): it has
 * proved only the password, which is also all a new login would ask.
 */
export const extendEnrolmentSession = sessionAction(["enrol"], z.object({}), async (_input, session) => {
  await db.loginSession.update({
    where: { id: session.loginId },
    data: { expiresAt: new Date(Date.now() + LOGIN_MAX_AGE_MS) },
  });
  return { status: "success", message: "Session prolongée de 8 heures." };
});

/** The challenge for the passkey of a login awaiting its second factor; null when the session is not there. */
export async function passkeyVerificationOptions() {
  const session = await sessionAt(["verify"]);
  return session ? passkeyAuthenticationOptions(db, session.user.id, session.loginId) : null;
}

/** After the password: a passkey's answer completes the login. */
export async function verifyWithPasskey(response: unknown, retour: string): Promise<PasskeyAnswer> {
  const session = await sessionAt(["verify"]);
  if (!session) return { status: "error", message: MESSAGES.forbidden };
  const limited = await reserveCodeAttempt(session);
  if (limited) return { status: "success", redirectTo: limited };
  const parsed = webAuthnResponse.safeParse(response);
  if (
    !parsed.success ||
    !(await checkPasskeyAnswer(
      db,
      session.user.id,
      session.loginId,
      parsed.data as unknown as AuthenticationResponseJSON,
    ))
  ) {
    return { status: "error", message: "Cette clé d’accès n’a pas été reconnue. Réessayez, ou saisissez un code." };
  }
  await codeAccepted(session);
  return { status: "success", redirectTo: safeReturn(retour) };
}

/**
 * After the first factor of an account: its recovery codes (when it has none left) and, for this login, the
 * second factor counts as given (the person has just proved they hold it).
 */
async function firstFactorDone(tx: Prisma.TransactionClient, session: StaffSession) {
  await tx.loginSession.update({ where: { id: session.loginId }, data: { secondFactorAt: new Date() } });
  if ((await tx.recoveryCode.count({ where: { userId: session.user.id, usedAt: null } })) > 0) return undefined;
  return replaceRecoveryCodes(tx, session.user, session.user);
}

const totpSchema = z.object({
  sealed: z.string().min(1).max(2000),
  code: z.string().trim().min(1, "Saisissez le code à 6 chiffres que l’application affiche."),
});

/** Enrolment of an authenticator app: the first code it shows confirms the key (and replaces a former app). */
export const confirmTotp = sessionAction(
  ["enrol", "ready"],
  totpSchema,
  async ({ sealed, code }, session) => {
    const secret = openEnrolment(session.user.id, sealed);
    if (!secret) {
      throw new InvalidInputError(
        {},
        "Ce QR code a expiré ou ne vient pas de cette page : rechargez la page et scannez le nouveau.",
      );
    }
    const step = totpStep(secret, code.replace(/\s/g, ""));
    if (step === null) {
      throw new InvalidInputError({
        code: [
          "Code incorrect : saisissez les 6 chiffres que l’application affiche pour « Groupe SNS » (l’heure du téléphone doit être exacte).",
        ],
      });
    }
    const recoveryCodes = await db.$transaction(async (tx) => {
      await enableTotp(tx, session.user, secret, step, session.user);
      return firstFactorDone(tx, session);
    });
    return {
      status: "success",
      message: "Application d’authentification activée : elle vous sera demandée à chaque connexion.",
      recoveryCodes,
    } satisfies FormState;
  },
  FRESH_PROOF,
);

/** The challenge for a new passkey, or why none is given. */
export async function passkeyEnrolmentOptions() {
  const session = await sessionWithProof(["enrol", "ready"]);
  if (session === null) return { refused: { status: "error", message: MESSAGES.forbidden } satisfies FormState };
  if (session === STALE_PROOF) return { refused: STALE_PROOF_STATE };
  return { options: await passkeyRegistrationOptions(db, session.user, session.loginId) };
}

const passkeyName = requiredText("Le nom de la clé d’accès", PASSKEY_NAME_MAX);

/** Keeps the passkey the browser just made, named as the person chose. */
export async function addPasskey(response: unknown, name: string): Promise<FormState> {
  const session = await sessionWithProof(["enrol", "ready"]);
  if (!session) return { status: "error", message: MESSAGES.forbidden };
  if (session === STALE_PROOF) return STALE_PROOF_STATE;
  const checkedName = passkeyName.safeParse(name);
  if (!checkedName.success) return { status: "error", message: checkedName.error.issues[0]!.message };
  const parsed = webAuthnResponse.safeParse(response);
  const passkey = parsed.success
    ? await registerPasskey(
        db,
        session.user,
        session.loginId,
        parsed.data as unknown as RegistrationResponseJSON,
        checkedName.data,
      )
    : null;
  if (!passkey) {
    return { status: "error", message: "La clé d’accès n’a pas pu être enregistrée : réessayez depuis cette page." };
  }
  const recoveryCodes = await db.$transaction((tx) => firstFactorDone(tx, session));
  return { status: "success", message: `Clé d’accès « ${passkey.name} » enregistrée.`, recoveryCodes };
}

/** Whether the account keeps a second factor without `removed` (its role may require one). */
async function keepsRequiredFactor(user: StaffUser, removed: { totp?: boolean; passkeyId?: number }) {
  if (!secondFactorRequired(user.role)) return true;
  const [account, passkeys] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabledAt: true } }),
    db.passkey.count({ where: { userId: user.id, ...(removed.passkeyId ? { id: { not: removed.passkeyId } } : {}) } }),
  ]);
  return passkeys > 0 || (!removed.totp && account.totpEnabledAt !== null);
}

const LAST_FACTOR =
  "Votre rôle exige une double authentification : ajoutez d’abord une autre clé d’accès ou une application, puis retirez celle-ci.";

export const removeTotp = staffAction(
  "EDITOR",
  z.object({}),
  async (_input, user) => {
    if (!(await keepsRequiredFactor(user, { totp: true }))) throw new InvalidInputError({}, LAST_FACTOR);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, version: { increment: 1 } },
      });
      await recordChange(tx, user, {
        action: "update",
        entity: "user",
        entityId: user.id,
        summary: `Application d’authentification retirée par ${user.email}`,
      });
    });
    return { redirectTo: "/admin/compte?securite=1" };
  },
  FRESH_PROOF,
);

const passkeyForm = z.object({ id, name: passkeyName });

export const renamePasskey = staffAction("EDITOR", passkeyForm, async ({ id, name }, user) => {
  await db.$transaction(async (tx) => {
    // Only one's own: another account's passkey is « not found » here.
    const { count } = await tx.passkey.updateMany({ where: { id, userId: user.id }, data: { name } });
    if (count === 0) throw new InvalidInputError({}, MESSAGES.notFound);
    await recordChange(tx, user, {
      action: "update",
      entity: "user",
      entityId: user.id,
      summary: `Clé d’accès renommée « ${name} » par ${user.email}`,
    });
  });
  return { status: "success", message: "Clé d’accès renommée." };
});

export const removePasskey = staffAction(
  "EDITOR",
  z.object({ id }),
  async ({ id }, user) => {
    if (!(await keepsRequiredFactor(user, { passkeyId: id }))) throw new InvalidInputError({}, LAST_FACTOR);
    await db.$transaction(async (tx) => {
      const passkey = await tx.passkey.findFirst({ where: { id, userId: user.id }, select: { name: true } });
      if (!passkey) throw new InvalidInputError({}, MESSAGES.notFound);
      await tx.passkey.delete({ where: { id } });
      await recordChange(tx, user, {
        action: "update",
        entity: "user",
        entityId: user.id,
        summary: `Clé d’accès « ${passkey.name} » retirée par ${user.email}`,
      });
    });
    return { redirectTo: "/admin/compte?securite=1" };
  },
  FRESH_PROOF,
);

/** Ten new recovery codes; the former ones stop working. */
export const regenerateRecoveryCodes = staffAction(
  "EDITOR",
  z.object({}),
  async (_input, user) => {
    const recoveryCodes = await db.$transaction(async (tx) => {
      if (!(await secondFactorOverview(tx, user.id)).isEnrolled)
        throw new InvalidInputError({}, "Activez d’abord une application d’authentification ou une clé d’accès.");
      return replaceRecoveryCodes(tx, user, user);
    });
    return {
      status: "success",
      message: "Nouveaux codes de secours : les précédents ne fonctionnent plus.",
      recoveryCodes,
    } satisfies FormState;
  },
  FRESH_PROOF,
);
