import { z } from "zod";
import { requiredText, version } from "@/lib/admin/validation";
import { toVideoSource } from "@/lib/content/video";

export const sectionSchema = z.object({
  key: z.string().min(1).max(100),
  eyebrow: z
    .string()
    .trim()
    .max(120, "Surtitre : 120 caractères au plus.")
    .transform((v) => v || null),
  heading: requiredText("Titre", 200),
  body: requiredText("Texte", 20_000),
  version,
});

export const videoSchema = z.object({
  title: requiredText("Titre", 150),
  caption: z.string().trim().max(500, "Légende : 500 caractères au plus."),
  videoUrl: z
    .string()
    .trim()
    .max(500, "L’adresse est trop longue.")
    .refine((value) => value === "" || toVideoSource(value) !== null, {
      message:
        "Adresse non acceptée : une vidéo YouTube ou Vimeo (https://…), un fichier vidéo .mp4, .webm ou .ogv en https, ou un fichier servi par le site (/videos/….mp4). Laissez vide pour masquer le bouton.",
    })
    .transform((value) => value || null),
  version,
});
