// The text and figures of the home page, from the presentation of the ACI of Groupe SNS
// (shared content `sns-aci-page.txt`). Figures that staff update are data, not prose: the text refers to them
// through {{placeholders}} (see lib/content/placeholders.ts), so the total of the IAE is always derived.
// The page builder's video placeholder ("Lorem ipsum…") became the video pop-in's settings.
import type { MandateLevel, StructureKind } from "@/lib/generated/prisma/enums";

export const SECTIONS: { key: string; eyebrow?: string; heading: string; body: string }[] = [
  {
    key: "presentation",
    eyebrow: "Atelier Chantiers d’Insertion (ACI)",
    heading: "SNS, un ACi pas comme les autres…",
    body: "L’ACi SNS se distingue par son engagement et son intégration au sein du réseau national Chantier École, gage de qualité et de reconnaissance dans le secteur de l’IAE. Cette adhésion témoigne de sa volonté de promouvoir des pratiques exemplaires et de bénéficier d’un réseau d’expertise et de soutien pour ses projets d’insertion.",
  },
  {
    key: "engagement",
    heading: "Un fort engagement",
    body: `Le Directeur Général du Groupe SNS joue un rôle clé au sein de ce réseau en étant membre du Conseil d’Administration de Chantier École Grand Est. Cette position stratégique permet d’influencer les politiques régionales et de participer activement aux décisions importantes qui façonnent le secteur de l’IAE dans la région.

Il est également membre du CDIAE Moselle (Conseil Départemental de l’Insertion par l’Activité Économique), où il contribue à la définition et à la mise en œuvre des politiques départementales d’insertion. Cette implication assure une présence à l’avant-garde des initiatives locales et une participation efficace à la dynamique départementale.`,
  },
  {
    key: "rayonnement",
    heading: "Un rayonnement national",
    body: `Enfin, l’engagement du Groupe SNS envers l’ESS est renforcé par la participation de son Directeur Général en tant qu’assesseur au CRESS Grand Est (Chambre Régionale de l’Économie Sociale et Solidaire). Cette position permet de soutenir et de promouvoir les valeurs de l’ESS, tout en renforçant les liens avec d’autres acteurs(trices) du secteur.

Ces différentes responsabilités et adhésions témoignent de la position centrale de l’ACi SNS dans le réseau départemental, régional et à plus grande échelle national de l’IAE et de l’engagement profond de ses équipes pour l’innovation sociale et le développement solidaire dans la région.`,
  },
  {
    key: "siae",
    heading: "Qu’est-ce qu’une SIAE ?",
    body: `L’Insertion par l’Activité Économique (IAE) regroupe différents types de structures, TPE, PME ou associations, qui relèvent de l’Économie Sociale et Solidaire (ESS). Conventionnées par l’État, elles cherchent à concilier performance économique et projet social en proposant des contrats à des personnes éloignées de l’emploi.

Elles mettent ainsi leur développement au service de la lutte contre le chômage et les exclusions, sur tous les territoires :`,
  },
  {
    key: "organisations",
    heading: "{{total_iae}} organisations à travers le territoire",
    body: "Les quelques {{total_iae}} organisations de l’IAE françaises produisent le même type de biens et de services que les entreprises classiques. Cerise sur le gâteau : elles peuvent proposer une grande variété de prestations éthiques et responsables dans un nombre important de secteurs d’activité.",
  },
  {
    key: "aci",
    heading: "Qu’est-ce qu’une ACi ?",
    body: `Les Ateliers et Chantiers d’Insertion (ACi) proposent un accompagnement et une activité professionnelle aux personnes sans emploi rencontrant des difficultés sociales et professionnelles particulières. Les salarié(e)s des ACi bénéficient d’une rémunération au moins égale au SMIC. Ils sont conventionnés par l’État et bénéficient d’aides pour accomplir leurs missions. Organisés de manière ponctuelle ou permanente, ils constituent des dispositifs qui peuvent être créés et « portés » par :

- un organisme de droit privé à but non lucratif (une association, par exemple)
- une commune,
- un département,
- un établissement public de coopération intercommunale,
- un Centre Communal ou Intercommunal d’Action Sociale (CCAS ou CIAS),
- un syndicat mixte,
- un établissement d’enseignement professionnel et d’enseignement agricole de l’État,
- une chambre départementale d’agriculture,
- ou encore l’Office National des Forêts (ONF).

C’est la structure porteuse qui est conventionnée par l’État en tant qu’ACi.`,
  },
  {
    key: "chantier-ecole",
    heading: "Qu’est-ce que le réseau national Chantier École ?",
    body: `Le réseau Chantier École, acteur de l’Économie Sociale et Solidaire, est né en {{annee_fondation}} de la volonté d’hommes et de femmes du secteur de l’IAE de regrouper les ACi afin de mutualiser leurs compétences et leurs méthodes autour de valeurs communes.

À ce titre, l’association Chantier École vise à développer la professionnalisation des acteurs, capitaliser et diffuser les bonnes pratiques de ces derniers, accompagner la mise en œuvre des politiques publiques, développer et porter un plaidoyer en faveur des modèles défendus.

Le Chantier École, réseau des Entreprises Sociales Apprenantes – {{adherents}} adhérent(e)s portant {{aci_reseau}} ACi, {{salaries}} salarié(e)s dont {{salaries_parcours}} salarié(e)s en parcours –, mouvement citoyen, porte toute action collective qui, à partir d’une situation de production, a pour objectifs de favoriser la progression et l’émancipation des salarié(e)s concerné(e)s. Dans le cadre de référence de sa charte, Chantier École a développé 5 fonctions qui définissent la spécificité et les champs d’intervention des Entreprises Sociales Apprenantes : employeur, production, accompagnement social et professionnel, formation, développement local et partenarial.

Les Entreprises Sociales Apprenantes disposent également d’un capital d’expériences humaines et pédagogiques reposant sur la solidarité et la mise en collaboration qu’elles enrichissent et mutualisent en permanence. Est donc appelée Chantier École toute action collective qui, à partir d’une situation de mise au travail sur une production grandeur nature, a pour objectif de favoriser la progression individuelle. Un Chantier École, alliant production, formation et accompagnement spécifique, s’inscrit comme une étape dans le parcours d’insertion de ses bénéficiaires.

Les adhérents du réseau se regroupent autour du concept de Chantier École défini comme une démarche pédagogique où s’articulent une dimension « formation » et une dimension « production », celle-ci se déclinant dans le cadre des dispositifs de la formation professionnelle ou dans le cadre des dispositifs de l’IAE.`,
  },
  {
    key: "entreprise-apprenante",
    heading: "Qu’est-ce qu’une entreprise apprenante ?",
    body: `### La solidarité avant tout

Les entreprises sociales apprenantes recherchent les actions, les productions ainsi que les projets et affirment des positions susceptibles de déclencher et de développer de la solidarité sur leur territoire. Conscientes de la domination du marché dans l’économie, elles privilégient la solidarité. Au cœur d’un environnement interdépendant, les entreprises sociales apprenantes ne se limitent pas aux seuls cadres réglementaires, elles agissent en solidarité avec les gens, dans leur singularité, et avec des partenaires publics et privés dans l’accomplissement de leurs missions. Elles estiment que la solidarité avec tou(te)s les acteurs(trices) du territoire adopte la forme d’une coopération durable dont il est nécessaire de prendre le risque.

### Le travail de chacun dans une œuvre collective

L’accompagnement dans le travail permet aux salarié(e)s de construire leur trajectoire de liberté. Les entreprises sociales apprenantes cherchent à promouvoir les activités économiques d’utilité sociale, quelles que soient leurs formes. Elles optent pour celles qui améliorent l’environnement, favorisent le mutuel et la rencontre, développent une richesse culturelle. Elles soignent la qualité des relations de travail, contribuent à l’innovation sociale et inventent de nouveaux métiers.

### La démarche apprenante

Les situations, les missions et les activités d’une entreprise sociale apprenante sont nécessairement des occasions de formation. Les entreprises sociales apprenantes mettent en œuvre des temps d’apprentissage en situation de production et réhabilitent le plaisir d’apprendre. Elles posent comme principe d’expérience que, dans les situations de travail, chacun(e) a quelque chose à enseigner et quelque chose à apprendre : le processus d’apprentissage est toujours réciproque. Elles développent la capacité de discernement et de jugement des salarié(e)s sur le travail.

### Le recours permanent à la démocratie

Les entreprises sociales apprenantes inventent des formes de participation qui permettent à tous d’être acteurs(trices). Elles multiplient les occasions de débats et sont convaincues de leurs richesses. Elles mettent en œuvre des débats internes entre toutes les parties prenantes. Les orientations de leur réseau national sont le produit d’un débat construit avec l’ensemble des acteurs(trices). Elles contribuent ainsi à défendre la nécessaire démocratie permanente. Elles s’expriment toujours dans ce contexte.

### Les territoires, la proximité et le bien commun

Les entreprises sociales apprenantes se fixent des territoires d’intervention économique, des territoires de projet social, des territoires de déplacement et des territoires de partenariat efficace. Elles composent avec les variations et la multiplicité de leur territoire d’implantation. Elles ont à cœur de contribuer au développement des territoires dans lesquels elles agissent. Elles considèrent que l’objectif du territoire ne se limite pas à l’augmentation de la richesse économique mais qu’il est pluriel.

Le territoire comprend et organise la production de richesse, la variété culturelle, la qualité de l’habitat, la bonne santé, une éducation partagée, un environnement sain, des modes de partage et surtout la prise de pouvoir des habitant(e)s sur leur vie quotidienne. Elles considèrent que le développement est l’invention continue des manières de vivre ensemble.`,
  },
];

