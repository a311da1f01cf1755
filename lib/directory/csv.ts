// Reading a CSV file of structures as staff export them: the sample's columns, separated by commas or
// semicolons, in UTF-8 (with or without BOM) or Windows-1252. A file whose encoding is not one of these, or
// is mixed or garbled, is refused with the lines at fault rather than stored with broken letters. Pure: no
// database here.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { structureSchema, type StructureInput } from "@/lib/directory/schema";
import { isImportableSource } from "@/lib/directory/sources";

/** CSV column → form field. The sample's other columns (pk, naf, legal_form…) are ignored. */
const COLUMNS = new Map<string, keyof StructureInput | "slug" | "source">([
  ["siret", "siret"],
  ["kind", "kind"],
  ["name", "name"],
  ["brand", "brand"],
  ["address", "address"],
  ["post_code", "postalCode"],
  ["city", "city"],
  ["department", "departmentCode"],
  ["latitude", "latitude"],
  ["longitude", "longitude"],
  ["website", "website"],
  ["description", "description"],
  ["slug", "slug"],
  ["source", "source"],
]);
const REQUIRED = ["siret", "kind", "name", "city", "department"];

/**
 * The address segments of /annuaire that are pages of their own, not structures (and of /admin/annuaire,
 * where a structure's edit page is at its slug).
 */
export const RESERVED_SLUGS = new Set(["recherche", "departement", "donnees", "carte", "nouvelle", "import"]);

export const slugSchema = z
  .string()
  .max(200, "adresse (slug) : 200 caractères au plus")
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "adresse (slug) : lettres minuscules sans accent, chiffres et tirets")
  .refine((slug) => !RESERVED_SLUGS.has(slug), "adresse (slug) : ce mot est réservé par le site");

export type CsvStructure = StructureInput & {
  slug: string | null;
  source: string | null;
  /** `name` is the name the directory displays (data·inclusion's `nom`), enseigne or raison sociale. */
  nameIsDisplayed?: boolean;
  /** The commune's INSEE code, when the file gives it (data·inclusion's `code_insee`). */
  communeCode?: string | null;
};
export type ParsedRow =
  { line: number; data: CsvStructure; warning?: string } | { line: number; error: string; data?: undefined };
export type ParsedFile = { rows: ParsedRow[]; error?: undefined } | { rows?: undefined; error: string };
export type DecodedFile = { text: string; error?: undefined } | { text?: undefined; error: string };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, œ, Œ, curly quotes, dashes…). Node 20's
// TextDecoder("windows-1252") decodes as Latin-1 there, so those 32 bytes are mapped here.
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_BYTE = new Map([...CP1252_HIGH].map((char, index) => [char, 0x80 + index]));

