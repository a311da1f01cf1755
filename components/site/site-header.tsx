import { IntentLink } from "@/components/site/intent-link";
import { NavLink } from "@/components/site/nav-link";
import { SkipLink } from "@/components/site/skip-link";
import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <SkipLink />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <IntentLink href="/" className="flex items-center gap-3 text-slate-900 no-underline">
          <span
            aria-hidden="true"
            className="grid size-10 place-items-center rounded-lg bg-brand-700 text-sm font-bold text-white"
          >
            SNS
          </span>
          <span className="leading-tight">
            <span className="block font-semibold">Groupe SNS</span>
            <span className="block text-sm text-slate-600">Atelier Chantier d’Insertion · Moselle</span>
          </span>
        </IntentLink>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-1">
            {site.navigation.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{item.label}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
