import type { Metadata } from "next";

const DESCRIPTION =
  "Déclaration d’accessibilité du site de l’Atelier Chantier d’Insertion du Groupe SNS : état de conformité au RGAA 4.1, vérifications faites et limites connues.";

export const metadata: Metadata = {
  title: "Déclaration d’accessibilité",
  description: DESCRIPTION,
  alternates: { canonical: "/accessibilite" },
  openGraph: { url: "/accessibilite", title: "Déclaration d’accessibilité", description: DESCRIPTION },
};

export default function AccessibilityPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Déclaration d’accessibilité</h1>
      <div className="prose-site mt-6">
        <p>
          Le Groupe SNS s’engage à rendre son site accessible, conformément à l’article 47 de la loi n° 2005-102 du 11
          février 2005. Cette déclaration s’applique au site public (présentation de l’ACI et annuaire des structures de
          l’IAE) et à son espace de gestion.
        </p>
        <h2 className="mt-8 text-xl font-semibold text-brand-900">État de conformité</h2>
        <p>
          Le site est <strong>partiellement conforme</strong> au référentiel général d’amélioration de l’accessibilité
          (RGAA) version 4.1 : les vérifications ci-dessous sont faites à chaque modification du site, mais aucun audit
          complet n’a encore été réalisé par un organisme indépendant.
        </p>
        <h2 className="mt-8 text-xl font-semibold text-brand-900">Ce qui est vérifié</h2>
        <ul>
          <li>
            Contrôle automatique (axe-core, règles WCAG 2.1 niveaux A et AA) de chaque type de page : accueil, fenêtre
            vidéo ouverte, annuaire avec et sans résultat, recherche autour d’une commune et choix entre communes
            homonymes, fiche d’une structure, page introuvable, connexion et vérification en deux étapes, mise en place
            de la double authentification (QR code et codes de secours affichés), ajout d’une clé d’accès, et chaque
            formulaire de l’espace de gestion avec ses messages d’erreur affichés.
          </li>
          <li>
            Utilisation au clavier seul, focus visible à chaque étape : lien d’évitement vers le contenu ; fenêtre vidéo
            qui s’ouvre, se ferme avec Échap et rend le focus au bouton qui l’a ouverte ; recherche, filtres et pages de
            l’annuaire ; choix d’une commune parmi les propositions du champ « Ville ou code postal » (flèches, Entrée,
            Échap, nombre de propositions annoncé) ; bouton « Autour de moi » et son message si la position est refusée
            ; signalement d’une erreur sur une fiche ; dans l’espace de gestion, connexion et saisie du code de
            vérification, modification d’un chiffre, d’un mandat et d’un texte, import d’un fichier CSV et déconnexion.
          </li>
          <li>Affichage sans défilement horizontal à 320 pixels de large et avec un zoom à 200 %.</li>
          <li>
            Un seul titre de niveau 1 par page, des titres ordonnés, des champs de formulaire étiquetés et des erreurs
            annoncées et reliées à leur champ ; contrastes de couleurs au niveau AA.
          </li>
          <li>
            Recherche dans l’annuaire utilisable sans JavaScript, autour d’une commune comprise : la commune saisie est
            reconnue par le serveur, ou proposée parmi ses homonymes.
          </li>
        </ul>
        <h2 className="mt-8 text-xl font-semibold text-brand-900">Limites connues</h2>
        <ul>
          <li>
            Les vidéos intégrées depuis YouTube ou Vimeo dépendent de ces services pour leurs sous-titres et leurs
            commandes.
          </li>
          <li>
            La vue « Carte » de l’annuaire : chaque groupe et chaque structure s’atteint au clavier (Tab, puis Entrée,
            Échap pour revenir), mais après l’ouverture d’un groupe le focus revient au début de la page. La vue « Liste
            », proposée par défaut, donne les mêmes structures, et la carte de France par département est doublée d’un
            tableau.
          </li>
          <li>
            Espace de gestion : la double authentification se met en place avec une application d’authentification (QR
            code, ou clé écrite en toutes lettres pour une saisie à la main) sans JavaScript ; les clés d’accès
            (empreinte, code de l’appareil, clé de sécurité) demandent JavaScript, comme toute clé d’accès. Le code à 6
            chiffres se renouvelle toutes les 30 secondes ; un code de secours, sans limite de temps, peut le remplacer.
          </li>
        </ul>
        <h2 className="mt-8 text-xl font-semibold text-brand-900">Voies de recours</h2>
        <p>
          Si vous rencontrez un défaut d’accessibilité qui vous empêche d’accéder à un contenu, signalez-le au Groupe
          SNS. Si vous n’obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (formulaire en
          ligne sur defenseurdesdroits.fr, ou par courrier gratuit : Défenseur des droits, Libre réponse 71120, 75342
          Paris CEDEX 07).
        </p>
      </div>
    </div>
  );
}
