import { formatDate } from "@/lib/format";
import { MANDATE_LEVEL_LABELS, type Mandate } from "@/lib/mandates/mandate";

function period(mandate: Mandate) {
  if (mandate.startsOn && mandate.endsOn) return `du ${formatDate(mandate.startsOn)} au ${formatDate(mandate.endsOn)}`;
  if (mandate.startsOn) return `depuis le ${formatDate(mandate.startsOn)}`;
  if (mandate.endsOn) return `jusqu’au ${formatDate(mandate.endsOn)}`;
  return null;
}

/** The governance mandates of the Directeur Général, as a list of cards. */
export function MandateList({ mandates }: { mandates: Mandate[] }) {
  if (mandates.length === 0) return null;
  return (
    <section aria-labelledby="mandats" className="mt-8">
      <h3 id="mandats" className="text-lg font-semibold text-brand-900">
        Les mandats du Directeur Général
      </h3>
      <ul className="mt-4 grid gap-3 md:grid-cols-3">
        {mandates.map((mandate) => (
          <li key={mandate.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <p className="text-xs font-semibold tracking-wide text-accent-700 uppercase">
              {MANDATE_LEVEL_LABELS[mandate.level]}
            </p>
            <p className="mt-2 font-semibold text-slate-900">
              {mandate.url ? (
                <a href={mandate.url} rel="noopener noreferrer">
                  {mandate.organisation}
                </a>
              ) : (
                mandate.organisation
              )}
            </p>
            <p className="mt-1 text-sm text-slate-700">{mandate.role}</p>
            {period(mandate) ? <p className="mt-1 text-sm text-slate-600">{period(mandate)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
