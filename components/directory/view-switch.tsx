import { IntentLink } from "@/components/site/intent-link";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/search-params";
import { MAP_VIEW_PATH } from "@/lib/geo/map-tiles";

const linkClass = "rounded-md px-3 py-1.5 text-sm font-medium no-underline";
const currentClass = `${linkClass} bg-brand-700 text-white hover:text-white`;

/** « Liste » and « Carte »: the same search shown two ways, the list first. */
export function ViewSwitch({ query, current }: { query: DirectoryQuery; current: "list" | "map" }) {
  return (
    <nav aria-label="Affichage des résultats" className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
      {current === "list" ? (
        <span aria-current="page" className={currentClass}>
          Liste
        </span>
      ) : (
        <IntentLink href={directoryHref(query, { page: 1 })} className={linkClass}>
          Liste
        </IntentLink>
      )}
      {current === "map" ? (
        <span aria-current="page" className={currentClass}>
          Carte
        </span>
      ) : (
        // A document load, not a client-side navigation: only the map view's own response lets the tiles in.
        <a href={directoryHref(query, { page: 1 }, MAP_VIEW_PATH)} className={linkClass}>
          Carte
        </a>
      )}
    </nav>
  );
}
