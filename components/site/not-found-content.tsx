import { IntentLink } from "@/components/site/intent-link";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <p className="text-sm font-semibold text-accent-700">Erreur 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-brand-900">Page introuvable</h1>
      <p className="mt-4 text-slate-700">
        La page demandée n’existe pas ou plus. Si vous cherchiez une structure, elle a peut-être été retirée de
        l’annuaire ou son adresse a changé.
      </p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <IntentLink href="/annuaire">Rechercher dans l’annuaire</IntentLink>
        </li>
        <li>
          <IntentLink href="/">Revenir à l’accueil</IntentLink>
        </li>
      </ul>
    </div>
  );
}
