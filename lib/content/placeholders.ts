// Figures that staff update are referred to from the prose by {{name}}, so the text never states a stale
// number. Unknown names stay visible as typed, so that a typo shows on the page rather than vanishing.
import { formatNumber } from "@/lib/format";

export type PlaceholderValues = Record<string, string>;

export const PLACEHOLDER_DESCRIPTIONS: Record<string, string> = {
  total_iae: "total des structures de l’IAE (somme des comptes par type)",
  annee_fondation: "année de fondation du réseau Chantier École",
  adherents: "adhérent(e)s du réseau Chantier École",
  aci_reseau: "ACi portés par les adhérents du réseau",
  salaries: "salarié(e)s du réseau",
  salaries_parcours: "salarié(e)s en parcours",
};

export function placeholderValues(input: {
  total: number;
  figures: {
    foundedYear: number;
    members: number;
    aciCount: number;
    employees: number;
    employeesInPathway: number;
  } | null;
}): PlaceholderValues {
  const values: PlaceholderValues = { total_iae: formatNumber(input.total) };
  if (input.figures) {
    values.annee_fondation = String(input.figures.foundedYear);
    values.adherents = formatNumber(input.figures.members);
    values.aci_reseau = formatNumber(input.figures.aciCount);
    values.salaries = formatNumber(input.figures.employees);
    values.salaries_parcours = formatNumber(input.figures.employeesInPathway);
  }
  return values;
}

export function fillPlaceholders(text: string, values: PlaceholderValues) {
  // A name typed in the text never reaches the object's prototype ({{constructor}}, {{__proto__}}).
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (match, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : match,
  );
}
