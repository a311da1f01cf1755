// The downloads of a search: CSV for spreadsheets (UTF-8 with BOM, semicolons, data·inclusion column names:
// Excel and LibreOffice open it right in French), JSON (an array of data·inclusion structures) and GeoJSON
// (a FeatureCollection). Streamed batch by batch from a database cursor: memory stays flat whatever the size.
import { stringify } from "csv-stringify/sync";
import type { OpenDataRow } from "@/lib/open-data/structure";
import { DATA_INCLUSION_FIELDS, toDataInclusion, type DataInclusionStructure } from "@/lib/open-data/structure";

export const EXPORT_FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", label: "CSV (tableur)" },
  json: { contentType: "application/json; charset=utf-8", label: "JSON" },
  geojson: { contentType: "application/geo+json; charset=utf-8", label: "GeoJSON (carte)" },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FORMATS, value);

type Producer = { source: string; siteUrl: string };

/**
 * A text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is prefixed with an
 * apostrophe, as OWASP recommends against CSV injection; the apostrophe is not shown by the spreadsheet.
 */
export function neutraliseFormula(text: string) {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCells(item: DataInclusionStructure) {
  return DATA_INCLUSION_FIELDS.map((field) => {
    const value = item[field];
    if (value === null) return "";
    if (typeof value === "number") return String(value);
    return neutraliseFormula(Array.isArray(value) ? value.join(",") : value);
  });
}

/** The site's CSV for spreadsheets: semicolons and CRLF, after a BOM, so that Excel and LibreOffice read it in French. */
export const SPREADSHEET_CSV = { bom: "\uFEFF", options: { delimiter: ";", record_delimiter: "\r\n" } } as const;
const CSV_OPTIONS = SPREADSHEET_CSV.options;

/** What each format writes before, between and after the structures. */
const ENCODERS: Record<
  ExportFormat,
  { start: string; encode: (items: DataInclusionStructure[], first: boolean) => string; end: string }
> = {
  csv: {
    start: `${SPREADSHEET_CSV.bom}${stringify([DATA_INCLUSION_FIELDS], CSV_OPTIONS)}`,
    encode: (items) => stringify(items.map(csvCells), CSV_OPTIONS),
    end: "",
  },
  json: {
    start: "[\n",
    encode: (items, first) => (first ? "" : ",\n") + items.map((item) => JSON.stringify(item)).join(",\n"),
    end: "\n]\n",
  },
  geojson: {
    start: '{"type":"FeatureCollection","features":[\n',
    encode: (items, first) =>
      (first ? "" : ",\n") +
      items
        .map((item) =>
          JSON.stringify({
            type: "Feature",
            // RFC 7946: longitude first; a structure without a position is a feature without geometry.
            geometry:
              item.latitude === null || item.longitude === null
                ? null
                : { type: "Point", coordinates: [item.longitude, item.latitude] },
            properties: item,
          }),
        )
        .join(",\n"),
    end: "\n]}\n",
  },
};

/** The file of a search as a byte stream, pulling one batch of rows at a time; cancelling stops the reading. */
export function exportStream(format: ExportFormat, batches: AsyncGenerator<OpenDataRow[]>, producer: Producer) {
  const encoder = new TextEncoder();
  const { start, encode, end } = ENCODERS[format];
  let first = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(start));
    },
    async pull(controller) {
      const { value: rows, done } = await batches.next();
      if (done) {
        controller.enqueue(encoder.encode(end));
        controller.close();
        return;
      }
      controller.enqueue(
        encoder.encode(
          encode(
            rows.map((row) => toDataInclusion(row, producer)),
            first,
          ),
        ),
      );
      first = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
