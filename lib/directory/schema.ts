// Validation of a structure, shared by the back-office form and the CSV import.
import { z } from "zod";
import { optionalText, optionalWebAddress, requiredText } from "@/lib/admin/validation";

/**
 * A decimal number with a point, as people and spreadsheets write it (2.4e-05 included); not what else
 * JavaScript's Number() reads: 0x10, 0b1, Infinity.
 */
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

const coordinate = (label: string, limit: number) =>
  z
    .string()
    .trim()
    .refine((value) => value === "" || (DECIMAL.test(value) && Math.abs(Number(value)) <= limit), {
      message: `${label} : un nombre entre -${limit} et ${limit}, avec un point décimal.`,
    })
    .transform((value) => (value === "" ? null : Number(value)));

/**
 * The SIRET's check digit (Luhn), as INSEE computes it; La Poste's establishments (SIREN 356 000 000) are
 * numbered by another rule, a sum of digits divisible by 5.
 */
export function hasValidSiretKey(siret: string) {
  const digits = [...siret].map(Number);
  if (siret.startsWith("356000000")) return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  const sum = digits.reduce((total, digit, index) => {
    const weighted = (digits.length - index) % 2 === 0 ? digit * 2 : digit;
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return sum % 10 === 0;
}

export const structureFields = {
  siret: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => /^\d{14}$/.test(value), "SIRET : 14 chiffres.")
    .refine(
      (value) => !/^\d{14}$/.test(value) || hasValidSiretKey(value),
      "SIRET : ce numéro n’existe pas (sa clé de contrôle est fausse) ; vérifiez chaque chiffre.",
    ),
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
  website: optionalWebAddress("Site internet : une adresse complète commençant par http:// ou https://"),
  description: optionalText("Description", 5000, { multiline: true }),
};

export const structureSchema = z.object(structureFields);
/** The fields staff edit, in the order of the form. */
export const STRUCTURE_FIELDS = Object.keys(structureFields) as (keyof typeof structureFields)[];
export type StructureInput = z.infer<typeof structureSchema>;
