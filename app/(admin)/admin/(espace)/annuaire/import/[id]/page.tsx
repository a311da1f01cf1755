import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportConfirmForm } from "@/components/admin/import-form";
import { requireUser } from "@/lib/auth/session";
import { confirmImport } from "@/lib/directory/actions";
import { getImportPreview } from "@/lib/directory/admin-queries";
import { pluralize } from "@/lib/format";

export const metadata: Metadata = { title: "Prévisualisation de l’import" };

const LIMIT = 200;

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("EDITOR", `/admin/annuaire/import/${id}`);
  const preview = await getImportPreview(Number(id));
  if (!preview) notFound();
  const { plan } = preview;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Prévisualisation : {preview.fileName}</h1>
      <ul className="mt-4 grid gap-2 sm:grid-cols-4">
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{pluralize(plan.creates.length, "création")}</li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{pluralize(plan.updates.length, "mise à jour", "mises à jour")}</li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{pluralize(plan.unchanged.length, "inchangée")}</li>
        <li className="rounded-lg bg-white p-3 ring-1 ring-slate-200">{pluralize(plan.rejected.length, "ligne rejetée", "lignes rejetées")}</li>
      </ul>
      <ImportConfirmForm action={confirmImport} batchId={preview.id} isEmpty={plan.creates.length + plan.updates.length === 0} />
      <p className="mt-2">
        <Link href="/admin/annuaire/import">Choisir un autre fichier</Link>
      </p>
      {plan.rejected.length > 0 ? (
        <section aria-labelledby="rejets" className="mt-8">
          <h2 id="rejets" className="text-lg font-semibold">Lignes rejetées</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {plan.rejected.slice(0, LIMIT).map((r) => (
              <li key={r.line}>
                Ligne {r.line} : {r.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {plan.creates.length > 0 ? (
        <section aria-labelledby="creations" className="mt-8">
          <h2 id="creations" className="text-lg font-semibold">Créations</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {plan.creates.slice(0, LIMIT).map((c) => (
              <li key={c.line}>
                Ligne {c.line} : {c.data.brand ?? c.data.name} ({c.data.kind}, {c.data.city})
              </li>
            ))}
          </ul>
          {plan.creates.length > LIMIT ? <p className="mt-1 text-sm">… et {plan.creates.length - LIMIT} autres.</p> : null}
        </section>
      ) : null}
      {plan.updates.length > 0 ? (
        <section aria-labelledby="mises-a-jour" className="mt-8">
          <h2 id="mises-a-jour" className="text-lg font-semibold">Mises à jour</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {plan.updates.slice(0, LIMIT).map((u) => (
              <li key={u.line}>
                Ligne {u.line} : {u.data.brand ?? u.data.name} — champs modifiés : {u.changed.join(", ")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
