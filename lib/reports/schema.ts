// A visitor's report of an error on a structure's page: a reason from a fixed list, what is wrong, and an
// address to be told the outcome, if they wish.
import { z } from "zod";
import { optionalText, requiredText } from "@/lib/admin/validation";
import type { ReportReason } from "@/lib/generated/prisma/enums";
import { MAX_REPORT_TEXT, MIN_REPORT_TEXT, REPORT_REASONS } from "@/lib/reports/reasons";

export const reportSchema = z.object({
  slug: z.string().regex(/^[A-Za-z0-9-]{1,200}$/, "Cette fiche n’existe pas."),
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], {
    message: "Raison : choisissez ce qui ne va pas dans la liste.",
  }),
  description: requiredText("Description", MAX_REPORT_TEXT, { multiline: true }).refine(
    (value) => value.length >= MIN_REPORT_TEXT,
    `Description : ${MIN_REPORT_TEXT} caractères au moins, pour que l’équipe comprenne ce qui est faux.`,
  ),
  email: optionalText("Adresse électronique", 320).refine(
    (value) => value === null || z.email().safeParse(value).success,
    "Adresse électronique invalide (exemple : prenom.nom@exemple.fr), ou laissez le champ vide.",
  ),
  // A field people never see nor fill (hidden by CSS and from assistive technologies): robots do.
  website: z.string().max(0).optional(),
});

/** What a person reporting is told. */
export const REPORT_MESSAGES = {
  received:
    "Merci : votre signalement est transmis à l’équipe du Groupe SNS, qui va vérifier la fiche et la corriger si besoin.",
  contact:
    "Si vous avez laissé votre adresse électronique, l’équipe pourra vous écrire pour vous dire ce qu’elle en a fait.",
  limited: (minutes: number) =>
    `Plusieurs signalements sont déjà partis de votre connexion cette heure-ci : réessayez dans ${minutes} minute${minutes > 1 ? "s" : ""}. Votre texte est conservé.`,
} as const;
