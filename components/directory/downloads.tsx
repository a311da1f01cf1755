import Link from "next/link";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/search-params";
import { pluralize } from "@/lib/format";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/open-data/export";

/** « Télécharger ces résultats »: the whole search (not one page) as CSV, JSON or GeoJSON, without login. */
export function Downloads({ query, total }: { query: DirectoryQuery; total: number }) {
  const formats = Object.entries(EXPORT_FORMATS) as [ExportFormat, (typeof EXPORT_FORMATS)[ExportFormat]][];
  return (
    <p className="mt-6 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
      <span>Télécharger ces résultats ({pluralize(total, "structure")}) :</span>
      {formats.map(([format, { label }]) => (
        // Files, not pages: plain links, with the download attribute.
        <a key={format} href={directoryHref({ ...query, page: 1 }, {}, `/donnees/structures.${format}`)} download>
          {label}
        </a>
      ))}
      <Link href="/donnees">données ouvertes et API</Link>
    </p>
  );
}
