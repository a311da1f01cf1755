// Accounts: creation and password checks. Used by the login, the back office and the command line.
import type { AppPrismaClient } from "@/lib/database/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { dummyPasswordHash, hashPassword, verifyPassword } from "@/lib/auth/password";

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function createUser(prisma: AppPrismaClient, input: { email: string; password: string; role: Role }) {
  return prisma.user.create({
    data: { email: normalizeEmail(input.email), passwordHash: await hashPassword(input.password), role: input.role },
    select: { id: true, email: true, role: true },
  });
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
