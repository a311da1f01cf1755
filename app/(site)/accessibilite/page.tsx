import type { Metadata } from "next";
import { connection } from "next/server";
import { IntentLink } from "@/components/site/intent-link";
import {
  AUDIT,
  AUDIT_GRID_PATH,
  type AuditPage,
  SITE_CONFORMITY,
  conformityLevel,
  nonConformities,
} from "@/lib/accessibility/audit";
import { parseAccessibilityEnv } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { textPageMetadata } from "@/lib/site";

// The statement, as the RGAA's model asks for it, written from the audit grid (lib/accessibility/audit.json):
// the state, the rate, what fails and where, the dérogations, how the audit was made, the pages of the sample,
// the grid to download, whom to write to and the recourse.

const TITLE = "Déclaration d’accessibilité";
const DESCRIPTION =
  "Déclaration d’accessibilité du site de l’Atelier Chantier d’Insertion du Groupe SNS : état de conformité au RGAA 4.1, taux de conformité, contenus non accessibles, grille d’audit et voies de recours.";

export const metadata: Metadata = textPageMetadata("/accessibilite", TITLE, DESCRIPTION);

/** The sample's public pages are linked; the back office's, and the addresses that answer 404, are named. */
const isLinkable = (page: AuditPage) =>
  !page.path.startsWith("/admin") && !page.path.includes("{") && !page.route.endsWith("not-found.tsx");

const heading = "mt-8 text-xl font-semibold text-brand-900";
const subheading = "mt-6 text-lg font-semibold text-brand-900";

export default async function AccessibilityPage() {
  // The contact is the deployment's setting, read at each request.
  await connection();
  const { contact } = parseAccessibilityEnv();
  const { conforming, failing, notApplicable, rate } = SITE_CONFORMITY;
  const level = conformityLevel(rate);
  const failures = nonConformities();
  const rateText = rate.toLocaleString("fr-FR", { maximumFractionDigits: 2 });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">{TITLE}</h1>
      <div className="prose-site mt-6">
        <p>
          Le Groupe SNS s’engage à rendre son site accessible, conformément à l’article 47 de la loi n° 2005-102 du 11
          février 2005. Cette déclaration s’applique {AUDIT.scope}.
        </p>

        <h2 className={heading}>État de conformité</h2>
        <p>
          Le site est <strong>{level}</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA),
          version 4.1{failing > 0 ? ", en raison des non-conformités énumérées ci-dessous" : ""}.
        </p>

        <h2 className={heading}>Résultats des tests</h2>
        <p>
          L’audit de conformité réalisé le {formatDate(AUDIT.auditedOn)} par {AUDIT.auditor} révèle que{" "}
          <strong>{rateText} %</strong> des critères du RGAA version 4.1 sont respectés : {conforming} critères
          conformes, {failing} non conformes et {notApplicable} non applicables, sur 106, pour les {AUDIT.pages.length}{" "}
          pages de l’échantillon.
        </p>
        <p>
          <a href={AUDIT_GRID_PATH} download>
            Télécharger la grille d’audit
          </a>{" "}
          (fichier CSV pour tableur : chaque critère sur chaque page, avec son statut, sa justification et ce qui le
          vérifie).
        </p>

        <h2 className={heading}>Contenus non accessibles</h2>
        <h3 className={subheading}>Non-conformités</h3>
        {failures.length === 0 ? (
          <p>Aucune.</p>
        ) : (
          <ul>
            {failures.map((failure) => (
              <li key={failure.number}>
                <strong>Critère {failure.number}</strong> ({failure.theme}) : {failure.reasons.join(" ")} Pages
                concernées : {failure.pages.map((page) => page.title).join(", ")}.
              </li>
            ))}
          </ul>
        )}
        <h3 className={subheading}>Dérogations pour charge disproportionnée</h3>
        {AUDIT.derogations.length === 0 ? (
          <p>Aucune.</p>
        ) : (
          <ul>
            {AUDIT.derogations.map((derogation) => (
              <li key={derogation.id}>
                <strong>{derogation.content}</strong> : {derogation.reason} Alternative : {derogation.alternative}
              </li>
            ))}
          </ul>
        )}
        <h3 className={subheading}>Contenus non soumis à l’obligation d’accessibilité</h3>
        <p>Aucun.</p>

        <h2 className={heading}>Établissement de cette déclaration</h2>
        <p>Cette déclaration a été établie le {formatDate(AUDIT.auditedOn)}.</p>
        <h3 className={subheading}>Technologies utilisées pour la réalisation du site</h3>
        <p>{AUDIT.technologies.join(", ")}.</p>
        <h3 className={subheading}>Environnement de test</h3>
        <ul>
          {AUDIT.environment.map((line) => (
            <li key={line}>{line}.</li>
          ))}
        </ul>
        <h3 className={subheading}>Outils pour évaluer l’accessibilité</h3>
        <ul>
          {AUDIT.tools.map((line) => (
            <li key={line}>{line}.</li>
          ))}
        </ul>
        <h3 className={subheading}>Pages du site ayant fait l’objet de la vérification de conformité</h3>
        <ol>
          {AUDIT.pages.map((page) => (
            <li key={page.id}>
              {!isLinkable(page) ? (
                <>
                  {page.title} (<code className="[overflow-wrap:anywhere]">{page.path}</code>)
                </>
              ) : (
                <>
                  <IntentLink href={page.path}>{page.title}</IntentLink> (
                  <code className="[overflow-wrap:anywhere]">{page.path}</code>)
                </>
              )}
            </li>
          ))}
        </ol>

        <h2 className={heading}>Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable du site
          pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme, en écrivant{" "}
          {contact ? (
            <>
              à <a href={`mailto:${contact}`}>{contact}</a>
            </>
          ) : (
            "au Groupe SNS"
          )}
          . Pour une erreur dans la fiche d’une structure de l’annuaire, le lien « Signaler une erreur » de la fiche
          suffit.
        </p>

        <h2 className={heading}>Voies de recours</h2>
        <p>
          Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu ou à une fonctionnalité du
          site, que vous nous le signalez et que vous ne parvenez pas à obtenir une réponse de notre part, vous êtes en
          droit de faire parvenir vos doléances ou une demande de saisine au Défenseur des droits. Plusieurs moyens sont
          à votre disposition :
        </p>
        <ul>
          <li>
            écrire un message au Défenseur des droits (
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne</a>) ;
          </li>
          <li>
            contacter le délégué du Défenseur des droits dans votre région (
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues">liste des délégués</a>) ;
          </li>
          <li>appeler le 09 69 39 00 00 (du lundi au vendredi, de 8 h 30 à 19 h 30, prix d’un appel local) ;</li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
            71120, 75342 Paris CEDEX 07.
          </li>
        </ul>
      </div>
    </div>
  );
}
