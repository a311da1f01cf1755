import { JsonLd } from "@/components/json-ld";
import { IntentLink } from "@/components/site/intent-link";
import { siteUrl } from "@/lib/site";

/** Accueil / Annuaire / the page: the trail people see, and the same for search engines (BreadcrumbList). */
export function DirectoryBreadcrumb({ name, path }: { name: string; path: string }) {
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "BreadcrumbList",
          itemListElement: [
            { "@type": "ListItem", position: 1, name: "Accueil", item: siteUrl("/") },
            { "@type": "ListItem", position: 2, name: "Annuaire de l’IAE", item: siteUrl("/annuaire") },
            { "@type": "ListItem", position: 3, name, item: siteUrl(path) },
          ],
        }}
      />
      <nav aria-label="Fil d’Ariane" className="text-sm">
        <ol className="flex flex-wrap gap-1 text-slate-600">
          <li>
            <IntentLink href="/">Accueil</IntentLink> <span aria-hidden="true">/</span>
          </li>
          <li>
            <IntentLink href="/annuaire">Annuaire</IntentLink> <span aria-hidden="true">/</span>
          </li>
          <li aria-current="page" className="text-slate-800">
            {name}
          </li>
        </ol>
      </nav>
    </>
  );
}
