// What a report may say is wrong, and how long its text may be: read by the public form in the browser, so kept
// apart from the zod schema (lib/reports/schema.ts), which would otherwise ship zod with the page.
import type { ReportReason } from "@/lib/generated/prisma/enums";

export const REPORT_REASONS: Record<ReportReason, string> = {
  CLOSED: "La structure a fermé",
  ADDRESS: "L’adresse a changé",
  CONTACT: "Le site internet ou les coordonnées sont faux",
  KIND: "Le type de structure est faux",
  DUPLICATE: "C’est un doublon",
  OTHER: "Autre",
};

export const MIN_REPORT_TEXT = 10;
export const MAX_REPORT_TEXT = 2000;
