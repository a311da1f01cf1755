"use server";
// « Confirmer votre identité »: before adding or removing a factor, or giving an account access, the person
// proves again who they are, with their password or one of their passkeys. The proof lasts 10 minutes on this
// login only (login_session.proved_at), gives the login 8 hours from then, and is journaled.
import type { AuthenticationResponseJSON } from "@simplewebauthn/server";
import { z } from "zod";
import { InvalidInputError, sessionAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { MESSAGES } from "@/lib/admin/form-state";
import { checkCurrentPassword, PASSWORD_LIMITED } from "@/lib/auth/current-password";
import { LOGIN_MAX_AGE_MS } from "@/lib/auth/login-session";
import {
  checkPasskeyAnswer,
  passkeyAuthenticationOptions,
  webAuthnResponse,
  type PasskeyAnswer,
} from "@/lib/auth/passkeys";
import { safeReturn } from "@/lib/auth/return-path";
import { sessionAt, type StaffSession } from "@/lib/auth/session";
import { db } from "@/lib/database/db";

/** A proof of identity: fresh for 10 minutes, and the login's 8 hours start again from it. */
async function proved(session: StaffSession, means: string) {
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.loginSession.update({
      where: { id: session.loginId },
      data: { provedAt: now, expiresAt: new Date(now.getTime() + LOGIN_MAX_AGE_MS) },
    });
    await recordChange(tx, session.user, {
      action: "update",
      entity: "user",
      entityId: session.user.id,
      summary: `Identité confirmée (${means}) par ${session.user.email}`,
    });
  });
}

const passwordSchema = z.object({
  currentPassword: z.string().min(1, "Saisissez votre mot de passe.").max(200, "Mot de passe incorrect."),
  retour: z.string().max(300).optional(),
});

export const confirmWithPassword = sessionAction(
  ["ready"],
  passwordSchema,
  async ({ currentPassword, retour }, session) => {
    const check = await checkCurrentPassword(session.user, currentPassword);
    if (check === "limited") return { redirectTo: PASSWORD_LIMITED };
    if (check === "wrong") throw new InvalidInputError({ currentPassword: ["Mot de passe incorrect."] });
    await proved(session, "mot de passe");
    return { redirectTo: safeReturn(retour) };
  },
);

/** The challenge for one of the account's passkeys; null when the session is not complete. */
export async function passkeyConfirmationOptions() {
  const session = await sessionAt(["ready"]);
  return session ? passkeyAuthenticationOptions(db, session.user.id, session.loginId) : null;
}

// A passkey's answer is a signature of a challenge spent at once: nothing to guess, so no attempt is counted.
export async function confirmWithPasskey(response: unknown, retour: string): Promise<PasskeyAnswer> {
  const session = await sessionAt(["ready"]);
  if (!session) return { status: "error", message: MESSAGES.forbidden };
  const parsed = webAuthnResponse.safeParse(response);
  const isRight =
    parsed.success &&
    (await checkPasskeyAnswer(
      db,
      session.user.id,
      session.loginId,
      parsed.data as unknown as AuthenticationResponseJSON,
    ));
  if (!isRight) return { status: "error", message: "Cette clé d’accès n’a pas été reconnue : réessayez." };
  await proved(session, "clé d’accès");
  return { status: "success", redirectTo: safeReturn(retour) };
}

/**
 * When the caller's login ends (ISO 8601), or null without a complete one: the back office's notice asks again
 * while the end is near, so that a session extended in another tab stops warning in this one.
 */
export async function currentSessionEnd(): Promise<string | null> {
  const session = await sessionAt(["ready", "enrol"]);
  return session ? session.expiresAt.toISOString() : null;
}
