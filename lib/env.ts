// Environment variables, validated once with messages a newcomer can act on.
// Two readers: the Next.js server (needs DATABASE_URL) and the start-up scripts (may start an embedded database).
import { z } from "zod";
import { isTileTemplate, OSM_ATTRIBUTION, OSM_TILES_URL, tileSource } from "@/lib/geo/map-tiles";

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
    message:
      "doit être une URL de connexion PostgreSQL, par exemple postgresql://utilisateur:motdepasse@hôte:5432/base",
  });

// Its default, the local address on the server's port, is set by withDefaults below.
const siteUrl = z
  .url({ protocol: /^https?$/, message: "doit être une URL http(s) complète, par exemple https://www.groupe-sns.fr" })
  .transform((value) => value.replace(/\/+$/, ""));

const port = (name: string) =>
  z.coerce
    .number({ message: `${name} doit être un numéro de port` })
    .int()
    .min(1, `${name} doit être compris entre 1 et 65535`)
    .max(65535, `${name} doit être compris entre 1 et 65535`);

const flag = z
  .enum(["true", "false", "1", "0"], { message: "doit valoir true ou false" })
  .transform((v) => v === "true" || v === "1");

const serverSchema = z.object({
  DATABASE_URL: postgresUrl,
  SITE_URL: siteUrl,
});

const authSchema = z.object({
  NEXTAUTH_SECRET: z
    .string({ message: "manquant : une chaîne aléatoire d’au moins 32 caractères (openssl rand -base64 32)" })
    .min(32, "doit compter au moins 32 caractères (openssl rand -base64 32)"),
  SITE_URL: siteUrl,
});

/** 32 random bytes in base64 (openssl rand -base64 32): the key that seals the second factors' secrets. */
const mfaKeyText = z
  .string({ message: "manquant : 32 octets aléatoires en base64 (openssl rand -base64 32)" })
  .trim()
  .refine(
    (value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, "base64").length === 32,
    "doit faire 32 octets en base64 (openssl rand -base64 32)",
  );
const mfaKey = mfaKeyText.transform((value) => Buffer.from(value, "base64"));

const mfaSchema = z.object({
  MFA_ENCRYPTION_KEY: mfaKey,
  // Keys replaced by a rotation, still read until `npm run user:rotate-mfa-key` has sealed everything again.
  MFA_ENCRYPTION_KEYS_PREVIOUS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").filter((part) => part.trim() !== ""))
    .pipe(z.array(mfaKey)),
});

const mfaPolicySchema = z.object({ MFA_REQUIRED_FOR_EDITORS: flag.default(false) });

const trustedProxyHops = z.coerce
  .number({ message: "doit être un nombre de proxys (0, 1, 2…)" })
  .int("doit être un nombre de proxys (0, 1, 2…)")
  .min(0, "doit être un nombre de proxys (0, 1, 2…)")
  .default(0);

const retentionMonths = z.coerce
  .number({ message: "doit être un nombre de mois (12 par exemple)" })
  .int("doit être un nombre entier de mois")
  .min(1, "au moins 1 mois")
  .max(120, "120 mois au plus")
  .default(12);

const startSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  SITE_URL: siteUrl,
  PORT: port("PORT").default(3000),
  EMBEDDED_DB_PORT: port("EMBEDDED_DB_PORT").optional(),
  EMBEDDED_DB_DIR: z.string().trim().min(1).default(".data/postgres"),
  SEED: flag.optional(),
  TRUSTED_PROXY_HOPS: trustedProxyHops,
  NEXTAUTH_SECRET: z.string().min(32, "doit compter au moins 32 caractères (openssl rand -base64 32)").optional(),
  MFA_ENCRYPTION_KEY: mfaKeyText.optional(),
  REPORT_RETENTION_MONTHS: retentionMonths,
});

const serveSchema = z.object({
  DATABASE_URL: postgresUrl,
  SITE_URL: siteUrl,
  PORT: port("PORT").default(3000),
  LISTEN_HOST: z.string().trim().min(1).optional(),
  TRUSTED_PROXY_HOPS: trustedProxyHops,
  NEXTAUTH_SECRET: authSchema.shape.NEXTAUTH_SECRET,
  MFA_ENCRYPTION_KEY: mfaKeyText,
  REPORT_RETENTION_MONTHS: retentionMonths,
});

