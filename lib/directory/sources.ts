// French wording of where a structure's record comes from (the `source` column of the sample data).
const SOURCES: Record<string, string> = {
  ASP: "liste des SIAE conventionnées de l’Agence de services et de paiement (ASP), via le Marché de l’inclusion",
  GEIQ: "liste des GEIQ, via le Marché de l’inclusion",
  EA_EATT: "liste des entreprises adaptées, via le Marché de l’inclusion",
  USER_CREATED: "fiche créée par la structure sur le Marché de l’inclusion",
  STAFF_CREATED: "fiche créée par l’équipe du Marché de l’inclusion",
};

export function describeSource(source: string) {
  return SOURCES[source] ?? source;
}
