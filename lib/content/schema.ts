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

/** The captions of a video file: a WebVTT file the site serves (/videos/….vtt), or one in https. */
export function isCaptionsAddress(value: string) {
  if (/^\/videos\/[\w.-]+\.vtt$/i.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.username === "" && url.password === "" && /\.vtt$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** An address that may be left empty (or left out of the form): null then. */
const optionalAddress = (check: (value: string) => boolean, message: string) =>
  z
    .string()
    .trim()
    .max(500, "L’adresse est trop longue.")
    .optional()
    .refine((value) => !value || check(value), { message })
    .transform((value) => value || null);

export const videoSchema = z
  .object({
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
    transcript: optionalText("Transcription", MAX_SECTION_TEXT, { multiline: true }).transform((value) => value ?? ""),
    captionsUrl: optionalAddress(
      isCaptionsAddress,
      "Adresse non acceptée : un fichier de sous-titres WebVTT servi par le site (/videos/….vtt) ou en https (….vtt).",
    ),
    describedUrl: optionalAddress(
      (value) => toVideoSource(value) !== null,
      "Adresse non acceptée : la version audiodécrite est une vidéo, aux mêmes conditions que l’adresse de la vidéo.",
    ),
    version,
  })
  // With a video, what someone who cannot see or hear it needs (RGAA 4.1 and 4.3).
  .superRefine((video, context) => {
    if (!video.videoUrl) return;
    if (!video.transcript) {
      context.addIssue({
        code: "custom",
        path: ["transcript"],
        message:
          "Ajoutez la transcription : ce qui est dit et ce qui est montré dans la vidéo, pour qui ne peut pas la voir ou l’entendre.",
      });
    }
    if (toVideoSource(video.videoUrl)?.type === "file" && !video.captionsUrl) {
      context.addIssue({
        code: "custom",
        path: ["captionsUrl"],
        message: "Ajoutez les sous-titres de ce fichier vidéo (un fichier WebVTT, .vtt).",
      });
    }
  });
