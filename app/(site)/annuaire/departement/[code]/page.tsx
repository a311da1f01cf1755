import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DirectoryBreadcrumb } from "@/components/directory/directory-breadcrumb";
import { ResultList } from "@/components/directory/result-list";
import { IntentLink } from "@/components/site/intent-link";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { DEPARTMENT_LIST_LIMIT, getDepartmentOverview } from "@/lib/directory/queries";
import { directoryHref, parseDirectoryQuery } from "@/lib/directory/search-params";
import { formatNumber, pluralize } from "@/lib/format";

// One page per département, for people and search engines: how many structures of each kind, the communes
// that have some, and the list. Rendered on its first visit, then cached until the directory changes.
type Props = { params: Promise<{ code: string }> };

export async function generateStaticParams() {
  return [];
}

async function findDepartment(params: Props["params"]) {
  const { code } = await params;
  return /^(\d{2}|2A|2B|\d{3})$/.test(code) ? getDepartmentOverview(code) : null;
}

const titleOf = (department: { name: string; code: string }) =>
  `Structures de l’insertion en ${department.name} (${department.code})`;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await findDepartment(params);
  if (!department) return {};
  const url = `/annuaire/departement/${department.code}`;
  const description = `${pluralize(department.total, "structure")} de l’insertion par l’activité économique (ACI, AI, EI, ETTI…) en ${department.name} : nombre par type, communes et liste, avec leurs coordonnées.`;
  return {
    title: titleOf(department),
    description,
    alternates: { canonical: url },
    openGraph: { url, title: titleOf(department), description },
  };
}

export default async function DepartmentPage({ params }: Props) {
  const department = await findDepartment(params);
  if (!department) notFound();
  const allInDirectory = directoryHref({ ...parseDirectoryQuery({}), department: department.code });

  return (
    <div className="mx-auto max-w-6xl px-4 py-10 sm:px-6">
      <DirectoryBreadcrumb name={department.name} path={`/annuaire/departement/${department.code}`} />
      <h1 className="mt-4 text-3xl font-bold tracking-tight text-brand-900">{titleOf(department)}</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        {department.total === 0
          ? "L’annuaire ne compte aucune structure dans ce département."
          : `L’annuaire compte ${pluralize(department.total, "structure")} dans ce département${
              department.regionName ? ` (région ${department.regionName})` : ""
            }.`}{" "}
        <IntentLink href={allInDirectory}>Rechercher parmi elles</IntentLink>.
      </p>

      {department.countsByKind.length > 0 ? (
        <section aria-labelledby="types" className="mt-8">
          <h2 id="types" className="text-xl font-semibold text-slate-900">
            Par type de structure
          </h2>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {department.countsByKind.map(({ kind, count }) => (
              <li key={kind} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
                <IntentLink
                  href={directoryHref({ ...parseDirectoryQuery({ type: kind }), department: department.code })}
                >
                  {STRUCTURE_KINDS[kind].label} ({kind})
                </IntentLink>{" "}
                : {formatNumber(count)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {department.communes.length > 0 ? (
        <section aria-labelledby="communes" className="mt-8">
          <h2 id="communes" className="text-xl font-semibold text-slate-900">
            Communes
          </h2>
          <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            {department.communes.map((commune) => (
              <li key={commune.code}>
                <IntentLink href={directoryHref({ ...parseDirectoryQuery({}), commune: commune.code })}>
                  {commune.name}
                </IntentLink>{" "}
                <span className="text-sm text-slate-600">({formatNumber(commune.count)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {department.structures.length > 0 ? (
        <section aria-labelledby="liste" className="mt-8">
          <h2 id="liste" className="text-xl font-semibold text-slate-900">
            Les structures
          </h2>
          <ResultList items={department.structures} />
          {department.total > DEPARTMENT_LIST_LIMIT ? (
            <p className="mt-4">
              <IntentLink href={allInDirectory}>
                Voir les {formatNumber(department.total)} structures dans l’annuaire
              </IntentLink>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
