import { IntentLink } from "@/components/site/intent-link";
import { conformityLevel, SITE_CONFORMITY } from "@/lib/accessibility/audit";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 sm:px-6 md:grid-cols-2">
        <div>
          <p className="font-semibold text-slate-900">Groupe SNS — Atelier Chantier d’Insertion</p>
          <p className="mt-2">Moselle, Grand Est. Membre du réseau national Chantier École.</p>
          <p className="mt-4">
            <IntentLink href="/accessibilite">Accessibilité : {conformityLevel(SITE_CONFORMITY.rate)}</IntentLink>
          </p>
          <p className="mt-2">
            <IntentLink href="/donnees">Données ouvertes et API de l’annuaire</IntentLink>
          </p>
          <p className="mt-2">
            <IntentLink href="/confidentialite">Données personnelles et confidentialité</IntentLink>
          </p>
          <p className="mt-2">
            <IntentLink href="/plan-du-site">Plan du site</IntentLink>
          </p>
        </div>
        <div>
          <h2 className="font-semibold text-slate-900">Sources des données</h2>
          <ul className="mt-2 space-y-1">
            <li>
              Annuaire : liste publique des SIAE conventionnées (ASP), via le Marché de l’inclusion (GIP Plateforme de
              l’inclusion), données de décembre 2020 à février 2021.
            </li>
            <li>Départements et régions : geo.api.gouv.fr, Licence Ouverte (Etalab).</li>
            <li>
              Communes et codes postaux : découpage administratif d’Etalab (INSEE), Licence Ouverte ; position des
              communes : GeoNames, licence CC BY 4.0.
            </li>
            <li>Contours des départements : IGN Admin Express, via France GeoJSON, Licence Ouverte.</li>
            <li>Raisons sociales, SIRET et adresses : répertoire SIRENE, Licence Ouverte.</li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
