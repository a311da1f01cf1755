import type { Metadata } from "next";
import Link from "next/link";
import { InlineAction } from "@/components/admin/inline-action";
import { requireUser } from "@/lib/auth/session";
import { moveMandate } from "@/lib/mandates/actions";
import { listMandatesForEditing } from "@/lib/mandates/admin-queries";
import { MANDATE_LEVEL_LABELS } from "@/lib/mandates/mandate";

export const metadata: Metadata = { title: "Mandats" };

type Props = { searchParams: Promise<{ enregistre?: string; supprime?: string }> };

export default async function MandatesPage({ searchParams }: Props) {
  await requireUser("EDITOR", "/admin/mandats");
  const [mandates, { enregistre, supprime }] = await Promise.all([listMandatesForEditing(), searchParams]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold text-brand-900">Mandats du Directeur Général</h1>
        <Link
          href="/admin/mandats/nouveau"
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          Ajouter un mandat
        </Link>
      </div>
      {enregistre || supprime ? (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 p-3 text-brand-900">
          {supprime ? "Le mandat a été supprimé." : "Modifications enregistrées."} La page d’accueil est à jour.
        </p>
      ) : null}
      {mandates.length === 0 ? <p className="mt-6">Aucun mandat pour l’instant.</p> : null}
      <ol className="mt-6 space-y-3">
        {mandates.map((mandate, index) => (
          <li
            key={mandate.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4"
          >
            <div>
              <p className="font-semibold">{mandate.organisation}</p>
              <p className="text-sm text-slate-700">
                {mandate.role} · {MANDATE_LEVEL_LABELS[mandate.level]}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <InlineAction
                action={moveMandate}
                fields={{ id: mandate.id, direction: "up" }}
                label="Monter"
                detail={mandate.organisation}
                disabled={index === 0}
              />
              <InlineAction
                action={moveMandate}
                fields={{ id: mandate.id, direction: "down" }}
                label="Descendre"
                detail={mandate.organisation}
                disabled={index === mandates.length - 1}
              />
              <Link href={`/admin/mandats/${mandate.id}`}>
                Modifier<span className="sr-only"> {mandate.organisation}</span>
              </Link>
              <Link href={`/admin/mandats/${mandate.id}/supprimer`} className="text-red-800">
                Supprimer<span className="sr-only"> {mandate.organisation}</span>
              </Link>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
