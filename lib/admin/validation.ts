// zod building blocks shared by the back-office forms, with French messages.
import { z } from "zod";

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

export const version = z.coerce.number({ message: "Version manquante : rechargez la page." }).int().min(1);
export const id = z.coerce.number({ message: "Identifiant invalide." }).int().min(1);

export const count = (label: string, max = 10_000_000) =>
  z.coerce
    .number({ message: `${label} : saisissez un nombre.` })
    .int(`${label} : un nombre entier, sans décimale.`)
    .min(0, `${label} : un nombre positif.`)
    .max(max, `${label} : ${max.toLocaleString("fr-FR")} au plus.`);
