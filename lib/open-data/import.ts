// Reading a data·inclusion v1 structures file for the back-office import: a JSON array (the API's items, the
// site's own structures.json) or a CSV with the schema's column names (the site's structures.csv). Each
// structure becomes one line per kind of the directory its `reseaux_porteurs` names, checked as the back-office
// form checks a structure; the rest of the import (preview, transaction, idempotence) is the CSV import's.
// Pure: no database here.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { CsvStructure, ParsedFile, ParsedRow } from "@/lib/directory/csv";
import { RESERVED_SLUGS } from "@/lib/directory/csv";
import { hasValidSiretKey, structureSchema } from "@/lib/directory/schema";
import { KIND_NETWORKS } from "@/lib/open-data/structure";
import type { StructureKind } from "@/lib/generated/prisma/enums";

const KIND_OF_NETWORK = new Map(
  Object.entries(KIND_NETWORKS).map(([kind, network]) => [network, kind as StructureKind]),
);

/**
 * The structure form's rules, but for the SIRET: a producer's SIRET with a wrong check digit is kept as
 * published (with a warning), where staff typing one are asked to check it.
 */
const dataInclusionSchema = structureSchema.extend({
  siret: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .refine((value) => /^\d{14}$/.test(value), "SIRET : 14 chiffres."),
});

/** Whether a CSV header is data·inclusion's (rather than the directory's own columns). */
export const isDataInclusionHeader = (columns: string[]) =>
  columns.includes("nom") && columns.includes("reseaux_porteurs");

/** Whether a text is a JSON file rather than a CSV one. */
export const looksLikeJson = (text: string) => /^\s*[[{]/.test(text);

type Item = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/**
 * The département of a structure: from its commune's INSEE code (2A004 → 2A, 97411 → 974), else from its
 * postal code (Corsica's 20xxx: 200xx and 201xx are Corse-du-Sud).
 */
export function departmentOf(codeInsee: string, postalCode: string) {
  // Saint-Barthélemy (977) and Saint-Martin (978) are no départements: the directory files them under
  // Guadeloupe, as their postal codes (971xx) do.
  if (/^97[78]\d{2}$/.test(codeInsee) && /^971\d{2}$/.test(postalCode)) return "971";
  if (/^(97\d|98\d)\d{2}$/.test(codeInsee)) return codeInsee.slice(0, 3);
  if (/^(\d{2}|2A|2B)\d{3}$/i.test(codeInsee)) return codeInsee.slice(0, 2).toUpperCase();
  if (/^97\d{3}$/.test(postalCode)) return postalCode.slice(0, 3);
  if (/^20\d{3}$/.test(postalCode)) return Number(postalCode) < 20200 ? "2A" : "2B";
  if (/^\d{5}$/.test(postalCode)) return postalCode.slice(0, 2);
  return "";
}

/** The structure's slug when its `lien_source` is a page of this very site's directory. */
function ownSlug(link: string, siteUrl: string) {
  const prefix = `${siteUrl}/annuaire/`;
  if (!link.startsWith(prefix)) return null;
  // As the site serves them: the demo directory's own addresses keep their capitals (« …-2A »).
  const slug = link.slice(prefix.length);
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,198}[A-Za-z0-9])?$/.test(slug) && !RESERVED_SLUGS.has(slug.toLowerCase())
    ? slug
    : null;
}

