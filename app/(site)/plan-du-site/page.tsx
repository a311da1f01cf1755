import type { Metadata } from "next";
import { IntentLink } from "@/components/site/intent-link";
import { getDepartmentsWithStructures, getRegionsWithDepartments } from "@/lib/directory/queries";
import { textPageMetadata } from "@/lib/site";

// Every page of the site from one place, besides the menu (RGAA 12.1): the directory's départements by région.

const TITLE = "Plan du site";
const DESCRIPTION =
  "Toutes les pages du site de l’Atelier Chantier d’Insertion du Groupe SNS : présentation, annuaire de l’IAE et ses départements, données ouvertes, accessibilité, confidentialité.";

export const metadata: Metadata = textPageMetadata("/plan-du-site", TITLE, DESCRIPTION);

const heading = "mt-8 text-xl font-semibold text-brand-900";

export default async function SitemapPage() {
  const [regions, withStructures] = await Promise.all([getRegionsWithDepartments(), getDepartmentsWithStructures()]);
  const listed = new Set(withStructures);
  const byRegion = regions
    .map((region) => ({ ...region, departments: region.departments.filter((d) => listed.has(d.code)) }))
    .filter((region) => region.departments.length > 0);

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{TITLE}</h1>
      <div className="prose-site mt-6">
        <h2 className={heading}>Le site</h2>
        <ul>
          <li>
            <IntentLink href="/">Accueil : l’Atelier Chantier d’Insertion du Groupe SNS et l’IAE</IntentLink>
          </li>
          <li>
            <IntentLink href="/annuaire">Annuaire des structures de l’IAE</IntentLink>
            <ul>
              <li>
                <IntentLink href="/annuaire/carte">L’annuaire sur une carte</IntentLink>
              </li>
              <li>Les structures par département, ci-dessous</li>
            </ul>
          </li>
          <li>
            <IntentLink href="/donnees">Données ouvertes et API de l’annuaire</IntentLink>
          </li>
          <li>
            <IntentLink href="/accessibilite">Déclaration d’accessibilité</IntentLink>
          </li>
          <li>
            <IntentLink href="/confidentialite">Données personnelles et confidentialité</IntentLink>
          </li>
          <li>
            <IntentLink href="/plan-du-site">Plan du site</IntentLink>
          </li>
          <li>
            <IntentLink href="/admin/connexion">Espace de gestion (équipe du Groupe SNS)</IntentLink>
          </li>
        </ul>

        <h2 className={heading}>L’annuaire par département</h2>
        {byRegion.map((region) => (
          <section key={region.code || "hors-region"} aria-labelledby={`region-${region.code || "hors"}`}>
            <h3 id={`region-${region.code || "hors"}`} className="mt-6 text-lg font-semibold text-brand-900">
              {region.name}
            </h3>
            <ul>
              {region.departments.map((department) => (
                <li key={department.code}>
                  <IntentLink href={`/annuaire/departement/${department.code}`}>
                    {department.name} ({department.code})
                  </IntentLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
