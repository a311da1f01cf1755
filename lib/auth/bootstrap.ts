// Start-up tasks of the accounts: the session secret of a local installation, and its first administrator.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { ACCOUNT_CREATORS, createUser } from "@/lib/auth/users";

/** For the embedded database only: a secret made once and kept beside it (0600), never printed. */
export async function localAuthSecret(dataDir: string) {
  const file = path.join(path.dirname(path.resolve(dataDir)), "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export const FIRST_ADMIN_EMAIL = "admin@groupe-sns.local";

/** Creates an administrator with a random password when there is no account at all; returns the password. */
export async function createFirstAdminIfNone(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.user.count()) > 0) return null;
    const password = randomBytes(18).toString("base64url");
    await createUser(prisma, { email: FIRST_ADMIN_EMAIL, password, role: "ADMIN" }, ACCOUNT_CREATORS.firstStart);
    return { email: FIRST_ADMIN_EMAIL, password };
  } finally {
    await prisma.$disconnect();
  }
}
