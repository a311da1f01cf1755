// The second factor of staff accounts: an authenticator app (TOTP, RFC 6238: 6 digits, 30 s, one step of
// clock drift either way, each step accepted once), passkeys (lib/auth/passkeys.ts) and 10 single-use recovery
// codes. Used by the back office's actions and by the command line; every change is journaled.
import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { recordChange, type Actor } from "@/lib/admin/audit";
import { isSealedWithCurrentKey, open, seal, SealedValueError } from "@/lib/auth/secret-box";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";

type Db = AppPrismaClient | Prisma.TransactionClient;
type Account = { id: number; email: string };

export const TOTP_ISSUER = "Groupe SNS";
const PERIOD = 30;
/** The QR code and key of an enrolment may be confirmed for this long. */
const ENROLMENT_MAX_AGE_MS = 30 * 60 * 1000;
export const RECOVERY_CODE_COUNT = 10;

const totpContext = (userId: number) => `totp:${userId}`;
const enrolmentContext = (userId: number) => `totp-enrolment:${userId}`;

function totp(secret: string, email = "") {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: email,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new key (160 bits, base32) and what the enrolment page shows of it. */
export async function newTotpEnrolment(account: Account) {
  const secret = new Secret({ size: 20 }).base32;
  const uri = totp(secret, account.email).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  // The key travels back with the confirmation, sealed (and bound to the account): no row is written to show a
  // page, and nobody can confirm a key of their own choosing.
  const sealed = seal(JSON.stringify({ secret, at: Date.now() }), enrolmentContext(account.id));
  return { secret, uri, qrSvg, sealed, grouped: secret.match(/.{1,4}/g)!.join(" ") };
}

/** The key of a sealed enrolment, if it is this account's and recent; else null. */
export function openEnrolment(userId: number, sealed: string) {
  try {
    const { secret, at } = JSON.parse(open(sealed, enrolmentContext(userId))) as { secret: string; at: number };
    return Date.now() - at < ENROLMENT_MAX_AGE_MS ? secret : null;
  } catch (error) {
    if (error instanceof SealedValueError || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** The 30-second step a code belongs to, within one step of now either way; null for a wrong code. */
export function totpStep(secret: string, code: string, now = Date.now()) {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** The code an authenticator app shows for a key at a time (the tests compute codes with it). */
export function totpCode(secret: string, now = Date.now()) {
  return totp(secret).generate({ timestamp: now });
}

/**
 * Turns the app on for the account, in the caller's transaction: the key is sealed, and the step of the code
 * that confirmed it is spent (that code cannot open a session afterwards).
 */
export async function enableTotp(
  tx: Prisma.TransactionClient,
  account: Account,
  secret: string,
  step: number,
  actor: Actor,
) {
  await tx.user.update({
    where: { id: account.id },
    data: {
      totpSecret: seal(secret, totpContext(account.id)),
      totpEnabledAt: new Date(),
      totpLastStep: step,
      version: { increment: 1 },
    },
  });
  await recordChange(tx, actor, {
    action: "update",
    entity: "user",
    entityId: account.id,
    summary: `Application d’authentification activée pour ${account.email}`,
  });
}

/** Checks a code of the account's app and spends its step: true once per step, never for a replay. */
export async function spendTotpCode(db: Db, userId: number, code: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true } });
  if (!user?.totpSecret) return false;
  const step = totpStep(open(user.totpSecret, totpContext(userId)), code);
  if (step === null) return false;
  // One statement: two requests with the same code cannot both see the step unspent.
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

// Recovery codes: 12 characters of an alphabet without look-alikes (60 bits), shown as xxxx-xxxx-xxxx.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

export function hashRecoveryCode(userId: number, code: string) {
  return createHash("sha256")
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

export function looksLikeRecoveryCode(code: string) {
  return new RegExp(`^[${ALPHABET}]{12}$`).test(normalizeRecoveryCode(code));
}

/** Ten new codes replace the account's former ones (used or not); returns them, to be shown once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, account: Account, actor: Actor) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)])
      .join("")
      .replace(/(.{4})(.{4})(.{4})/, "$1-$2-$3"),
  );
  await tx.recoveryCode.deleteMany({ where: { userId: account.id } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId: account.id, codeHash: hashRecoveryCode(account.id, code) })),
  });
  await recordChange(tx, actor, {
    action: "update",
    entity: "user",
    entityId: account.id,
    summary: `Nouveaux codes de secours pour ${account.email}`,
  });
  return codes;
}

/** Spends a recovery code of the account: true once per code. */
export async function spendRecoveryCode(db: Db, account: Account, code: string) {
  if (!looksLikeRecoveryCode(code)) return false;
  return db.$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId: account.id, codeHash: hashRecoveryCode(account.id, code), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count === 1) {
      const left = await tx.recoveryCode.count({ where: { userId: account.id, usedAt: null } });
      await recordChange(tx, account, {
        action: "update",
        entity: "user",
        entityId: account.id,
        summary: `Code de secours utilisé par ${account.email} (${left} restant${left > 1 ? "s" : ""})`,
      });
    }
    return count === 1;
  });
}

/** What « Mon compte » and the accounts page show of an account's second factor. */
export async function secondFactorOverview(db: Db, userId: number) {
  const [user, passkeys, recoveryCodesLeft] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.passkey.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  const totpEnabledAt = user?.totpEnabledAt ?? null;
  return { totpEnabledAt, passkeys, recoveryCodesLeft, isEnrolled: totpEnabledAt !== null || passkeys.length > 0 };
}

/**
 * Removes the account's app, passkeys and recovery codes, and ends its sessions: for the day the phone is
 * lost. In the caller's transaction, journaled with who did it (an admin, or the command line).
 */
export async function resetSecondFactor(tx: Prisma.TransactionClient, account: Account, actor: Actor) {
  await tx.passkey.deleteMany({ where: { userId: account.id } });
  await tx.recoveryCode.deleteMany({ where: { userId: account.id } });
  await tx.user.update({
    where: { id: account.id },
    data: {
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      sessionVersion: { increment: 1 },
      version: { increment: 1 },
    },
  });
  await recordChange(tx, actor, {
    action: "update",
    entity: "user",
    entityId: account.id,
    summary: `Double authentification réinitialisée pour ${account.email}`,
  });
}

/** After a key rotation: every app key sealed with a previous key is sealed again with the current one. */
export async function resealTotpSecrets(db: AppPrismaClient) {
  const users = await db.user.findMany({
    where: { totpSecret: { not: null } },
    select: { id: true, totpSecret: true },
  });
  let resealed = 0;
  for (const { id, totpSecret } of users) {
    if (!totpSecret || isSealedWithCurrentKey(totpSecret)) continue;
    const secret = open(totpSecret, totpContext(id));
    // Only if unchanged meanwhile (a new enrolment wins).
    const { count } = await db.user.updateMany({
      where: { id, totpSecret },
      data: { totpSecret: seal(secret, totpContext(id)) },
    });
    resealed += count;
  }
  return { resealed, total: users.length };
}
