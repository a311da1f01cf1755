import type { Metadata } from "next";
import { connection } from "next/server";
import { IntentLink } from "@/components/site/intent-link";
import { parsePrivacyEnv } from "@/lib/env";
import { API_RATE_LIMIT } from "@/lib/open-data/http";
import { REPORT_LIMIT } from "@/lib/reports/limit";
import { textPageMetadata } from "@/lib/site";

const TITLE = "Données personnelles et confidentialité";
const DESCRIPTION =
  "Ce que le site du Groupe SNS collecte (signalements, comptes de l’équipe, journal des modifications, limites anti-abus), pourquoi, combien de temps, qui y a accès, et comment exercer vos droits.";

export const metadata: Metadata = textPageMetadata("/confidentialite", TITLE, DESCRIPTION);

const heading = "mt-8 text-xl font-semibold text-brand-900";

export default async function PrivacyPage() {
  // The contact and the retention are the deployment's settings, read at each request.
  await connection();
  const { PRIVACY_CONTACT, REPORT_RETENTION_MONTHS: months } = parsePrivacyEnv();
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{TITLE}</h1>
      <div className="prose-site mt-6">
        <p>
          Le site du Groupe SNS présente l’Atelier Chantier d’Insertion et publie un annuaire des structures de
          l’insertion. Il collecte le moins possible : pas de compte pour le public, pas de mesure d’audience, pas de
          publicité, pas de cookie pour les visiteurs.
        </p>

        <h2 className={heading}>Signalements d’erreur sur une fiche</h2>
        <ul>
          <li>
            <strong>Ce qui est gardé</strong> : la fiche concernée, la raison choisie, votre description et, si vous la
            donnez, votre adresse électronique.
          </li>
          <li>
            <strong>Pourquoi</strong> : corriger l’annuaire, et pouvoir vous répondre si vous l’avez souhaité.
          </li>
          <li>
            <strong>Qui les voit</strong> : l’équipe du Groupe SNS dans son espace de gestion, seulement. Ils ne sont
            jamais publiés, ni sur le site ni dans les <IntentLink href="/donnees">données ouvertes</IntentLink>.
          </li>
          <li>
            <strong>Combien de temps</strong> : jusqu’au traitement du signalement, puis {months} mois ; votre adresse
            et votre description sont alors effacées (la raison et la date restent, sans rien qui vous identifie).
          </li>
        </ul>

        <h2 className={heading}>Comptes de l’équipe et journal des modifications</h2>
        <p>
          Les membres de l’équipe ont un compte (adresse électronique, mot de passe chiffré par un hachage, rôle).
          Chaque modification de l’annuaire ou des textes du site est inscrite dans un journal (qui, quand, valeurs
          avant et après), pour savoir qui a changé quoi ; il est consultable par l’équipe. Les comptes sont gardés tant
          que la personne fait partie de l’équipe.
        </p>

        <h2 className={heading}>Limites contre les abus, journaux techniques</h2>
        <ul>
          <li>
            Pour limiter les abus, l’adresse IP est comptée, sans rien d’autre : tentatives de connexion à l’espace de
            gestion (15 minutes), signalements ({REPORT_LIMIT.points} par heure, gardée une heure), requêtes à l’API (
            {API_RATE_LIMIT.points} par minute, en mémoire seulement).
          </li>
          <li>
            Les journaux techniques du serveur contiennent les erreurs, sans adresse IP ni contenu des formulaires.
          </li>
          <li>
            « Autour de moi » demande votre position à votre navigateur, après un clic seulement ; arrondie à environ
            100 mètres, elle ne sert qu’à la recherche et n’est pas enregistrée.
          </li>
          <li>
            La vue « Carte » de l’annuaire charge les fonds de carte depuis les serveurs d’OpenStreetMap, qui voient
            alors votre adresse IP ; aucune autre page ne fait appel à un autre site au chargement.
          </li>
        </ul>

        <h2 className={heading}>Vos droits</h2>
        <p>
          Vous pouvez demander à voir les données qui vous concernent, les faire corriger ou effacer (règlement général
          sur la protection des données, articles 15 à 17), en écrivant{" "}
          {PRIVACY_CONTACT ? (
            <>
              à <a href={`mailto:${PRIVACY_CONTACT}`}>{PRIVACY_CONTACT}</a>
            </>
          ) : (
            "au Groupe SNS"
          )}
          . Si la réponse ne vous satisfait pas, vous pouvez saisir la Commission nationale de l’informatique et des
          libertés (<a href="https://www.cnil.fr/fr/plaintes">cnil.fr</a>).
        </p>
      </div>
    </div>
  );
}
