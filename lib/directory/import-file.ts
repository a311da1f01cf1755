// Which reader an import file needs: the directory's own CSV columns, or data·inclusion v1 (a JSON array, or a
// CSV with the schema's column names), told apart by the file itself.
import { delimiterOf, parseStructuresCsv, type ParsedFile } from "@/lib/directory/csv";
import { parseOpenDataEnv } from "@/lib/env";
import { isDataInclusionHeader, looksLikeJson, parseDataInclusionFile } from "@/lib/open-data/import";

export function parseImportFile(text: string): ParsedFile {
  const { siteUrl } = parseOpenDataEnv();
  if (looksLikeJson(text)) return parseDataInclusionFile(text, siteUrl);
  const body = text.replace(/^\uFEFF/, "");
  const delimiter = delimiterOf(body);
  const header = body.slice(0, body.search(/\r?\n|$/)).split(delimiter);
  const columns = header.map((name) => name.trim().replace(/^"|"$/g, "").toLowerCase());
  return isDataInclusionHeader(columns) ? parseDataInclusionFile(text, siteUrl, delimiter) : parseStructuresCsv(text);
}
