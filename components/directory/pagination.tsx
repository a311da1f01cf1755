import { IntentLink } from "@/components/site/intent-link";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/search-params";

/** Pages around the current one, with the first and the last; null marks a gap. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  return sorted.flatMap((p, index) => (index > 0 && p - sorted[index - 1]! > 1 ? [null, p] : [p]));
}

const linkClass =
  "inline-flex min-w-10 items-center justify-center rounded-lg px-3 py-2 text-sm font-medium ring-1 ring-slate-300 no-underline hover:bg-brand-50";

export function Pagination({
  query,
  pageCount,
  basePath,
}: {
  query: DirectoryQuery;
  pageCount: number;
  basePath?: string;
}) {
  if (pageCount <= 1) return null;
  const { page } = query;
  return (
    <nav aria-label="Pagination des résultats" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && page <= pageCount ? (
          <li>
            <IntentLink href={directoryHref(query, { page: page - 1 }, basePath)} rel="prev" className={linkClass}>
              <span aria-hidden="true">←&nbsp;</span>Précédente
            </IntentLink>
          </li>
        ) : null}
        {pageWindow(Math.min(page, pageCount), pageCount).map((p, index) =>
          p === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={p}>
              <IntentLink
                href={directoryHref(query, { page: p }, basePath)}
                aria-current={p === page ? "page" : undefined}
                aria-label={`Page ${p}`}
                className={`${linkClass} aria-[current=page]:bg-brand-700 aria-[current=page]:text-white aria-[current=page]:ring-brand-700`}
              >
                {p}
              </IntentLink>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <IntentLink href={directoryHref(query, { page: page + 1 }, basePath)} rel="next" className={linkClass}>
              Suivante<span aria-hidden="true">&nbsp;→</span>
            </IntentLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
