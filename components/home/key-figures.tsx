import { formatNumber } from "@/lib/format";
import type { NetworkFigures } from "@/lib/figures/figures";

export function KeyFigures({ figures }: { figures: NetworkFigures }) {
  const items = [
    { value: String(figures.foundedYear), label: "année de création du réseau" },
    { value: formatNumber(figures.members), label: "adhérent(e)s" },
    { value: formatNumber(figures.aciCount), label: "ateliers et chantiers d’insertion" },
    { value: formatNumber(figures.employees), label: "salarié(e)s" },
    { value: formatNumber(figures.employeesInPathway), label: "salarié(e)s en parcours d’insertion" },
  ];
  return (
    <section aria-labelledby="chiffres-reseau" className="mt-8">
      <h3 id="chiffres-reseau" className="text-lg font-semibold text-brand-900">
        Le réseau Chantier École en chiffres
      </h3>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {items.map((item) => (
          <div key={item.label} className="flex flex-col-reverse rounded-xl bg-brand-50 p-4">
            <dt className="mt-1 text-sm text-slate-700">{item.label}</dt>
            <dd className="text-2xl font-bold tabular-nums text-brand-800">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
