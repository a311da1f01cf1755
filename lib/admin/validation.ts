// zod building blocks shared by the back-office forms, with French messages. Every schema file imports this
// one: zod's own messages (a field missing from a forged request, a wrong type) are French too.
import { z } from "zod";

z.config(z.locales.fr());

export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} : ce champ est obligatoire.`).max(max, `${label} : ${max} caractères au plus.`);

export const optionalUrl = z
  .string()
  .trim()
  .max(500, "L’adresse est trop longue.")
  .refine(
    (value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value),
    "Saisissez une adresse complète commençant par https://",
  )
  .transform((value) => value || null);

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

export const count = (label: string, max = 10_000_000) =>
  z.coerce
    .number({ message: `${label} : saisissez un nombre.` })
    .int(`${label} : un nombre entier, sans décimale.`)
    .min(0, `${label} : un nombre positif.`)
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} au plus.`);
