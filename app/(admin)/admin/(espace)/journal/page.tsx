import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { changedFields, listJournal } from "@/lib/journal/admin-queries";

export const metadata: Metadata = { title: "Journal" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireUser("EDITOR", "/admin/journal");
  const requested = Number((await searchParams).page);
  const page = Number.isInteger(requested) && requested > 0 && requested <= 100_000 ? requested : 1;
  const { entries, total, pageCount } = await listJournal(page);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Journal des modifications</h1>
      <p className="mt-2 text-slate-700">
        {total} modification(s) enregistrée(s), de la plus récente à la plus ancienne.
      </p>
      <ol className="mt-6 space-y-3">
        {entries.map((entry) => {
          const changes = changedFields(entry.before, entry.after);
          return (
            <li key={entry.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p>
                <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt)}</time> —{" "}
                {entry.userEmail}
              </p>
              <p className="mt-1 font-medium">{entry.summary}</p>
              {changes.length > 0 ? (
                <details className="mt-2">
                  <summary className="cursor-pointer">Valeurs avant et après</summary>
                  <table className="mt-2 w-full border-collapse">
                    <caption className="sr-only">Valeurs avant et après cette modification</caption>
                    <thead>
                      <tr className="text-left">
                        <th scope="col" className="p-1">
                          Champ
                        </th>
                        <th scope="col" className="p-1">
                          Avant
                        </th>
                        <th scope="col" className="p-1">
                          Après
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((change) => (
                        <tr key={change.field} className="border-t border-slate-200 align-top">
                          <th scope="row" className="p-1 text-left font-medium">
                            {change.field}
                          </th>
                          <td className="p-1 break-all whitespace-pre-line">{change.before}</td>
                          <td className="p-1 break-all whitespace-pre-line">{change.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      <nav aria-label="Pages du journal" className="mt-6 flex gap-4">
        {page > 1 ? <Link href={`/admin/journal?page=${page - 1}`}>← Plus récentes</Link> : null}
        {page < pageCount ? <Link href={`/admin/journal?page=${page + 1}`}>Plus anciennes →</Link> : null}
      </nav>
    </>
  );
}
