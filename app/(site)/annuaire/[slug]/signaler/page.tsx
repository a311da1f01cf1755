import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { displayName } from "@/lib/directory/names";
import { ReportForm } from "@/components/directory/report-form";
import { IntentLink } from "@/components/site/intent-link";
import { getStructureBySlug } from "@/lib/directory/queries";
import { reportStructure } from "@/lib/reports/actions";

// /annuaire/<slug>/signaler: a visitor reports an error on a structure's page. No account needed.
type Props = { params: Promise<{ slug: string }> };

const SLUG = /^[A-Za-z0-9-]{1,200}$/;

async function findStructure(params: Props["params"]) {
  const { slug } = await params;
  const structure = SLUG.test(slug) ? await getStructureBySlug(slug) : null;
  if (!structure) notFound();
  return structure;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const structure = await findStructure(params);
  return {
    title: `Signaler une erreur sur la fiche ${displayName(structure)}`,
    description: "Signalez à l’équipe du Groupe SNS une erreur sur la fiche d’une structure de l’annuaire.",
    alternates: { canonical: `/annuaire/${structure.slug}` },
    robots: { index: false, follow: true },
  };
}

export default async function ReportPage({ params }: Props) {
  const structure = await findStructure(params);
  const name = displayName(structure);
  return (
    <div className="mx-auto max-w-2xl px-4 py-10 sm:px-6">
      <p className="text-sm">
        <IntentLink href={`/annuaire/${structure.slug}`}>← Retour à la fiche {name}</IntentLink>
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-brand-900">Signaler une erreur</h1>
      <p className="mt-3 text-slate-700">
        Sur la fiche de <strong>{name}</strong> ({structure.city}). L’équipe du Groupe SNS lit chaque signalement,
        vérifie la fiche et la corrige si besoin. Vos données :{" "}
        <IntentLink href="/confidentialite">page de confidentialité</IntentLink>.
      </p>
      <ReportForm action={reportStructure} slug={structure.slug} />
    </div>
  );
}
