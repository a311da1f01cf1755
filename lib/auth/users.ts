// Accounts: creation and password checks. Used by the login, the back office and the command line.
import { recordChange, type Actor } from "@/lib/admin/audit";
import type { AppPrismaClient } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Account changes made outside the back office, as the journal names who made them. */
export const SYSTEM_ACTORS = {
  commandLine: { id: null, email: "ligne de commande (npm run user:create)" },
  resetCommand: { id: null, email: "ligne de commande (npm run user:reset-mfa)" },
  firstStart: { id: null, email: "premier démarrage du site" },
  other: { id: null, email: "hors du back-office" },
} satisfies Record<string, Actor>;

const ACCOUNT_FIELDS = { id: true, email: true, role: true, isDisabled: true, version: true } as const;

/**
 * Creates an account and journals it, in the caller's transaction: the one path of the back office, the command
 * line and the first start. The password is hashed already.
 */
export async function createAccountRecord(
  tx: Prisma.TransactionClient,
  input: { email: string; passwordHash: string; role: Role },
  actor: Actor,
) {
  const email = normalizeEmail(input.email);
  const created = await tx.user.create({
    data: { email, passwordHash: input.passwordHash, role: input.role },
    select: ACCOUNT_FIELDS,
  });
  await recordChange(tx, actor, {
    action: "create",
    entity: "user",
    entityId: created.id,
    summary: `Compte créé : ${email}`,
    after: created,
  });
  return created;
}

export async function createUser(
  prisma: AppPrismaClient,
  input: { email: string; password: string; role: Role },
  actor: Actor = SYSTEM_ACTORS.other,
) {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction((tx) => createAccountRecord(tx, { ...input, passwordHash }, actor));
}

/** The account for these credentials, if they are right and the account is active. */
export async function checkCredentials(prisma: AppPrismaClient, email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, role: true, isDisabled: true, sessionVersion: true, passwordHash: true },
  });
  const isValid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !isValid || user.isDisabled) return null;
  return { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
}

/** Ends every session of the account (its session version goes up), journaled with `summary`. */
export function endSessions(prisma: AppPrismaClient, account: Actor & { id: number }, summary: string) {
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { sessionVersion: { increment: 1 } } });
    await recordChange(tx, account, { action: "update", entity: "user", entityId: account.id, summary });
  });
}
