import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportConfirmForm } from "@/components/admin/import-form";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/admin/validation";
import { confirmImport } from "@/lib/directory/actions";
import { getImportPreview } from "@/lib/directory/admin-queries";
import { pluralize } from "@/lib/format";
import { displayName } from "@/lib/directory/names";

export const metadata: Metadata = { title: "Prévisualisation de l’import" };

const LIMIT = 200;

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("EDITOR", `/admin/annuaire/import/${id}`);
  const recordId = parseRecordId(id);
  const preview = recordId === null ? null : await getImportPreview(recordId);
  if (!preview) notFound();
  const { plan } = preview;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Prévisualisation : {preview.fileName}</h1>
      <ul className="mt-4 grid gap-2 sm:grid-cols-4">
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{pluralize(plan.creates.length, "création")}</li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          {pluralize(plan.updates.length, "mise à jour", "mises à jour")}
        </li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          {pluralize(plan.unchanged.length, "inchangée")}
        </li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          {pluralize(plan.rejected.length, "ligne rejetée", "lignes rejetées")}
        </li>
      </ul>
      <ImportConfirmForm
        action={confirmImport}
        batchId={preview.id}
        isEmpty={plan.creates.length + plan.updates.length === 0}
      />
      <p className="mt-2">
        <Link href="/admin/annuaire/import">Choisir un autre fichier</Link>
      </p>
      <PlanList id="rejets" title="Lignes rejetées" items={plan.rejected.map((r) => [r.line, r.reason])} />
      <PlanList id="avertissements" title="Avertissements" items={plan.warnings.map((w) => [w.line, w.message])} />
      <PlanList
        id="creations"
        title="Créations"
        items={plan.creates.map((c) => [c.line, `${displayName(c.data)} (${c.data.kind}, ${c.data.city})`])}
      />
      <PlanList
        id="mises-a-jour"
        title="Mises à jour"
        items={plan.updates.map((u) => [u.line, `${displayName(u.data)} — champs modifiés : ${u.changed.join(", ")}`])}
      />
    </>
  );
}

/** One part of the preview, by line of the file; long lists are cut, with the count of the rest. */
function PlanList({ id, title, items }: { id: string; title: string; items: [line: number, text: string][] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1 text-sm">
        {items.slice(0, LIMIT).map(([line, text]) => (
          <li key={line}>
            Ligne {line} : {text}
          </li>
        ))}
      </ul>
      {items.length > LIMIT ? <p className="mt-1 text-sm">… et {items.length - LIMIT} autres.</p> : null}
    </section>
  );
}
