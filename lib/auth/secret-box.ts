// Secrets at rest (the authenticator apps' keys) sealed with AES-256-GCM. The key comes from the environment
// (MFA_ENCRYPTION_KEY, 32 bytes in base64; made once in .data/ for the embedded database). Each sealed value
// names the key it was sealed with, so that keys can be rotated: the new key in MFA_ENCRYPTION_KEY, the old
// ones in MFA_ENCRYPTION_KEYS_PREVIOUS until `npm run user:rotate-mfa-key` has sealed everything again.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { parseMfaEnv } from "@/lib/env";

const FORMAT = "v1";

type Key = { id: string; bytes: Buffer };

function keyOf(bytes: Buffer): Key {
  return { id: createHash("sha256").update(bytes).digest("hex").slice(0, 8), bytes };
}

/** The current key first, then the previous ones (for reading only). */
export function mfaKeys(source: Record<string, string | undefined> = process.env): Key[] {
  const { MFA_ENCRYPTION_KEY, MFA_ENCRYPTION_KEYS_PREVIOUS } = parseMfaEnv(source);
  return [MFA_ENCRYPTION_KEY, ...MFA_ENCRYPTION_KEYS_PREVIOUS].map(keyOf);
}

/**
 * `context` binds the sealed value to where it is kept (the account it belongs to): copied to another
 * account's row, it no longer opens.
 */
export function seal(plain: string, context: string, keys = mfaKeys()) {
  const key = keys[0]!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [FORMAT, key.id, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export class SealedValueError extends Error {
  override name = "SealedValueError";
}

export function open(sealed: string, context: string, keys = mfaKeys()) {
  const [format, keyId, iv, body, tag] = sealed.split(".");
  const key = keys.find((candidate) => candidate.id === keyId);
  if (format !== FORMAT || !key || !iv || body === undefined || !tag)
    throw new SealedValueError(`Secret scellé illisible (clé ${keyId ?? "?"} inconnue ou format inattendu).`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.bytes, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SealedValueError("Secret scellé altéré, ou scellé pour un autre compte.");
  }
}

/** Whether a sealed value was sealed with the current key (else rotation still has it to do). */
export function isSealedWithCurrentKey(sealed: string, keys = mfaKeys()) {
  return sealed.split(".")[1] === keys[0]!.id;
}
