import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DepartmentMap } from "@/components/directory/department-map";
import { Downloads } from "@/components/directory/downloads";
import { Pagination } from "@/components/directory/pagination";
import { ResultList } from "@/components/directory/result-list";
import { SearchForm } from "@/components/directory/search-form";
import { PlaceChoices, ResultState, resultsTitle } from "@/components/directory/search-summary";
import { ViewSwitch } from "@/components/directory/view-switch";
import {
  getDepartmentCounts,
  getRegionsWithDepartments,
  getSearchResults,
  type RegionOption,
  type SearchResult,
} from "@/lib/directory/queries";
import { communeLabel, resolveTypedPlace } from "@/lib/geo/queries";
import { directorySearchKey, parseDirectorySearchKey } from "@/lib/directory/search-key";
import { directoryHref, isFiltered, parseDirectoryQuery, type DirectoryQuery } from "@/lib/directory/search-params";

// The directory, /annuaire?… for visitors: proxy.ts rewrites each search to this page, which Next.js renders
// once per distinct search and serves from its cache until staff change the directory (the directory's
// actions expire every search page at once, on every instance).
type Props = { params: Promise<{ cle: string }> };

/** The full list's first page is rendered at build time; searches on their first visit. */
export function generateStaticParams() {
  return [{ cle: directorySearchKey(parseDirectoryQuery({})) }];
}

async function queryOf(params: Props["params"]) {
  const query = parseDirectorySearchKey((await params).cle);
  if (!query) notFound();
  return query;
}

const DESCRIPTION =
  "Annuaire des structures de l’insertion par l’activité économique (ACI, AI, EI, EITI, ETTI) et des GEIQ et entreprises adaptées : recherche par nom, ville ou SIRET, filtres par type, région et département.";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = await queryOf(params);
  const base = query.q
    ? `Recherche « ${query.q.slice(0, 60)} » dans l’annuaire de l’IAE`
    : "Annuaire des structures de l’IAE";
  const title = query.page > 1 ? `${base} — page ${query.page}` : base;
  // Searches, filtered lists and pages past the last one are not pages of their own for search engines;
  // the plain list and its pages are.
  const isBeyondLastPage = query.page > 1 && query.page > (await getSearchResults(query)).pageCount;
  const isIndexable = !isFiltered(query) && !isBeyondLastPage;
  const canonical = isIndexable ? directoryHref(query) : "/annuaire";
  return {
    title,
    description: DESCRIPTION,
    alternates: { canonical },
    openGraph: { url: canonical, title, description: DESCRIPTION },
    robots: isIndexable ? undefined : { index: false, follow: true },
  };
}

export default async function DirectoryPage({ params }: Props) {
  const query = await queryOf(params);
  const { searched, choices } = await resolveTypedPlace(query);
  const [regions, result, counts] = await Promise.all([
    getRegionsWithDepartments(),
    choices ? null : getSearchResults(searched),
    choices ? null : getDepartmentCounts(searched),
  ]);
  const placeLabel = result?.place?.code ? communeLabel(result.place) : query.place;

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Annuaire des structures de l’IAE</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        Retrouvez les structures de l’insertion par l’activité économique, ainsi que des GEIQ et entreprises adaptées.
        Données de démonstration issues de la liste publique des SIAE conventionnées (ASP, 2020-2021).
      </p>
      <div className="mt-8">
        <SearchForm query={searched} regions={regions} placeLabel={placeLabel} />
      </div>
      {result && counts ? (
        <div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <Results query={searched} result={result} />
          <aside aria-label="Répartition par département">
            <DepartmentMap query={searched} counts={counts} departments={departmentsOf(regions)} />
          </aside>
        </div>
      ) : (
        <PlaceChoices query={query} choices={choices ?? []} />
      )}
    </div>
  );
}

/** Every département of the filters, by code. */
const departmentsOf = (regions: RegionOption[]) =>
  regions.flatMap((region) => region.departments).sort((a, b) => a.code.localeCompare(b.code));

function Results({ query, result }: { query: DirectoryQuery; result: SearchResult }) {
  return (
    <section aria-labelledby="resultats">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="resultats" className="text-xl font-semibold text-slate-900" aria-live="polite">
          {resultsTitle(query, result)}
        </h2>
        {result.total > 0 ? <ViewSwitch query={query} current="list" /> : null}
      </div>
      <ResultState query={query} result={result} />
      {result.items.length > 0 ? <ResultList items={result.items} /> : null}
      <Pagination query={query} pageCount={result.pageCount} />
      {result.total > 0 ? <Downloads query={query} total={result.total} /> : null}
    </section>
  );
}
