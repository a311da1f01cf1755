"use client";

/** A back-office page that could not be shown (database unreachable, most often): what was saved stays saved. */
export default function StaffError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-2xl font-bold text-brand-900">Page momentanément indisponible</h1>
      <p className="mt-4 text-slate-700">
        Cette page n’a pas pu être affichée : la base de données ne répond peut-être pas. Ce qui a déjà été enregistré
        est conservé. Réessayez dans un instant ; si le problème continue, prévenez l’administrateur du site.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        Réessayer
      </button>
    </div>
  );
}
