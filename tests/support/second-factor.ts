// Second factors for the tests' staff accounts: an authenticator app enrolled through the same function as the
// back office, and its codes computed as the app would, each 30-second step used once (as the site requires).
import { Secret } from "otpauth";
import { createUser, SYSTEM_ACTORS } from "@/lib/auth/users";
import { enableTotp, totpCode } from "@/lib/auth/second-factor";
import type { AppPrismaClient } from "@/lib/database/client";

/** The key that seals the tests' second-factor secrets (32 bytes in base64, as MFA_ENCRYPTION_KEY wants). */
export const TEST_MFA_KEY = Buffer.alloc(32, "sns-test-mfa-key").toString("base64");
// The tests' servers are given this key (tests/pages/global-setup.ts): the test files that enrol accounts in
// their databases seal with the same one.
process.env.MFA_ENCRYPTION_KEY ??= TEST_MFA_KEY;

/** Gives the account an authenticator app; returns its key, as the person's phone holds it. */
export async function enrolTotp(prisma: AppPrismaClient, account: { id: number; email: string }) {
  const secret = new Secret({ size: 20 }).base32;
  await prisma.$transaction((tx) => enableTotp(tx, account, secret, 0, SYSTEM_ACTORS.other));
  return secret;
}

const PERIOD_MS = 30_000;
const lastStep = new Map<string, number>();

/**
 * A code the site accepts now: the current step, or the next one (the site allows one step of drift) when this
 * process already used the current; past both, waits for the next step.
 */
export async function nextTotpCode(secret: string) {
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / PERIOD_MS);
    const used = lastStep.get(secret) ?? -1;
    const chosen = [step, step + 1].find((candidate) => candidate > used);
    if (chosen !== undefined) {
      lastStep.set(secret, chosen);
      return totpCode(secret, chosen * PERIOD_MS);
    }
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * PERIOD_MS - now + 50));
  }
}

/**
 * A staff account for the tests that go through HTTP or a browser, made with the back office's functions; an
 * administrator gets an authenticator app (the site requires one), whose key is returned with the account.
 */
export async function createStaffAccount(
  prisma: AppPrismaClient,
  account: { email: string; password: string; role: "ADMIN" | "EDITOR" },
) {
  const user = await createUser(prisma, account);
  const totpSecret = account.role === "ADMIN" ? await enrolTotp(prisma, user) : null;
  return { ...account, id: user.id, totpSecret };
}
