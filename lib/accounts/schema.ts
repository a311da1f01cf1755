import { z } from "zod";
import { id, version } from "@/lib/admin/validation";
import { passwordSchema } from "@/lib/auth/password";

const role = z.enum(["ADMIN", "EDITOR"], { message: "Choisissez un rôle." });

export const accountCreateSchema = z.object({
  email: z.email({ message: "Adresse électronique invalide." }).max(320),
  role,
  password: passwordSchema,
});

export const accountUpdateSchema = z.object({
  id,
  version,
  role,
  isDisabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const accountPasswordSchema = z.object({ id, password: passwordSchema });

export const ownPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Saisissez votre mot de passe actuel.").max(1024),
    password: passwordSchema,
    confirmation: z.string(),
  })
  .refine((v) => v.password === v.confirmation, {
    path: ["confirmation"],
    message: "Les deux saisies du nouveau mot de passe diffèrent.",
  });
