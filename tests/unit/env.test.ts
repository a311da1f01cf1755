import { describe, expect, it } from "vitest";
import { parseMfaEnv, parseMfaPolicyEnv, parseServeEnv, parseServerEnv, parseStartEnv } from "@/lib/env";

describe("environment variables", () => {
  it("uses the embedded database and port 3000 when nothing is set", () => {
    expect(parseStartEnv({})).toEqual({
      REPORT_RETENTION_MONTHS: 12,
      SITE_URL: "http://localhost:3000",
      PORT: 3000,
      EMBEDDED_DB_DIR: ".data/postgres",
      TRUSTED_PROXY_HOPS: 0,
    });
  });

  it("reads every variable, and drops the trailing slash of SITE_URL", () => {
    const env = parseStartEnv({
      DATABASE_URL: "postgresql://u:p@db:5432/sns",
      SITE_URL: "https://www.groupe-sns.fr/",
      PORT: "8080",
      EMBEDDED_DB_PORT: "5544",
      SEED: "true",
    });
    expect(env).toMatchObject({
      SITE_URL: "https://www.groupe-sns.fr",
      PORT: 8080,
      EMBEDDED_DB_PORT: 5544,
      SEED: true,
    });
  });

  it("serves SITE_URL's default on the port the server listens on", () => {
    expect(parseStartEnv({ PORT: "4100" }).SITE_URL).toBe("http://localhost:4100");
    expect(parseServerEnv({ DATABASE_URL: "postgresql://u:p@db/sns", PORT: "4100" }).SITE_URL).toBe(
      "http://localhost:4100",
    );
    expect(parseStartEnv({ PORT: "4100", SITE_URL: "https://www.groupe-sns.fr" }).SITE_URL).toBe(
      "https://www.groupe-sns.fr",
    );
  });

  it("explains in French what is wrong", () => {
    expect(() => parseStartEnv({ DATABASE_URL: "mysql://x", PORT: "70000", SITE_URL: "ftp://x" })).toThrow(
      /Configuration invalide[\s\S]*DATABASE_URL : doit être une URL de connexion PostgreSQL[\s\S]*SITE_URL[\s\S]*PORT doit être compris entre 1 et 65535/,
    );
    expect(() => parseServerEnv({})).toThrow(/DATABASE_URL/);
  });

  it("wants 32 bytes in base64 for the second factors' key, required to serve", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseMfaEnv({ MFA_ENCRYPTION_KEY: key }).MFA_ENCRYPTION_KEY).toEqual(Buffer.alloc(32, 7));
    expect(() => parseMfaEnv({ MFA_ENCRYPTION_KEY: "trop-court" })).toThrow(
      /MFA_ENCRYPTION_KEY : doit faire 32 octets en base64 \(openssl rand -base64 32\)/,
    );
    expect(() => parseMfaEnv({ MFA_ENCRYPTION_KEY: key, MFA_ENCRYPTION_KEYS_PREVIOUS: `${key},abc` })).toThrow(
      /MFA_ENCRYPTION_KEYS_PREVIOUS/,
    );
    const serve = { DATABASE_URL: "postgresql://u:p@db/sns", NEXTAUTH_SECRET: "x".repeat(32) };
    expect(() => parseServeEnv(serve)).toThrow(/MFA_ENCRYPTION_KEY : manquant/);
    expect(parseServeEnv({ ...serve, MFA_ENCRYPTION_KEY: key }).MFA_ENCRYPTION_KEY).toBe(key);
    expect(parseMfaPolicyEnv({}).MFA_REQUIRED_FOR_EDITORS).toBe(false);
    expect(parseMfaPolicyEnv({ MFA_REQUIRED_FOR_EDITORS: "true" }).MFA_REQUIRED_FOR_EDITORS).toBe(true);
  });
});
