import type { Metadata } from "next";
import { CountForm, NetworkFiguresForm } from "@/components/admin/figures-forms";
import { toDateInput } from "@/lib/admin/dates";
import { requireUser } from "@/lib/auth/session";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { updateNetworkFigures, updateStructureCount } from "@/lib/figures/actions";
import { getFiguresForEditing } from "@/lib/figures/admin-queries";
import { formatNumber } from "@/lib/format";

export const metadata: Metadata = { title: "Chiffres" };

export default async function FiguresPage() {
  await requireUser("EDITOR", "/admin/chiffres");
  const { counts, network } = await getFiguresForEditing();
  const total = counts.reduce((sum, c) => sum + c.value, 0);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Chiffres</h1>
      <section aria-labelledby="comptes" className="mt-6">
        <h2 id="comptes" className="text-xl font-semibold">
          Structures de l’IAE en France, par type
        </h2>
        <p className="mt-1 text-slate-700">
          Le total affiché sur le site est la somme de ces nombres : actuellement {formatNumber(total)}.
        </p>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {counts.map((count) => (
            <CountForm
              key={count.kind}
              action={updateStructureCount}
              kind={count.kind}
              label={STRUCTURE_KINDS[count.kind].pluralLabel}
              value={count.value}
              asOf={toDateInput(count.asOf)}
              source={count.source}
              version={count.version}
            />
          ))}
        </div>
      </section>
      {network ? (
        <section aria-labelledby="reseau" className="mt-10">
          <h2 id="reseau" className="mb-4 text-xl font-semibold">
            Réseau Chantier École
          </h2>
          <NetworkFiguresForm action={updateNetworkFigures} figures={network} />
        </section>
      ) : null}
    </>
  );
}