const mapSchema = z
  .object({
    MAP_TILES_URL: z
      .string()
      .trim()
      .refine(isTileTemplate, {
        message: "doit être une adresse https de tuiles avec {z}, {x} et {y}, par exemple " + OSM_TILES_URL,
      })
      .default(OSM_TILES_URL),
    // Plain text: the provider's credit, shown on the map (required by most providers' terms).
    MAP_TILES_ATTRIBUTION: z.string().trim().max(300, "300 caractères au plus").optional(),
  })
  .refine(({ MAP_TILES_URL, MAP_TILES_ATTRIBUTION }) => MAP_TILES_URL === OSM_TILES_URL || MAP_TILES_ATTRIBUTION, {
    message:
      "MAP_TILES_ATTRIBUTION est obligatoire avec MAP_TILES_URL : la mention que le fournisseur des tuiles exige",
    path: ["MAP_TILES_ATTRIBUTION"],
  })
  .transform(({ MAP_TILES_URL, MAP_TILES_ATTRIBUTION }) => ({
    tilesUrl: MAP_TILES_URL,
    tilesSource: tileSource(MAP_TILES_URL),
    attribution: MAP_TILES_ATTRIBUTION ? { text: MAP_TILES_ATTRIBUTION, href: null as string | null } : OSM_ATTRIBUTION,
  }));

const openDataSchema = z
  .object({
    SITE_URL: siteUrl,
    OPEN_DATA_SOURCE: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "doit être un identifiant en minuscules et tirets, par exemple groupe-sns")
      .default("groupe-sns"),
  })
  .transform(({ SITE_URL, OPEN_DATA_SOURCE }) => ({ siteUrl: SITE_URL, source: OPEN_DATA_SOURCE }));

export type ServerEnv = z.infer<typeof serverSchema>;
export type AuthEnv = z.infer<typeof authSchema>;
export type StartEnv = z.infer<typeof startSchema>;
export type ServeEnv = z.infer<typeof serveSchema>;
export type MapEnv = z.infer<typeof mapSchema>;
export type OpenDataEnv = z.infer<typeof openDataSchema>;

/**
 * Treats empty strings as unset, as shells and .env files often leave them. Without SITE_URL, the site is
 * where the server listens: http://localhost on PORT (3000 by default), so that links, redirects and the
 * sitemap name the port that answers.
 */
function withDefaults(source: Record<string, string | undefined>) {
  const values: Record<string, string> = Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
  values.SITE_URL ??= `http://localhost:${values.PORT ?? 3000}`;
  return values;
}

function parse<T extends z.ZodType>(schema: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(withDefaults(source));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "?"} : ${issue.message}`);
    throw new Error(`Configuration invalide (voir .env.example) :\n${lines.join("\n")}`);
  }
  return result.data;
}

export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  return parse(serverSchema, source);
}

export function parseAuthEnv(source: Record<string, string | undefined> = process.env): AuthEnv {
  return parse(authSchema, source);
}

export function parseStartEnv(source: Record<string, string | undefined> = process.env): StartEnv {
  return parse(startSchema, source);
}

export function parseServeEnv(source: Record<string, string | undefined> = process.env): ServeEnv {
  return parse(serveSchema, source);
}

/** The keys of the second factors' secrets (lib/auth/secret-box.ts). */
export function parseMfaEnv(source: Record<string, string | undefined> = process.env) {
  return parse(mfaSchema, source);
}

/** Whether editors, like administrators, must have a second factor. */
export function parseMfaPolicyEnv(source: Record<string, string | undefined> = process.env) {
  return parse(mfaPolicySchema, source);
}

/** The tiles of the « Carte » view (lib/geo/map-tiles.ts). */
export function parseMapEnv(source: Record<string, string | undefined> = process.env): MapEnv {
  return parse(mapSchema, source);
}

/** The open data's producer identifier (data·inclusion `source`) and the site's address for `lien_source`. */
export function parseOpenDataEnv(source: Record<string, string | undefined> = process.env): OpenDataEnv {
  return parse(openDataSchema, source);
}

/** An address the public pages give people to write to. */
const contactAddress = z.email({ message: "doit être une adresse électronique" }).optional();

const privacySchema = z.object({
  PRIVACY_CONTACT: contactAddress,
  REPORT_RETENTION_MONTHS: retentionMonths,
});

/**
 * What the privacy page says: where people write to see or erase their data (unset: to the Groupe SNS), and how
 * long reports keep them.
 */
export function parsePrivacyEnv(source: Record<string, string | undefined> = process.env) {
  return parse(privacySchema, source);
}

const accessibilitySchema = z.object({ ACCESSIBILITY_CONTACT: contactAddress, PRIVACY_CONTACT: contactAddress });

/**
 * Where the accessibility statement asks people to write about a content they cannot reach: ACCESSIBILITY_CONTACT,
 * else the privacy contact, else nobody named (the statement then says to write to the Groupe SNS).
 */
export function parseAccessibilityEnv(source: Record<string, string | undefined> = process.env) {
  const { ACCESSIBILITY_CONTACT, PRIVACY_CONTACT } = parse(accessibilitySchema, source);
  return { contact: ACCESSIBILITY_CONTACT ?? PRIVACY_CONTACT };
}
