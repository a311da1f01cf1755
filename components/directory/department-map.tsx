import { IntentLink } from "@/components/site/intent-link";
import { directoryHref, type DirectoryQuery } from "@/lib/directory/search-params";
import { formatNumber, pluralize } from "@/lib/format";
import { franceMapHref, getFranceMap, shapeId } from "@/lib/geo/france-map";

type Department = { code: string; name: string };

/** Light to dark, from the site's green; zero has its own grey. */
const PALETTE = ["#d5eee6", "#8fd0bd", "#2a9a83", "#0f5245"];
const NONE = "#f1f5f9";

type CountClass = { from: number; to: number; colour: string };

/** Up to four classes of the non-zero counts, by quartile: each colour covers about as many départements. */
export function countClasses(counts: number[]): CountClass[] {
  const sorted = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers = [...new Set([1, 2, 3, 4].map((k) => sorted[Math.ceil((k / 4) * sorted.length) - 1]!))];
  return uppers.map((to, index) => ({
    from: index === 0 ? sorted[0]! : uppers[index - 1]! + 1,
    to,
    // Few classes take colours far apart.
    colour: PALETTE[uppers.length === 1 ? 3 : Math.round((index * 3) / (uppers.length - 1))]!,
  }));
}

const colourOf = (count: number, classes: CountClass[]) =>
  count === 0 ? NONE : (classes.find((item) => count <= item.to) ?? classes.at(-1))!.colour;

const rangeText = ({ from, to }: CountClass) =>
  from === to ? formatNumber(from) : `${formatNumber(from)} à ${formatNumber(to)}`;

const countText = (count: number) => (count === 0 ? "aucune structure" : pluralize(count, "structure"));

/**
 * The search's structures by département: metropolitan France drawn on the server (each département a link to
 * the search in it, named with its count; its outline comes from the map's file), overseas départements as a
 * list, and the same figures as a table.
 */
export function DepartmentMap({
  query,
  counts,
  departments,
}: {
  query: DirectoryQuery;
  counts: Record<string, number>;
  departments: Department[];
}) {
  const map = getFranceMap();
  const file = franceMapHref();
  const classes = countClasses(Object.values(counts));
  const drawn = new Set(map.departments.map((department) => department.code));
  const overseas = departments.filter((department) => !drawn.has(department.code));
  const hrefOf = (code: string) => directoryHref(query, { department: code, page: 1 });
  const label = (department: Department) =>
    `${department.name} (${department.code}) : ${countText(counts[department.code] ?? 0)}`;

  return (
    <section aria-labelledby="par-departement" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="par-departement" className="text-lg font-semibold text-slate-900">
        Par département
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Les structures de cette recherche dans chaque département. Choisissez-en un pour n’afficher que les siennes.
      </p>
      <svg
        viewBox={map.viewBox}
        role="group"
        aria-label="Carte des départements de France métropolitaine"
        className="france-map mt-3 h-auto w-full"
      >
        {map.departments.map((department) => {
          const count = counts[department.code] ?? 0;
          const shape = <use href={`${file}#${shapeId(department.code)}`} fill={colourOf(count, classes)} />;
          return count > 0 ? (
            <a
              key={department.code}
              href={hrefOf(department.code)}
              aria-current={department.code === query.department ? "true" : undefined}
            >
              <title>{label(department)}</title>
              {shape}
            </a>
          ) : (
            <g key={department.code}>
              <title>{label(department)}</title>
              {shape}
            </g>
          );
        })}
      </svg>
      <Legend classes={classes} />
      {overseas.length > 0 ? (
        <div className="mt-3 text-sm">
          <h3 className="font-medium text-slate-900">Outre-mer</h3>
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {overseas.map((department) => {
              const count = counts[department.code] ?? 0;
              return (
                <li key={department.code} className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3 shrink-0 rounded-sm ring-1 ring-slate-400"
                    style={{ background: colourOf(count, classes) }}
                  />
                  {count > 0 ? (
                    <IntentLink href={hrefOf(department.code)}>{label(department)}</IntentLink>
                  ) : (
                    <span className="text-slate-600">{label(department)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-800">Les mêmes chiffres en tableau</summary>
        <table className="figures-table mt-2 w-full text-left">
          <caption className="sr-only">Nombre de structures de cette recherche par département</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-2 font-medium">
                Département
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Structures
              </th>
            </tr>
          </thead>
          <tbody>
            {departments.map((department) => {
              const count = counts[department.code] ?? 0;
              const name = `${department.name} (${department.code})`;
              return (
                <tr key={department.code}>
                  <th scope="row">
                    {count > 0 ? <IntentLink href={hrefOf(department.code)}>{name}</IntentLink> : name}
                  </th>
                  <td>{formatNumber(count)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function Legend({ classes }: { classes: CountClass[] }) {
  return (
    <ul aria-label="Légende" className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {[
        { colour: NONE, text: "aucune" },
        ...classes.map((item) => ({ colour: item.colour, text: rangeText(item) })),
      ].map(({ colour, text }) => (
        <li key={colour} className="flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block size-3 rounded-sm ring-1 ring-slate-400"
            style={{ background: colour }}
          />
          {text}
        </li>
      ))}
    </ul>
  );
}
