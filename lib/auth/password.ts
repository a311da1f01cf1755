// Password hashing with argon2id at the parameters OWASP recommends (19 MiB, 2 passes, 1 lane), and the rules
// of a new password: 12 to 128 characters, not too easy to guess (lib/auth/password-strength.ts).
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { MIN_PASSWORD_SCORE, passwordStrength, weakPasswordMessage } from "@/lib/auth/password-strength";

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** Length counted in characters as a person types them; nothing is ever cut off. */
export const passwordSchema = z
  .string({ message: "Saisissez un mot de passe." })
  .refine((value) => [...value].length >= MIN_PASSWORD_LENGTH, {
    message: `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
  })
  .refine((value) => [...value].length <= MAX_PASSWORD_LENGTH, {
    message: `Le mot de passe doit compter au plus ${MAX_PASSWORD_LENGTH} caractères.`,
  })
  .superRefine((value, context) => {
    // Only a password of an acceptable length is measured: one message at a time.
    const length = [...value].length;
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) return;
    const { score, warning } = passwordStrength(value);
    if (score < MIN_PASSWORD_SCORE) context.addIssue({ code: "custom", message: weakPasswordMessage(warning) });
  });

export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that both cases take the same time. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash() {
  dummyHash ??= hashPassword("mot-de-passe-factice-pour-egaliser-les-temps");
  return dummyHash;
}
