// What a directory search found, as both its views (the list and the « Carte ») say it: the title of the
// results, why there are none, and the communes a typed place may mean.
import { IntentLink } from "@/components/site/intent-link";
import type { SearchPlace, SearchResult } from "@/lib/directory/queries";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/search-params";
import { pluralize } from "@/lib/format";
import { communeLabel, type CommuneChoice } from "@/lib/geo/queries";

/** « 42 structures trouvées à moins de 25 km de Metz (57) », with the page when there are several. */
export function resultsTitle(query: DirectoryQuery, result: SearchResult, { withPage = true } = {}) {
  if (result.isUnsearchable || result.isUnknownPlace || result.isInvalidPosition) return "Aucun résultat";
  const where = placeText(result.place, query.radius);
  if (result.total === 0) return `Aucune structure trouvée${where}`;
  const page =
    withPage && result.pageCount > 1 ? ` — page ${Math.min(query.page, result.pageCount)} sur ${result.pageCount}` : "";
  return `${pluralize(result.total, "structure trouvée", "structures trouvées")}${where}${page}`;
}

/** The communes a typed place may mean, each a link to the search around it. */
export function PlaceChoices({
  query,
  choices,
  basePath,
}: {
  query: DirectoryQuery;
  choices: CommuneChoice[];
  basePath?: string;
}) {
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
                <IntentLink href={directoryHref(query, { place: "", commune: commune.code, page: 1 }, basePath)}>
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

/** " à moins de 25 km de Metz (57)", or " à Metz (57)" for a commune without a point to measure from. */
function placeText(place: SearchPlace | null, radius: number) {
  if (!place) return "";
  const name = place.code ? communeLabel(place) : place.name;
  return place.hasPoint ? ` à moins de ${radius}\u00a0km de ${name}` : ` à ${name}`;
}

/** Why a search shows no list: text with nothing searchable, an unknown commune or position, no match, a page past the last. */
export function ResultState({ query, result }: { query: DirectoryQuery; result: SearchResult }) {
  const { total, pageCount, isUnsearchable, isUnknownPlace, isInvalidPosition } = result;
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
