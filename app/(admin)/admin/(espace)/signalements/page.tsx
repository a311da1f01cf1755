import type { Metadata } from "next";
import Link from "next/link";
import { DismissReportForm } from "@/components/admin/report-forms";
import { requireUser } from "@/lib/auth/session";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { formatDate, isoDay, pluralize } from "@/lib/format";
import { dismissReport } from "@/lib/reports/admin-actions";
import { listReportsForReview } from "@/lib/reports/admin-queries";
import { displayName } from "@/lib/directory/names";
import { REPORT_REASONS } from "@/lib/reports/reasons";

export const metadata: Metadata = { title: "Signalements" };

type Reports = Awaited<ReturnType<typeof listReportsForReview>>;
type Structure = Reports["open"][number]["structure"];

const STATUS = { OPEN: "ouvert", CORRECTED: "fiche corrigée", DISMISSED: "classé sans suite" } as const;

const dateOf = (date: Date) => formatDate(isoDay(date));

/** The structure as it is now, beside what the visitor says. */
function CurrentValues({ structure }: { structure: Structure }) {
  const rows = [
    ["Nom affiché", displayName(structure)],
    ["Type", STRUCTURE_KINDS[structure.kind].label],
    ["Adresse", [structure.address, structure.postalCode, structure.city].filter(Boolean).join(", ")],
    ["Site internet", structure.website ?? "—"],
    ["Fiche modifiée le", dateOf(structure.updatedAt)],
  ];
  return (
    <dl className="grid gap-1 text-sm sm:grid-cols-[10rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requireUser("EDITOR", "/admin/signalements");
  const { open, closed } = await listReportsForReview();
  const done = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Signalements</h1>
      {done.corrige || done.classe ? (
        <p
          role="status"
          className="mt-4 rounded-lg bg-brand-50 p-3 text-sm font-medium text-brand-900 ring-1 ring-brand-200"
        >
          {done.corrige
            ? "Fiche enregistrée : le signalement est classé comme corrigé."
            : "Signalement classé sans suite."}
        </p>
      ) : null}
      <h2 className="mt-8 text-xl font-semibold text-slate-900">
        {open.length === 0
          ? "Aucun signalement ouvert"
          : pluralize(open.length, "signalement ouvert", "signalements ouverts")}
      </h2>
      <ul className="mt-4 space-y-6">
        {open.map((report) => (
          <li key={report.id} className="rounded-xl border border-slate-200 bg-white p-5">
            <h3 className="font-semibold text-slate-900">
              <Link href={`/annuaire/${report.structure.slug}`}>{displayName(report.structure)}</Link> —{" "}
              {REPORT_REASONS[report.reason]}
            </h3>
            <p className="mt-1 text-sm text-slate-600">
              Reçu le {dateOf(report.createdAt)}
              {report.email ? (
                <>
                  {" "}
                  · réponse souhaitée à <a href={`mailto:${report.email}`}>{report.email}</a>
                </>
              ) : null}
            </p>
            <div className="mt-3 grid gap-4 md:grid-cols-2">
              <div>
                <p className="text-sm font-medium text-slate-700">Ce que dit le signalement</p>
                <p className="mt-1 whitespace-pre-line text-slate-900">{report.description}</p>
              </div>
              <div>
                <p className="text-sm font-medium text-slate-700">La fiche aujourd’hui</p>
                <div className="mt-1">
                  <CurrentValues structure={report.structure} />
                </div>
              </div>
            </div>
            <p className="mt-4">
              <Link
                href={`/admin/annuaire/${report.structure.slug}?signalement=${report.id}`}
                className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
              >
                Corriger la fiche
                <span className="sr-only"> {displayName(report.structure)}</span>
              </Link>
            </p>
            <DismissReportForm action={dismissReport} report={report} />
          </li>
        ))}
      </ul>
      {closed.length > 0 ? (
        <>
          <h2 className="mt-10 text-xl font-semibold text-slate-900">Derniers signalements traités</h2>
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Derniers signalements traités</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  Structure
                </th>
                <th scope="col" className="py-2 pr-3">
                  Raison
                </th>
                <th scope="col" className="py-2 pr-3">
                  Issue
                </th>
                <th scope="col" className="py-2">
                  Par, le
                </th>
              </tr>
            </thead>
            <tbody>
              {closed.map((report) => (
                <tr key={report.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-3">{displayName(report.structure)}</td>
                  <td className="py-2 pr-3">{REPORT_REASONS[report.reason]}</td>
                  <td className="py-2 pr-3">
                    {STATUS[report.status]}
                    {report.note ? <span className="block text-slate-600">{report.note}</span> : null}
                  </td>
                  <td className="py-2">
                    {report.closedBy?.email ?? "compte supprimé"}, {report.closedAt ? dateOf(report.closedAt) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