function decodeWindows1252(bytes: Uint8Array) {
  let text = "";
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function isUtf8(bytes: Uint8Array) {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The file's lines as bytes, numbered from 1 (a CR before the LF stays with its line). */
function byteLines(bytes: Uint8Array) {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

/** "ligne 3", "lignes 3, 8 et 12", "lignes 3, 8, 12… (27 lignes)": the lines named in a message. */
export function nameLines(lines: number[]) {
  if (lines.length === 1) return `ligne ${lines[0]}`;
  const shown = lines.slice(0, 10);
  if (lines.length > shown.length) return `lignes ${shown.join(", ")}… (${lines.length} lignes)`;
  return `lignes ${shown.slice(0, -1).join(", ")} et ${shown.at(-1)}`;
}

// The first byte of é, è, à, ç, É… (Ã), of « » and the no-break space (Â), of ’ and € (â), of œ (Å), each
// followed by what a continuation byte reads as in Windows-1252.
const MOJIBAKE =
  /[ÂÃâÅ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * A line that is UTF-8 read as Windows-1252 then saved again as UTF-8 ("Ã‰conomie" for "Économie"): its
 * characters, written back as Windows-1252 bytes, are valid UTF-8 again and say something else.
 */
function isDoubleEncoded(line: string) {
  if (!MOJIBAKE.test(line)) return false;
  const bytes: number[] = [];
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const byte = code < 0x100 ? code : CP1252_BYTE.get(char);
    if (byte === undefined) return false;
    bytes.push(byte);
  }
  return isUtf8(Uint8Array.from(bytes));
}

/**
 * The file's text: UTF-8 when it is valid UTF-8, else Windows-1252 (what Excel writes on French Windows).
 * Refused: UTF-16, a file that mixes both, text already garbled by a wrong conversion, NUL bytes.
 */
export function decodeCsv(bytes: Uint8Array): DecodedFile {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const nulCount = bytes.subarray(0, 1000).filter((byte) => byte === 0).length;
  if (utf16Bom || nulCount > Math.min(bytes.length, 1000) / 4) {
    return {
      error:
        "Fichier en UTF-16 (« Texte Unicode » d’Excel) : enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) », puis importez-le à nouveau.",
    };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const lines = byteLines(body);
  const withNul = lines.flatMap((line, index) => (line.includes(0) ? [index + 1] : []));
  if (withNul.length > 0) {
    return {
      error: `Caractère nul (octet 0) dans le fichier, ${nameLines(withNul)} : ce n’est pas un fichier texte CSV.`,
    };
  }
  let text: string;
  if (isUtf8(body)) {
    text = utf8.decode(body);
  } else {
    // Lines that are UTF-8 with accents, beside lines that are not: two encodings in one file.
    const nonAscii = (line: Uint8Array) => line.some((byte) => byte >= 0x80);
    const inUtf8 = lines.filter((line) => nonAscii(line) && isUtf8(line)).length;
    if (inUtf8 > 0) {
      const others = lines.flatMap((line, index) => (isUtf8(line) ? [] : [index + 1]));
      return {
        error: `Encodage mélangé : ce fichier est en UTF-8 sauf ${nameLines(others)}, écrite(s) dans un autre encodage (Windows-1252 ?). Corrigez ces lignes ou enregistrez tout le fichier en « CSV UTF-8 ».`,
      };
    }
    text = decodeWindows1252(body);
  }
  const garbled = text.split("\n").flatMap((line, index) => (isDoubleEncoded(line) ? [index + 1] : []));
  if (garbled.length > 0) {
    return {
      error: `Lettres accentuées abîmées (« Ã© » au lieu de « é »), ${nameLines(garbled)} : le fichier a été converti deux fois. Repartez du fichier d’origine et enregistrez-le en « CSV UTF-8 ».`,
    };
  }
  return { text };
}

export function delimiterOf(text: string) {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

function readRecords(text: string) {
  return parse(text, {
    delimiter: delimiterOf(text),
    skip_empty_lines: true,
    info: true,
    relax_column_count: false,
    trim: false,
  }) as unknown as { record: string[]; info: { lines: number } }[];
}

/** One data line: its fields by name, validated as the back-office form validates them. */
function readRow(line: number, cells: Map<string, string>): ParsedRow {
  const values = Object.fromEntries([...COLUMNS].map(([column, field]) => [field, cells.get(column) ?? ""]));
  const parsed = structureSchema.safeParse(values);
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  const source = values.source!.trim() || null;
  if (source !== null && !isImportableSource(source)) {
    errors.push(
      `Source « ${source.slice(0, 50)} » : un import ne peut pas se réclamer d’une autre source que SNS (laissez la colonne vide).`,
    );
  }
  if (!parsed.success || errors.length > 0) return { line, error: errors.join(" ; ") };
  const fileSlug = values.slug!.trim();
  const slug = fileSlug ? slugSchema.safeParse(fileSlug) : null;
  return {
    line,
    data: { ...parsed.data, slug: slug?.success ? slug.data : null, source },
    ...(slug && !slug.success
      ? {
          warning: `${slug.error.issues[0]?.message} : « ${fileSlug.slice(0, 60)} » non retenue, une adresse est créée d’après le nom.`,
        }
      : {}),
  };
}

export function parseStructuresCsv(text: string): ParsedFile {
  let records: ReturnType<typeof readRecords>;
  try {
    records = readRecords(text);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      error: `Fichier illisible${line ? ` (ligne ${line})` : ""} : vérifiez qu’il s’agit d’un CSV aux colonnes séparées par des virgules ou des points-virgules.`,
    };
  }
  const [header, ...data] = records;
  const columns = (header?.record ?? []).map((name) => name.trim().toLowerCase());
  const repeated = [...new Set(columns.filter((name, index) => name && columns.indexOf(name) !== index))];
  if (repeated.length > 0) return { error: `Colonne en double : ${repeated.join(", ")}. Gardez-en une seule.` };
  if (data.length === 0) {
    return columns.length === 0 || !REQUIRED.every((column) => columns.includes(column))
      ? { error: `Colonnes obligatoires absentes : ${REQUIRED.filter((c) => !columns.includes(c)).join(", ")}.` }
      : { error: "Le fichier ne contient aucune ligne de données." };
  }
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { error: `Colonnes obligatoires absentes : ${missing.join(", ")}.` };

  // A record may span several lines (a description with line breaks): it is named by its first line.
  let previousEnd = header!.info.lines;
  const rows = data.map(({ record, info }): ParsedRow => {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    return readRow(line, new Map(columns.map((column, index) => [column, record[index] ?? ""])));
  });
  return { rows };
}
