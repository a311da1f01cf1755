// zod building blocks shared by the back-office forms, with French messages. Every schema file imports this
// one: zod's own messages (a field missing from a forged request, a wrong type) are French too.
import { z } from "zod";

z.config(z.locales.fr());

/**
 * Characters nobody types: control characters (a NUL cannot even be stored), and the bidirectional controls
 * that make a text read differently from what it holds (Trojan Source, CVE-2021-42574).
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\t\r\n]/;

type TextOptions = { multiline?: boolean };

/** A text as typed, trimmed, of at most `max` characters, without invisible characters (nor line breaks,
 * unless multiline). */
const text = (label: string, max: number, { multiline = false }: TextOptions) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .refine(
      (value) => !INVISIBLE.test(value),
      `${label} : caractère invisible ou de contrôle non accepté (copié d’un autre logiciel ?).`,
    )
    .refine((value) => multiline || !LINE_BREAK.test(value), `${label} : une seule ligne, sans tabulation.`);

export const requiredText = (label: string, max = 200, options: TextOptions = {}) =>
  text(label, max, options).refine((value) => value.length > 0, `${label} : ce champ est obligatoire.`);

/** An optional text: empty becomes null. */
export const optionalText = (label: string, max: number, options: TextOptions = {}) =>
  text(label, max, options).transform((value) => value || null);

/**
 * An address to link to: http(s), with a host name, and no user name or password before it
 * (https://evil.example@good.example/ leads to good.example but reads as evil.example).
 */
export function isWebAddress(value: string) {
  if (!/^https?:\/\/[^\s]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.username === "" && url.password === "" && /^[^.]+(\.[^.]+)+$/.test(url.hostname);
  } catch {
    return false;
  }
}

/** An optional web address: empty becomes null. */
export const optionalWebAddress = (message: string) =>
  z
    .string()
    .trim()
    .max(500, "L’adresse est trop longue.")
    .refine((value) => value === "" || isWebAddress(value), message)
    .transform((value) => value || null);

export const optionalUrl = optionalWebAddress("Saisissez une adresse complète commençant par https://");

export const optionalDate = z
  .string()
  .trim()
  .refine(
    (value) => value === "" || (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))),
    "Date invalide (format attendu : AAAA-MM-JJ).",
  )
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null));

/** PostgreSQL's integer: a larger number could not even be compared with a stored one. */
const INT4_MAX = 2_147_483_647;

export const version = z.coerce
  .number({ message: "Version manquante : rechargez la page." })
  .int("Version invalide : rechargez la page.")
  .min(1, "Version invalide : rechargez la page.")
  .max(INT4_MAX, "Version invalide : rechargez la page.");
export const id = z.coerce
  .number({ message: "Identifiant invalide." })
  .int("Identifiant invalide.")
  .min(1, "Identifiant invalide.")
  .max(INT4_MAX, "Identifiant invalide.");

/** A record's id from a URL segment, or null when no row could have it (not a whole number, beyond int4). */
export function parseRecordId(segment: string) {
  const parsed = id.safeParse(segment);
  return parsed.success ? parsed.data : null;
}

export const count = (label: string, max = 10_000_000) =>
  z.coerce
    .number({ message: `${label} : saisissez un nombre.` })
    .int(`${label} : un nombre entier, sans décimale.`)
    .min(0, `${label} : un nombre positif.`)
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} au plus.`);
