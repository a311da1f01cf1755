import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { IntentLink } from "@/components/site/intent-link";
import { parseOpenDataEnv } from "@/lib/env";
import { API_RATE_LIMIT } from "@/lib/open-data/http";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/open-data/params";
import { textPageMetadata } from "@/lib/site";

const TITLE = "Données ouvertes et API de l’annuaire";
const DESCRIPTION =
  "L’annuaire des structures de l’IAE en données ouvertes : API sans jeton au format data·inclusion, téléchargement de toute recherche en CSV, JSON ou GeoJSON, sous Licence Ouverte 2.0.";

export const metadata: Metadata = textPageMetadata("/donnees", TITLE, DESCRIPTION);

const heading = "mt-8 text-xl font-semibold text-brand-900";
const code = "mt-2 overflow-x-auto rounded-lg bg-slate-900 p-3 text-sm text-slate-50";

/** schema.org's Dataset, as dataset search engines read it. */
function dataset(siteUrl: string) {
  const file = (format: string, encodingFormat: string) => ({
    "@type": "DataDownload",
    encodingFormat,
    contentUrl: `${siteUrl}/donnees/structures.${format}`,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: "Annuaire des structures de l’insertion par l’activité économique (IAE)",
    description: DESCRIPTION,
    url: `${siteUrl}/donnees`,
    license: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    isAccessibleForFree: true,
    inLanguage: "fr",
    creator: { "@type": "Organization", name: "Groupe SNS", url: siteUrl },
    spatialCoverage: "France",
    distribution: [file("csv", "text/csv"), file("json", "application/json"), file("geojson", "application/geo+json")],
  };
}

export default function OpenDataPage() {
  const { siteUrl, source } = parseOpenDataEnv();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <JsonLd data={dataset(siteUrl)} />
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{TITLE}</h1>
      <div className="prose-site mt-6">
        <p>
          Les structures de l’<IntentLink href="/annuaire">annuaire</IntentLink> sont publiées en données ouvertes, dans
          le format commun de l’écosystème de l’inclusion : le schéma{" "}
          <a href="https://github.com/gip-inclusion/data-inclusion-schema">data·inclusion</a> (version 1, « structure
          »). Sans inscription ni jeton, coordonnées comprises.
        </p>

        <h2 className={heading}>Ce qui est publié</h2>
        <ul>
          <li>
            Chaque structure de l’annuaire : nom, SIRET, adresse, code postal, commune et son code INSEE, latitude et
            longitude, site internet, description, lien vers sa fiche, et son type en valeur du schéma (<code>aci</code>
            , <code>ai</code>, <code>ei</code>, <code>eiti</code>, <code>etti</code>, <code>geiq</code>, <code>ea</code>
            , <code>eatt</code>) dans <code>reseaux_porteurs</code>.
          </li>
          <li>
            Le producteur (<code>source</code>) est <code>{source}</code> ; l’<code>id</code> d’une structure ne change
            pas quand sa fiche est modifiée.
          </li>
          <li>
            Les données changent quand l’équipe modifie l’annuaire : l’API et les téléchargements donnent toujours
            l’état du moment ; <code>date_maj</code> est le jour de la dernière modification de chaque fiche.
          </li>
        </ul>

        <h2 className={heading}>Licence et sources</h2>
        <p>
          Les données sont réutilisables librement, y compris commercialement, sous{" "}
          <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/">Licence Ouverte 2.0</a>, en mentionnant
          leur source : « Annuaire de l’IAE du Groupe SNS ». Elles proviennent de la liste publique des SIAE
          conventionnées de l’Agence de services et de paiement (via le Marché de l’inclusion, données de démonstration
          de 2020-2021), complétée par l’équipe ; les codes des communes viennent du découpage administratif de l’INSEE
          (Licence Ouverte), les noms, SIRET et adresses du répertoire SIRENE (Licence Ouverte).
        </p>

        <h2 className={heading}>Télécharger</h2>
        <p>
          Toute recherche de l’annuaire se télécharge en entier (pas seulement la page affichée) sous la liste des
          résultats : « Télécharger ces résultats ». L’annuaire complet :
        </p>
        <ul>
          <li>
            <a href="/donnees/structures.csv" download>
              structures.csv
            </a>{" "}
            : pour un tableur (UTF-8, séparateur point-virgule, noms de colonnes du schéma ; s’ouvre directement dans
            Excel et LibreOffice) ;
          </li>
          <li>
            <a href="/donnees/structures.json" download>
              structures.json
            </a>{" "}
            : un tableau de structures au format data·inclusion ;
          </li>
          <li>
            <a href="/donnees/structures.geojson" download>
              structures.geojson
            </a>{" "}
            : pour un logiciel de cartographie (les structures sans position ont une géométrie vide).
          </li>
        </ul>
        <p>Les filtres de l’annuaire s’ajoutent à l’adresse, avec les mêmes noms :</p>
        <pre className={code} tabIndex={0}>
          <code>{`curl -o aci-moselle.csv "${siteUrl}/donnees/structures.csv?type=ACI&departement=57"`}</code>
        </pre>

        <h2 className={heading}>API</h2>
        <p>
          <code>GET /api/v1/structures</code> répond une page de structures, comme l’API de data·inclusion :{" "}
          <code>{`{"items": […], "total", "page", "size", "pages"}`}</code>, dans l’ordre des identifiants (une
          pagination stable pour moissonner). Sa description OpenAPI 3.1 :{" "}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
        </p>
        <pre className={code} tabIndex={0}>
          <code>{`# Les ateliers chantiers d’insertion à moins de 10 km de Metz
curl "${siteUrl}/api/v1/structures?type=ACI&commune=57463&rayon=10"

# Tout l’annuaire, 1 000 structures par page
curl "${siteUrl}/api/v1/structures?size=1000&page=2"

# Seulement ce qui a changé depuis le 1er novembre 2026
curl "${siteUrl}/api/v1/structures?date_maj_min=2026-11-01"

# Une structure
curl "${siteUrl}/api/v1/structures/134"`}</code>
        </pre>
        <h3 className="mt-6 font-semibold text-slate-900">Paramètres</h3>
        <ul>
          <li>
            <code>q</code> : texte (nom, enseigne, ville, code postal ou SIRET) ; <code>type</code> (répétable) ;{" "}
            <code>region</code> ; <code>departement</code> ;
          </li>
          <li>
            <code>commune</code> (code INSEE) ou <code>lat</code> et <code>lon</code>, avec <code>rayon</code> en km (2,
            5, 10, 15, 25, 50 ou 100 ; 25 par défaut) ;
          </li>
          <li>
            <code>date_maj_min</code> (AAAA-MM-JJ) ; <code>page</code> (à partir de 1) ; <code>size</code> (
            {DEFAULT_PAGE_SIZE} par défaut, {MAX_PAGE_SIZE} au plus).
          </li>
        </ul>
        <h3 className="mt-6 font-semibold text-slate-900">Limites et bonnes pratiques</h3>
        <ul>
          <li>
            {API_RATE_LIMIT.points} requêtes par minute et par adresse ; au-delà, la réponse est <code>429</code> avec{" "}
            <code>Retry-After</code> ; les en-têtes <code>RateLimit</code> et <code>RateLimit-Policy</code> donnent le
            compte restant.
          </li>
          <li>
            Chaque réponse porte un <code>ETag</code> : renvoyé dans <code>If-None-Match</code>, il vaut une réponse{" "}
            <code>304</code> sans contenu tant que rien n’a changé.
          </li>
          <li>
            L’API se lit depuis n’importe quel site (<code>Access-Control-Allow-Origin: *</code>), en lecture seule.
          </li>
        </ul>
        <h3 id="erreurs" className="mt-6 font-semibold text-slate-900">
          Erreurs
        </h3>
        <p>
          Les erreurs sont décrites en JSON (<code>application/problem+json</code>, RFC 9457), en français :
        </p>
        <ul>
          <li id="erreur-400">
            <code>400</code> : un paramètre invalide ou inconnu, nommé dans <code>errors</code> ;
          </li>
          <li id="erreur-404">
            <code>404</code> : structure ou adresse inconnue ;
          </li>
          <li id="erreur-405">
            <code>405</code> : l’API ne fait que lire (GET) ;
          </li>
          <li id="erreur-429">
            <code>429</code> : trop de requêtes, réessayer après <code>Retry-After</code> secondes ;
          </li>
          <li id="erreur-500">
            <code>500</code> : la requête n’a pas abouti ;
          </li>
          <li id="erreur-503">
            <code>503</code> : la base de données ne répond pas pour le moment, réessayer après <code>Retry-After</code>
            .
          </li>
        </ul>
      </div>
    </div>
  );
}
