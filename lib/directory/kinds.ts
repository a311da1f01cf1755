// Kinds of structures, with the labels the national inclusion platform uses.
import type { StructureKind } from "@/lib/generated/prisma/enums";

type KindInfo = {
  /** Singular label, as on a structure's page. */
  label: string;
  /** Plural label, as in the national counts. */
  pluralLabel: string;
  isSiae: boolean;
  explanation: string;
};

export const STRUCTURE_KINDS = {
  ACI: {
    label: "Atelier chantier d’insertion",
    pluralLabel: "Structures porteuses d’ateliers et chantiers d’insertion",
    isSiae: true,
    explanation:
      "Un atelier chantier d’insertion propose à des personnes sans emploi rencontrant des difficultés sociales et professionnelles particulières un contrat de travail, une activité professionnelle et un accompagnement. Il est porté par une structure conventionnée par l’État.",
  },
  AI: {
    label: "Association intermédiaire",
    pluralLabel: "Associations intermédiaires",
    isSiae: true,
    explanation:
      "Une association intermédiaire embauche des personnes éloignées de l’emploi et les met à disposition de particuliers, d’associations, de collectivités ou d’entreprises, avec un accompagnement vers l’emploi durable.",
  },
  EI: {
    label: "Entreprise d’insertion",
    pluralLabel: "Entreprises d’insertion",
    isSiae: true,
    explanation:
      "Une entreprise d’insertion produit des biens ou des services sur le marché comme toute entreprise, et propose à des personnes éloignées de l’emploi un contrat de travail et un accompagnement.",
  },
  EITI: {
    label: "Entreprise d’insertion par le travail indépendant",
    pluralLabel: "Entreprises d’insertion par le travail indépendant",
    isSiae: true,
    explanation:
      "Une entreprise d’insertion par le travail indépendant accompagne des personnes éloignées de l’emploi qui exercent une activité professionnelle en tant que travailleurs indépendants.",
  },
  ETTI: {
    label: "Entreprise de travail temporaire d’insertion",
    pluralLabel: "Entreprises de travail temporaire d’insertion",
    isSiae: true,
    explanation:
      "Une entreprise de travail temporaire d’insertion propose des missions d’intérim à des personnes éloignées de l’emploi, avec un accompagnement social et professionnel.",
  },
  GEIQ: {
    label: "Groupement d’employeurs pour l’insertion et la qualification",
    pluralLabel: "Groupements d’employeurs pour l’insertion et la qualification",
    isSiae: false,
    explanation:
      "Un GEIQ regroupe des entreprises qui recrutent des personnes éloignées de l’emploi et les forment en alternance à un métier. Ce n’est pas une structure de l’insertion par l’activité économique (SIAE).",
  },
  EA: {
    label: "Entreprise adaptée",
    pluralLabel: "Entreprises adaptées",
    isSiae: false,
    explanation:
      "Une entreprise adaptée emploie une majorité de travailleurs en situation de handicap. Elle relève du champ du handicap, et non de l’insertion par l’activité économique (SIAE).",
  },
  EATT: {
    label: "Entreprise adaptée de travail temporaire",
    pluralLabel: "Entreprises adaptées de travail temporaire",
    isSiae: false,
    explanation:
      "Une entreprise adaptée de travail temporaire propose des missions d’intérim à des travailleurs en situation de handicap. Elle ne fait pas partie des SIAE.",
  },
} as const satisfies Record<StructureKind, KindInfo>;

export const KIND_CODES = Object.keys(STRUCTURE_KINDS) as StructureKind[];

export function isStructureKind(value: string): value is StructureKind {
  return Object.hasOwn(STRUCTURE_KINDS, value);
}
