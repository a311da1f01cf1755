import { z } from "zod";
import { MAX_SECTION_TEXT } from "@/lib/admin/limits";
import { optionalText, requiredText, version } from "@/lib/admin/validation";
import { toVideoSource } from "@/lib/content/video";

/** A section's key as seeded (« aci », « chantier-ecole »): anything else names no section. */
export const SECTION_KEY = /^[a-z0-9-]{1,100}$/;

export const sectionSchema = z.object({
  key: z.string().regex(SECTION_KEY, "Ce texte n’existe pas."),
  eyebrow: optionalText("Surtitre", 120),
  heading: requiredText("Titre", 200),
  body: requiredText("Texte", MAX_SECTION_TEXT, { multiline: true }),
  version,
});

export const videoSchema = z.object({
  title: requiredText("Titre", 150),
  caption: optionalText("Légende", 500, { multiline: true }).transform((value) => value ?? ""),
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