/** One data·inclusion structure: a line for each of its kinds the directory knows, or the reason it has none. */
function readItem(line: number, item: unknown, siteUrl: string): ParsedRow[] {
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    return [{ line, error: "Élément qui n’est pas une structure (un objet JSON est attendu)." }];
  }
  const fields = item as Item;
  const networks = Array.isArray(fields.reseaux_porteurs)
    ? fields.reseaux_porteurs.map(text)
    : text(fields.reseaux_porteurs)
        .split(",")
        .map((value) => value.trim())
        .filter(Boolean);
  const kinds = [...new Set(networks.flatMap((network) => KIND_OF_NETWORK.get(network) ?? []))];
  if (kinds.length === 0) {
    const said = networks.length > 0 ? `« ${networks.join(", ").slice(0, 80)} »` : "aucun";
    return [
      {
        line,
        error: `reseaux_porteurs : ${said}, aucun type de l’annuaire (aci, ai, ei, eiti, etti, geiq, ea, eatt) : structure non importée.`,
      },
    ];
  }
  const postalCode = text(fields.code_postal).trim();
  const values = {
    siret: text(fields.siret),
    name: text(fields.nom),
    brand: "",
    address: text(fields.adresse),
    postalCode,
    city: text(fields.commune),
    departmentCode: departmentOf(text(fields.code_insee).trim(), postalCode),
    latitude: text(fields.latitude),
    longitude: text(fields.longitude),
    website: text(fields.site_web),
    description: text(fields.description),
  };
  const slug = ownSlug(text(fields.lien_source), siteUrl);
  return kinds.map((kind): ParsedRow => {
    const parsed = dataInclusionSchema.safeParse({ ...values, kind });
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) =>
        issue.path[0] === "departmentCode"
          ? "Département introuvable : ni code_insee ni code_postal valable."
          : issue.message,
      );
      return { line, error: messages.join(" ; ") };
    }
    // `nom` is the displayed name: an existing structure whose enseigne or raison sociale shows as this very
    // name keeps both (lib/directory/import.ts).
    const communeCode = text(fields.code_insee).trim().toUpperCase() || null;
    const data: CsvStructure = { ...parsed.data, slug, source: null, nameIsDisplayed: true, communeCode };
    return hasValidSiretKey(data.siret)
      ? { line, data }
      : { line, data, warning: `SIRET ${data.siret} : clé de contrôle fausse, gardé tel que le producteur le publie.` };
  });
}

/** A data·inclusion JSON file: an array of structures, numbered from 1 in the messages. */
function parseJson(content: string, siteUrl: string): ParsedFile {
  let items: unknown;
  try {
    items = JSON.parse(content);
  } catch {
    return { error: "Fichier JSON illisible (tronqué ?) : un tableau de structures data·inclusion est attendu." };
  }
  if (!Array.isArray(items)) {
    return { error: "Fichier JSON inattendu : un tableau de structures data·inclusion est attendu ([ {…}, {…} ])." };
  }
  if (items.length === 0) return { error: "Le fichier ne contient aucune structure." };
  return { rows: items.flatMap((item, index) => readItem(index + 1, item, siteUrl)) };
}

/** A data·inclusion CSV (the schema's columns; `;` or `,`; lists comma-separated in their cell). */
function parseCsv(content: string, delimiter: string, siteUrl: string): ParsedFile {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, { delimiter, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      error: `Fichier illisible${line ? ` (ligne ${line})` : ""} : vérifiez les guillemets et les séparateurs.`,
    };
  }
  const [header, ...data] = records;
  const columns = header!.record.map((name) => name.trim().toLowerCase());
  if (data.length === 0) return { error: "Le fichier ne contient aucune ligne de données." };
  let previousEnd = header!.info.lines;
  return {
    rows: data.flatMap(({ record, info }) => {
      const line = previousEnd + 1;
      previousEnd = info.lines;
      // Cells a spreadsheet would have run were exported with a leading apostrophe (lib/open-data/export.ts).
      const item = Object.fromEntries(
        columns.map((column, index) => [column, (record[index] ?? "").replace(/^'(?=[=+\-@\t\r])/, "")]),
      );
      return readItem(line, item, siteUrl);
    }),
  };
}

export function parseDataInclusionFile(content: string, siteUrl: string, delimiter = ";"): ParsedFile {
  return looksLikeJson(content) ? parseJson(content, siteUrl) : parseCsv(content, delimiter, siteUrl);
}
