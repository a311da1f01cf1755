import { z } from "zod";
import { id, optionalDate, optionalUrl, requiredText, version } from "@/lib/admin/validation";

export const mandateSchema = z
  .object({
    organisation: requiredText("Organisation"),
    role: requiredText("Fonction"),
    level: z.enum(["DEPARTMENTAL", "REGIONAL", "NATIONAL"], { message: "Choisissez un niveau." }),
    url: optionalUrl,
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .refine((m) => !m.startsOn || !m.endsOn || m.endsOn >= m.startsOn, {
    path: ["endsOn"],
    message: "La fin du mandat ne peut pas précéder son début.",
  });

export const mandateUpdateSchema = z.intersection(mandateSchema, z.object({ id, version }));
export const mandateDeleteSchema = z.object({ id, version });
export const mandateMoveSchema = z.object({ id, direction: z.enum(["up", "down"]) });