const COUNTS_SOURCE = "Présentation de l’ACI du Groupe SNS (chiffres nationaux de l’IAE)";

/** In the order of the text. The page states no date for them: staff add it in the back office. */
export const STRUCTURE_COUNTS: { kind: StructureKind; value: number; source: string }[] = [
  { kind: "EI", value: 950, source: COUNTS_SOURCE },
  { kind: "AI", value: 750, source: COUNTS_SOURCE },
  { kind: "ETTI", value: 250, source: COUNTS_SOURCE },
  { kind: "ACI", value: 1900, source: COUNTS_SOURCE },
];

export const NETWORK_FIGURES = {
  foundedYear: 1995,
  members: 700,
  aciCount: 1200,
  employees: 36000,
  employeesInPathway: 30000,
};

/** The three mandates of the Directeur Général, who is not named. */
export const MANDATES: { organisation: string; role: string; level: MandateLevel }[] = [
  {
    organisation: "Chantier École Grand Est",
    role: "Membre du Conseil d’Administration",
    level: "REGIONAL",
  },
  {
    organisation: "CDIAE Moselle (Conseil Départemental de l’Insertion par l’Activité Économique)",
    role: "Membre",
    level: "DEPARTMENTAL",
  },
  {
    organisation: "CRESS Grand Est (Chambre Régionale de l’Économie Sociale et Solidaire)",
    role: "Assesseur",
    level: "REGIONAL",
  },
];

/** No video exists yet: the button stays hidden until staff set a URL. */
export const VIDEO_SETTINGS = {
  title: "L’ACI du Groupe SNS en vidéo",
  caption:
    "Une présentation de l’Atelier Chantier d’Insertion du Groupe SNS et de son engagement dans le réseau Chantier École.",
  videoUrl: null,
};
