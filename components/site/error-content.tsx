"use client";

/** Shown instead of a stack trace when a page fails; the technical detail goes to the server log only. */
export function ErrorContent({ reset }: { reset: () => void }) {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900">Service momentanément indisponible</h1>
      <p className="mt-4 text-slate-700">
        Cette page n’a pas pu être affichée, probablement à cause d’une difficulté passagère de notre côté. Vos données
        ne sont pas perdues. Réessayez dans quelques instants.
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Réessayer
        </button>
        {/* A full load on purpose: the page failed, the router's state may be what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/" className="self-center">
          Revenir à l’accueil
        </a>
      </div>
    </div>
  );
}
