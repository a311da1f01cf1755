import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/directory/pagination";
import { displayName } from "@/lib/directory/names";
import { requireUser } from "@/lib/auth/session";
import { searchStructuresForEditing } from "@/lib/directory/admin-queries";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import { pluralize } from "@/lib/format";

export const metadata: Metadata = { title: "Annuaire" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminDirectoryPage({ searchParams }: Props) {
  await requireUser("EDITOR", "/admin/annuaire");
  const params = await searchParams;
  const query = parseDirectoryQuery(params);
  const result = await searchStructuresForEditing(query);
  const notice = params.supprime
    ? "La structure a été supprimée."
    : params.enregistre
      ? "La structure a été enregistrée ; sa page publique est à jour."
      : params.importe
        ? `Import terminé : ${params.importe} structure(s) créée(s) ou mise(s) à jour.`
        : null;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold text-brand-900">Annuaire</h1>
        <div className="flex gap-3">
          <Link
            href="/admin/annuaire/nouvelle"
            className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
          >
            Ajouter une structure
          </Link>
          <Link
            href="/admin/annuaire/import"
            className="rounded-lg px-4 py-2 font-semibold ring-1 ring-brand-700 no-underline"
          >
            Importer un fichier CSV
          </Link>
        </div>
      </div>
      {notice ? (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 p-3 text-brand-900">
          {notice}
        </p>
      ) : null}
      <form action="/admin/annuaire" method="get" role="search" className="mt-6 flex flex-wrap items-end gap-2">
        <div className="flex-1">
          <label htmlFor="q" className="block font-medium">
            Nom, ville ou SIRET
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q}
            className="mt-1 w-full rounded-lg border border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
          Rechercher
        </button>
      </form>
      <p className="mt-4 text-slate-700">{pluralize(result.total, "structure")}</p>
      <table className="mt-2 w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Structures de l’annuaire</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Nom
            </th>
            <th scope="col" className="p-2">
              Type
            </th>
            <th scope="col" className="p-2">
              Ville
            </th>
            <th scope="col" className="p-2">
              Actions
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((s) => (
            <tr key={s.slug} className="border-b border-slate-200">
              <td className="p-2">{displayName(s)}</td>
              <td className="p-2">
                <abbr title={STRUCTURE_KINDS[s.kind].label}>{s.kind}</abbr>
              </td>
              <td className="p-2">{s.city}</td>
              <td className="flex flex-wrap gap-3 p-2">
                <Link href={`/admin/annuaire/${s.slug}`}>
                  Modifier<span className="sr-only"> {displayName(s)}</span>
                </Link>
                <Link href={`/admin/annuaire/${s.slug}/supprimer`} className="text-red-800">
                  Supprimer<span className="sr-only"> {displayName(s)}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination query={query} pageCount={result.pageCount} basePath="/admin/annuaire" />
    </>
  );
}
