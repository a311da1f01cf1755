// Reading a CSV file of structures as staff export them: the sample's columns, separated by commas or
// semicolons, in UTF-8 (with or without BOM) or Windows-1252. Pure: no database here.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { structureSchema, type StructureInput } from "@/lib/directory/schema";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** CSV column → form field. The sample's other columns (pk, naf, legal_form…) are ignored. */
const COLUMNS: Record<string, keyof StructureInput | "slug"> = {
  siret: "siret",
  kind: "kind",
  name: "name",
  brand: "brand",
  address: "address",
  post_code: "postalCode",
  city: "city",
  department: "departmentCode",
  latitude: "latitude",
  longitude: "longitude",
  website: "website",
  description: "description",
  slug: "slug",
};
const REQUIRED = ["siret", "kind", "name", "city", "department"];

export type CsvStructure = StructureInput & { slug: string | null; source: string | null };
export type ParsedRow = { line: number; data: CsvStructure } | { line: number; error: string };
export type ParsedFile = { rows: ParsedRow[]; error?: undefined } | { rows?: undefined; error: string };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, œ, Œ, curly quotes, dashes…). Node 20's
// TextDecoder("windows-1252") decodes as Latin-1 there, so those 32 bytes are mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array) {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what Excel writes on French Windows). */
export function decodeCsv(bytes: Uint8Array) {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

function delimiterOf(text: string) {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function parseStructuresCsv(text: string): ParsedFile {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
      trim: false,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      error: `Fichier illisible${line ? ` (ligne ${line})` : ""} : vérifiez qu’il s’agit d’un CSV aux colonnes séparées par des virgules ou des points-virgules.`,
    };
  }
  const headers = Object.keys(records[0]?.record ?? {});
  const missing = REQUIRED.filter((column) => !headers.includes(column));
  if (records.length === 0) return { error: "Le fichier ne contient aucune ligne de données." };
  if (missing.length > 0) return { error: `Colonnes obligatoires absentes : ${missing.join(", ")}.` };

  // A record may span several lines (a description with line breaks): it is named by its first line.
  let previousEnd = 1;
  const rows = records.map(({ record, info }): ParsedRow => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    const values: Record<string, string> = {};
    for (const [column, field] of Object.entries(COLUMNS)) values[field] = record[column] ?? "";
    const parsed = structureSchema.safeParse(values);
    if (!parsed.success) return { line, error: parsed.error.issues.map((issue) => issue.message).join(" ; ") };
    const slug = z
      .string()
      .regex(/^[A-Za-z0-9-]{1,200}$/)
      .safeParse(values.slug?.trim());
    const source = record.source?.trim().slice(0, 50) || null;
    return { line, data: { ...parsed.data, slug: slug.success ? slug.data : null, source } };
  });
  return { rows };
}
