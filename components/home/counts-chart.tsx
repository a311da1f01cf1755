import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { formatDate, formatNumber } from "@/lib/format";
import { totalOf, type StructureCount } from "@/lib/figures/figures";

/** The national counts by kind as a bar chart that is also a plain list for screen readers. */
export function CountsChart({ counts }: { counts: StructureCount[] }) {
  const max = Math.max(1, ...counts.map((count) => count.value));
  const total = totalOf(counts);
  const sources = [...new Set(counts.map((count) => count.source))];
  const dates = [...new Set(counts.flatMap((count) => (count.asOf ? [count.asOf] : [])))];
  return (
    <figure className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <figcaption className="font-semibold text-slate-900">Structures de l’IAE en France, par type</figcaption>
      <ul className="mt-5 space-y-4">
        {counts.map((count) => (
          <li key={count.kind}>
            <div className="flex items-baseline justify-between gap-4 text-sm">
              <span className="text-slate-800">
                {STRUCTURE_KINDS[count.kind].pluralLabel} ({count.kind === "ACI" ? "ACi" : count.kind})
              </span>
              <span className="font-semibold tabular-nums text-slate-900">{formatNumber(count.value)}</span>
            </div>
            <div aria-hidden="true" className="mt-1.5 h-3 rounded-full bg-brand-50">
              <div className="h-3 rounded-full bg-brand-600" style={{ width: `${(count.value / max) * 100}%` }} />
            </div>
          </li>
        ))}
      </ul>
      <p className="mt-5 flex items-baseline justify-between border-t border-slate-200 pt-4">
        <span className="font-medium text-slate-800">Total</span>
        <span className="text-2xl font-bold tabular-nums text-brand-800">{formatNumber(total)}</span>
      </p>
      <p className="mt-3 text-xs text-slate-600">
        Source&nbsp;: {sources.join(" ; ")}
        {dates.length > 0 ? `, au ${dates.map(formatDate).join(", ")}` : ""}.
      </p>
    </figure>
  );
}
