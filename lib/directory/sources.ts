// Where a structure's record comes from (the `source` column): the official lists the demo directory was
// loaded from, or the team's own records. A Map, never an object: a source read from a file must not reach
// an object's prototype (`__proto__`, `constructor`).

/** The source of the records staff create, one by one or by import. */
export const IMPORT_SOURCE = "SNS";

const SOURCES = new Map([
  ["ASP", "liste des SIAE conventionnées de l’Agence de services et de paiement (ASP), via le Marché de l’inclusion"],
  ["GEIQ", "liste des GEIQ, via le Marché de l’inclusion"],
  ["EA_EATT", "liste des entreprises adaptées, via le Marché de l’inclusion"],
  ["USER_CREATED", "fiche créée par la structure sur le Marché de l’inclusion"],
  ["STAFF_CREATED", "fiche créée par l’équipe du Marché de l’inclusion"],
  [IMPORT_SOURCE, "fiche saisie par l’équipe du Groupe SNS"],
]);

export function describeSource(source: string) {
  return SOURCES.get(source) ?? "source non précisée";
}

/**
 * A staff import speaks for the team only: the official lists' names are theirs, and anything else is
 * unknown.
 */
export function isImportableSource(source: string) {
  return source === IMPORT_SOURCE;
}
