import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/directory/pagination";
import { ResultList } from "@/components/directory/result-list";
import { SearchForm } from "@/components/directory/search-form";
import { IntentLink } from "@/components/site/intent-link";
import {
  getRegionsWithDepartments,
  getSearchResults,
  type SearchPlace,
  type SearchResult,
} from "@/lib/directory/queries";
import { communeLabel, resolvePlace, type CommuneChoice } from "@/lib/geo/queries";
import { directorySearchKey, parseDirectorySearchKey } from "@/lib/directory/search-key";
import { directoryHref, isFiltered, parseDirectoryQuery, type DirectoryQuery } from "@/lib/directory/search-params";
import { pluralize } from "@/lib/format";

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
  // A place typed without the suggestions: the one commune it names is searched around; several, or none,
  // are offered to choose from instead of results.
  const typed = query.place && !query.commune ? await resolvePlace(query.place) : null;
  const searched = typed?.commune ? { ...query, commune: typed.commune.code, place: "" } : query;
  const [regions, result] = await Promise.all([
    getRegionsWithDepartments(),
    typed?.choices ? null : getSearchResults(searched),
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
      {result ? <Results query={searched} result={result} /> : <PlaceChoices query={query} choices={typed!.choices!} />}
    </div>
  );
}

/** The communes a typed place may mean, each a link to the search around it. */
function PlaceChoices({ query, choices }: { query: DirectoryQuery; choices: CommuneChoice[] }) {
  return (
    <section aria-labelledby="resultats" className="mt-10">
      <h2 id="resultats" className="text-xl font-semibold text-slate-900" aria-live="polite">
        {choices.length === 0 ? "Commune introuvable" : "Quelle commune ?"}
      </h2>
      {choices.length === 0 ? (
        <p className="mt-3 text-slate-700">
          Aucune commune ne correspond à « {query.place} ». Vérifiez l’orthographe, ou saisissez un code postal.
        </p>
      ) : (
        <>
          <p className="mt-3 text-slate-700">Plusieurs communes correspondent à « {query.place} » :</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-3">
            {choices.map((commune) => (
              <li key={commune.code}>
                <IntentLink href={directoryHref(query, { place: "", commune: commune.code, page: 1 })}>
                  {communeLabel(commune)}
                </IntentLink>
                {commune.postalCode ? <span className="text-sm text-slate-600"> · {commune.postalCode}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Results({ query, result }: { query: DirectoryQuery; result: SearchResult }) {
  return (
    <section aria-labelledby="resultats" className="mt-10">
      <h2 id="resultats" className="text-xl font-semibold text-slate-900" aria-live="polite">
        {result.isUnsearchable || result.isUnknownPlace
          ? "Aucun résultat"
          : result.total === 0
            ? `Aucune structure trouvée${placeText(result.place, query.radius)}`
            : `${pluralize(result.total, "structure trouvée", "structures trouvées")}${placeText(result.place, query.radius)}${
                result.pageCount > 1 ? ` — page ${Math.min(query.page, result.pageCount)} sur ${result.pageCount}` : ""
              }`}
      </h2>
      <ResultState
        query={query}
        total={result.total}
        pageCount={result.pageCount}
        isUnsearchable={result.isUnsearchable}
        isUnknownPlace={result.isUnknownPlace}
        isInvalidPosition={result.isInvalidPosition}
      />
      {result.items.length > 0 ? <ResultList items={result.items} /> : null}
      <Pagination query={query} pageCount={result.pageCount} />
    </section>
  );
}

/** " à moins de 25 km de Metz (57)", or " à Metz (57)" for a commune without a point to measure from. */
function placeText(place: SearchPlace | null, radius: number) {
  if (!place) return "";
  const name = place.code ? communeLabel(place) : place.name;
  return place.hasPoint ? ` à moins de ${radius}\u00a0km de ${name}` : ` à ${name}`;
}

function ResultState(props: {
  query: DirectoryQuery;
  total: number;
  pageCount: number;
  isUnsearchable: boolean;
  isUnknownPlace: boolean;
  isInvalidPosition: boolean;
}) {
  const { query, total, pageCount, isUnsearchable, isUnknownPlace, isInvalidPosition } = props;
  if (isInvalidPosition) {
    return (
      <p className="mt-3 text-slate-700">
        La position reçue n’en est pas une (latitude entre -90 et 90, longitude entre -180 et 180). Utilisez le bouton «
        Autour de moi », ou{" "}
        <IntentLink href={directoryHref(query, { latitude: "", longitude: "", page: 1 })}>
          cherchez sans position
        </IntentLink>
        .
      </p>
    );
  }
  if (isUnknownPlace) {
    return (
      <p className="mt-3 text-slate-700">
        Aucune commune n’a le code « {query.commune} ». Choisissez la commune par son nom ou son code postal, ou{" "}
        <IntentLink href={directoryHref(query, { commune: "", page: 1 })}>cherchez sans commune</IntentLink>.
      </p>
    );
  }
  if (isUnsearchable) {
    return <p className="mt-3 text-slate-700">Saisissez au moins une lettre ou un chiffre pour lancer la recherche.</p>;
  }
  if (total === 0) {
    return (
      <div className="mt-3 text-slate-700">
        <p>Aucune structure ne correspond à cette recherche.</p>
        <ul className="mt-2 list-disc pl-6">
          <li>vérifiez l’orthographe, ou cherchez un seul mot (nom, ville ou SIRET) ;</li>
          <li>retirez un filtre de type, de région ou de département ;</li>
          <li>
            ou <IntentLink href="/annuaire">affichez toutes les structures</IntentLink>.
          </li>
        </ul>
      </div>
    );
  }
  if (query.page > pageCount) {
    return (
      <p className="mt-3 text-slate-700">
        La page {query.page} n’existe pas pour cette recherche, qui compte {pluralize(pageCount, "page")}.{" "}
        <IntentLink href={directoryHref(query, { page: 1 })}>Revenir à la première page</IntentLink>.
      </p>
    );
  }
  return null;
}
