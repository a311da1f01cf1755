import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StructureForm } from "@/components/admin/structure-form";
import { parseRecordId } from "@/lib/admin/validation";
import { requireUser } from "@/lib/auth/session";
import { updateStructure } from "@/lib/directory/actions";
import { getStructureForEditing } from "@/lib/directory/admin-queries";
import { KIND_OPTIONS } from "@/lib/directory/kind-options";
import { getOpenReport } from "@/lib/reports/admin-queries";
import { REPORT_REASONS } from "@/lib/reports/reasons";
import { displayName } from "@/lib/directory/names";

export const metadata: Metadata = { title: "Modifier une structure" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ signalement?: string | string[] }> };

export default async function EditStructurePage({ params, searchParams }: Props) {
  const { slug } = await params;
  await requireUser("EDITOR", `/admin/annuaire/${slug}`);
  const structure = await getStructureForEditing(slug);
  if (!structure) notFound();
  // Opened from a report (« Corriger la fiche »): the report is shown above the form, and saving closes it.
  const { signalement } = await searchParams;
  const reportId = typeof signalement === "string" ? parseRecordId(signalement) : null;
  const report = reportId ? await getOpenReport(reportId, structure.id) : null;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Modifier « {displayName(structure)} »</h1>
      <p className="mt-2">
        <Link href={`/annuaire/${structure.slug}`}>Voir la page publique</Link>
      </p>
      {report ? (
        <section
          aria-labelledby="signalement"
          className="mt-4 max-w-3xl rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200"
        >
          <h2 id="signalement" className="font-semibold text-slate-900">
            Signalement : {REPORT_REASONS[report.reason]}
          </h2>
          <p className="mt-1 whitespace-pre-line text-slate-800">{report.description}</p>
          <p className="mt-2 text-sm text-slate-700">Enregistrer la fiche classera ce signalement comme corrigé.</p>
        </section>
      ) : null}
      <StructureForm action={updateStructure} structure={structure} kinds={KIND_OPTIONS} reportId={report?.id} />
    </>
  );
}
