// Start-up tasks of the accounts: the session secret of a local installation, and its first administrator.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { SYSTEM_ACTORS, createUser } from "@/lib/auth/users";

/** For the embedded database only: a secret made once and kept beside it (0600), never printed. */
async function localSecret(dataDir: string, name: string, make: () => string) {
  const file = path.join(path.dirname(path.resolve(dataDir)), name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = make();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The session cookies' secret of a local installation (.data/auth-secret). */
export const localAuthSecret = (dataDir: string) =>
  localSecret(dataDir, "auth-secret", () => randomBytes(32).toString("base64url"));

/** The key sealing the second factors' secrets of a local installation (.data/mfa-key). */
export const localMfaKey = (dataDir: string) =>
  localSecret(dataDir, "mfa-key", () => randomBytes(32).toString("base64"));

export const FIRST_ADMIN_EMAIL = "admin@groupe-sns.local";

/** Creates an administrator with a random password when there is no account at all; returns the password. */
export async function createFirstAdminIfNone(databaseUrl: string) {
  const prisma = createPrismaClient(databaseUrl);
  try {
    if ((await prisma.user.count()) > 0) return null;
    const password = randomBytes(18).toString("base64url");
    await createUser(prisma, { email: FIRST_ADMIN_EMAIL, password, role: "ADMIN" }, SYSTEM_ACTORS.firstStart);
    return { email: FIRST_ADMIN_EMAIL, password };
  } finally {
    await prisma.$disconnect();
  }
}
