// Passkeys (WebAuthn, with @simplewebauthn/server) as a staff member's second factor. The relying party is the
// site's public address (SITE_URL): its host name is the RP ID, its origin the one the browser must report.
// Each challenge is kept on the login it was given to, answered once and within five minutes.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { z } from "zod";
import { recordChange } from "@/lib/admin/audit";
import type { AppPrismaClient } from "@/lib/database/client";
import { parseAuthEnv } from "@/lib/env";

type Account = { id: number; email: string };

const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
export const PASSKEY_NAME_MAX = 60;

/** What a browser's WebAuthn answer must look like before it is checked at all. */
export const webAuthnResponse = z.looseObject({ id: z.string().min(1).max(1024), type: z.literal("public-key") });

/** What the passkey buttons are answered: where to go, or why not. */
export type PasskeyAnswer = { status: "success"; redirectTo: string } | { status: "error"; message: string };

function relyingParty() {
  const url = new URL(parseAuthEnv().SITE_URL);
  return { rpID: url.hostname, origin: url.origin, rpName: "Back-office du Groupe SNS" };
}

async function keepChallenge(db: AppPrismaClient, loginId: string, challenge: string) {
  await db.loginSession.update({
    where: { id: loginId },
    data: { challenge, challengeExpiresAt: new Date(Date.now() + CHALLENGE_LIFETIME_MS) },
  });
}

/** The login's challenge, spent: a response is checked against it once, never twice. */
async function spendChallenge(db: AppPrismaClient, loginId: string) {
  const login = await db.loginSession.findUnique({ where: { id: loginId }, select: { challenge: true } });
  if (!login?.challenge) return null;
  const { count } = await db.loginSession.updateMany({
    where: { id: loginId, challenge: login.challenge, challengeExpiresAt: { gt: new Date() } },
    data: { challenge: null, challengeExpiresAt: null },
  });
  return count === 1 ? login.challenge : null;
}

export async function passkeyRegistrationOptions(db: AppPrismaClient, account: Account, loginId: string) {
  const { rpID, rpName } = relyingParty();
  const existing = await db.passkey.findMany({ where: { userId: account.id }, select: { credentialId: true } });
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: account.email,
    userID: new TextEncoder().encode(`sns-${account.id}`),
    attestationType: "none",
    excludeCredentials: existing.map(({ credentialId }) => ({ id: credentialId })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
  });
  await keepChallenge(db, loginId, options.challenge);
  return options;
}

/** Checks the browser's answer and keeps the passkey, journaled; null when the answer does not hold. */
export async function registerPasskey(
  db: AppPrismaClient,
  account: Account,
  loginId: string,
  response: RegistrationResponseJSON,
  name: string,
) {
  const { rpID, origin } = relyingParty();
  const challenge = await spendChallenge(db, loginId);
  if (!challenge) return null;
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      // A second factor: the key's possession is what counts, as with a security key without a PIN.
      requireUserVerification: false,
    });
  } catch {
    return null;
  }
  if (!verification.verified) return null;
  const { credential } = verification.registrationInfo;
  if (await db.passkey.findUnique({ where: { credentialId: credential.id } })) return null;
  return db.$transaction(async (tx) => {
    const passkey = await tx.passkey.create({
      data: {
        userId: account.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        name,
      },
      select: { id: true, name: true },
    });
    await recordChange(tx, account, {
      action: "update",
      entity: "user",
      entityId: account.id,
      summary: `Clé d’accès « ${name} » ajoutée par ${account.email}`,
    });
    return passkey;
  });
}

export async function passkeyAuthenticationOptions(db: AppPrismaClient, userId: number, loginId: string) {
  const { rpID } = relyingParty();
  const passkeys = await db.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } });
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: passkeys.map(({ credentialId, transports }) => ({ id: credentialId, transports })),
    userVerification: "preferred",
  });
  await keepChallenge(db, loginId, options.challenge);
  return options;
}

/** Whether the browser's answer proves one of the account's passkeys; its counter is kept. */
export async function checkPasskeyAnswer(
  db: AppPrismaClient,
  userId: number,
  loginId: string,
  response: AuthenticationResponseJSON,
) {
  const { rpID, origin } = relyingParty();
  const challenge = await spendChallenge(db, loginId);
  if (!challenge || typeof response?.id !== "string") return false;
  const passkey = await db.passkey.findUnique({ where: { credentialId: response.id } });
  if (!passkey || passkey.userId !== userId) return false;
  let verification;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification: false,
    });
  } catch {
    return false;
  }
  if (!verification.verified) return false;
  // A counter that went backwards means a cloned key: simplewebauthn refuses it above; this keeps it current.
  await db.passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  return true;
}
