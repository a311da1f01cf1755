// Validation of a structure, shared by the back-office form and the CSV import.
import { z } from "zod";
import { requiredText } from "@/lib/admin/validation";

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    .transform((value) => value || null);

const coordinate = (label: string, limit: number) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || (Number.isFinite(Number(value)) && Math.abs(Number(value)) <= limit), {
      message: `${label} : un nombre entre -${limit} et ${limit}, avec un point décimal.`,
    })
    .transform((value) => (value === "" ? null : Number(value)));

export const structureFields = {
  siret: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => /^\d{14}$/.test(value), "SIRET : 14 chiffres."),
  kind: z.enum(["ACI", "AI", "EI", "EITI", "ETTI", "GEIQ", "EA", "EATT"], {
    message: "Type : ACI, AI, EI, EITI, ETTI, GEIQ, EA ou EATT.",
  }),
  name: requiredText("Raison sociale", 200),
  brand: optionalText("Enseigne", 200),
  address: optionalText("Adresse", 300),
  postalCode: z
    .string()
    .trim()
    .refine((value) => value === "" || /^\d{5}$/.test(value), "Code postal : 5 chiffres.")
    .transform((value) => value || null),
  city: requiredText("Ville", 100),
  departmentCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((value) => /^(\d{2}|2A|2B|\d{3})$/.test(value), "Département : un code comme 57, 2A ou 974."),
  latitude: coordinate("Latitude", 90),
  longitude: coordinate("Longitude", 180),
  website: z
    .string()
    .trim()
    .max(500, "Site internet : adresse trop longue.")
    .refine(
      (value) => value === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value),
      "Site internet : une adresse complète commençant par http:// ou https://",
    )
    .transform((value) => value || null),
  description: optionalText("Description", 5000),
};

export const structureSchema = z.object(structureFields);
/** The fields staff edit, in the order of the form. */
export const STRUCTURE_FIELDS = Object.keys(structureFields) as (keyof typeof structureFields)[];
export type StructureInput = z.infer<typeof structureSchema>;

/** Turns a name into the readable part of an address: lower case, no accents, words joined by dashes. */
export function slugify(text: string) {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}
