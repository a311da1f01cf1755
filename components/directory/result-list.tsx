import { KindBadge } from "@/components/directory/kind-badge";
import { IntentLink } from "@/components/site/intent-link";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import type { StructureSummary } from "@/lib/directory/queries";
import { formatDistance } from "@/lib/format";
import { displayName } from "@/lib/directory/names";

/** Where a result lies from the commune searched around, when the search has one. */
function distanceOf(structure: StructureSummary) {
  if (structure.isInCommune) return "dans la commune";
  return typeof structure.distanceKm === "number" ? formatDistance(structure.distanceKm) : null;
}

export function ResultList({ items }: { items: StructureSummary[] }) {
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2">
      {items.map((structure) => (
        <li
          key={structure.slug}
          className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-500"
        >
          <div className="flex items-start justify-between gap-3">
            <h3 className="font-semibold">
              <IntentLink
                href={`/annuaire/${structure.slug}`}
                className="text-brand-800 no-underline after:absolute after:inset-0 hover:underline"
              >
                {displayName(structure)}
              </IntentLink>
            </h3>
            <KindBadge kind={structure.kind} />
          </div>
          {structure.brand && structure.brand.trim() !== structure.name ? (
            <p className="mt-1 text-sm text-slate-600">{structure.name}</p>
          ) : null}
          <p className="mt-2 text-sm text-slate-700">
            {STRUCTURE_KINDS[structure.kind].label} · {structure.postalCode ? `${structure.postalCode} ` : ""}
            {structure.city} ({structure.departmentName})
          </p>
          {distanceOf(structure) ? (
            <p className="mt-1 text-sm font-medium text-brand-800">{distanceOf(structure)}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
