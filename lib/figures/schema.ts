import { z } from "zod";
import { count, optionalDate, requiredText, version } from "@/lib/admin/validation";

export const structureCountSchema = z.object({
  kind: z.enum(["ACI", "AI", "EI", "EITI", "ETTI", "GEIQ", "EA", "EATT"], { message: "Type de structure inconnu." }),
  value: count("Nombre de structures", 1_000_000),
  asOf: optionalDate,
  source: requiredText("Source", 300),
  version,
});

export const networkFiguresSchema = z
  .object({
    foundedYear: z.coerce
      .number({ message: "Année de création : saisissez une année." })
      .int("Année de création : une année, sans décimale.")
      .min(1900, "Année de création : 1900 au plus tôt.")
      .max(2100, "Année de création : 2100 au plus tard."),
    members: count("Adhérent(e)s"),
    aciCount: count("ACI du réseau"),
    employees: count("Salarié(e)s"),
    employeesInPathway: count("Salarié(e)s en parcours"),
    version,
  })
  .refine((f) => f.employeesInPathway <= f.employees, {
    path: ["employeesInPathway"],
    message: "Les salarié(e)s en parcours ne peuvent pas être plus nombreux que l’ensemble des salarié(e)s.",
  });
