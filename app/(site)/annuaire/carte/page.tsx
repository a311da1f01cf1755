import type { Metadata } from "next";
import { ResultsMap } from "@/components/directory/results-map";
import { SearchForm } from "@/components/directory/search-form";
import { PlaceChoices, ResultState, resultsTitle } from "@/components/directory/search-summary";
import { ViewSwitch } from "@/components/directory/view-switch";
import { IntentLink } from "@/components/site/intent-link";
import { getRegionsWithDepartments, getSearchPoints, getSearchResults, MAP_POINT_LIMIT } from "@/lib/directory/queries";
import { directoryHref, parseDirectoryQuery } from "@/lib/directory/search-params";
import { parseMapEnv } from "@/lib/env";
import { formatNumber, pluralize } from "@/lib/format";
import { MAP_VIEW_PATH } from "@/lib/geo/map-tiles";
import { communeLabel, resolveTypedPlace } from "@/lib/geo/queries";

// The « Carte » view of a directory search, /annuaire/carte?… with the list's parameters. Rendered per
// request (its reads are cached like the list's); the only page whose policy lets the map tiles in.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Carte des structures de l’IAE",
  description: "Les structures de l’insertion par l’activité économique d’une recherche de l’annuaire, sur une carte.",
  // The list is the page of a search for search engines; its map adds nothing they can read.
  alternates: { canonical: "/annuaire" },
  robots: { index: false, follow: true },
};

export default async function DirectoryMapPage({ searchParams }: Props) {
  const query = { ...parseDirectoryQuery(await searchParams), page: 1 };
  const { searched, choices } = await resolveTypedPlace(query);
  const [regions, result, located] = await Promise.all([
    getRegionsWithDepartments(),
    choices ? null : getSearchResults(searched),
    choices ? null : getSearchPoints(searched),
  ]);
  const placeLabel = result?.place?.code ? communeLabel(result.place) : query.place;
  const { tilesUrl, attribution } = parseMapEnv();

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Carte des structures de l’IAE</h1>
      <div className="mt-8">
        <SearchForm query={searched} regions={regions} placeLabel={placeLabel} basePath={MAP_VIEW_PATH} />
      </div>
      {result && located ? (
        <section aria-labelledby="resultats" className="mt-10">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="resultats" className="text-xl font-semibold text-slate-900" aria-live="polite">
              {resultsTitle(searched, result, { withPage: false })}
            </h2>
            <ViewSwitch query={searched} current="map" />
          </div>
          <ResultState query={searched} result={result} />
          <Coverage
            total={result.total}
            shown={located.points.length}
            unlocated={located.unlocated}
            href={directoryHref(searched)}
          />
          {result.total > 0 ? (
            <div className="mt-4">
              <ResultsMap points={located.points} tilesUrl={tilesUrl} attribution={attribution} />
              <noscript>
                <p className="mt-2 text-slate-700">
                  La carte a besoin de JavaScript. <a href={directoryHref(searched)}>La liste</a> donne les mêmes
                  structures.
                </p>
              </noscript>
            </div>
          ) : null}
        </section>
      ) : (
        <PlaceChoices query={query} choices={choices ?? []} basePath={MAP_VIEW_PATH} />
      )}
    </div>
  );
}

/** What the map leaves out: structures without a known position, or past the points a map can take. */
function Coverage({
  total,
  shown,
  unlocated,
  href,
}: {
  total: number;
  shown: number;
  unlocated: number;
  href: string;
}) {
  if (total === 0 || shown + unlocated === total) {
    return unlocated > 0 ? (
      <p className="mt-3 text-slate-700">
        {pluralize(unlocated, "structure n’a", "structures n’ont")} pas de position connue : elles figurent dans{" "}
        <IntentLink href={href}>la liste</IntentLink>, pas sur la carte.
      </p>
    ) : null;
  }
  return (
    <p className="mt-3 text-slate-700">
      La carte montre les {formatNumber(MAP_POINT_LIMIT)} premières structures par ordre alphabétique : précisez la
      recherche (un lieu, un type, un département) pour les voir toutes.
    </p>
  );
}
