// The directory's state lives in the URL: ?q=…&type=ACI&type=EI&region=44&departement=57&commune=57463&rayon=10
// &page=2.
// Parsing never fails: hostile or unknown values are bounded here and simply match nothing later.

export const PAGE_SIZE = 20;
export const MAX_QUERY_LENGTH = 200;
const MAX_PAGE = 10_000;
const MAX_KINDS = 8;

/** The distances a search around a commune offers, in km, as the national platforms do. */
export const RADII = [2, 5, 10, 15, 25, 50, 100] as const;
export const DEFAULT_RADIUS = 25;

export type DirectoryQuery = {
  q: string;
  kinds: string[];
  region: string;
  department: string;
  /** A commune's INSEE code: its structures, and those within `radius` km of it. */
  commune: string;
  /** A place typed without the suggestions (`lieu`), for the server to find the commune it names. */
  place: string;
  radius: number;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);
// Control characters and lone surrogates would only ever come from a forged URL. The length is counted in
// characters, so that a cut never splits one (an emoji, a rare ideogram) in two.
const clean = (value: string, max: number) =>
  [...value.toWellFormed().replace(/[\u0000-\u001f\u007f]/g, " ")].slice(0, max).join("").trim();

export function parseDirectoryQuery(params: RawParams): DirectoryQuery {
  const page = Number(first(params.page));
  return {
    q: clean(first(params.q), MAX_QUERY_LENGTH),
    kinds: [
      ...new Set(
        all(params.type)
          .map((kind) => clean(kind.toUpperCase(), 10))
          .filter(Boolean),
      ),
    ].slice(0, MAX_KINDS),
    region: clean(first(params.region), 10),
    department: clean(first(params.departement).toUpperCase(), 10),
    commune: clean(first(params.commune).toUpperCase(), 10),
    place: clean(first(params.lieu), 100),
    radius: RADII.find((radius) => String(radius) === first(params.rayon).trim()) ?? DEFAULT_RADIUS,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

export function isFiltered(query: DirectoryQuery) {
  return (
    query.q !== "" ||
    query.kinds.length > 0 ||
    query.region !== "" ||
    query.department !== "" ||
    query.commune !== "" ||
    query.place !== ""
  );
}

/** The URL of a directory state, parameters in a fixed order; page 1 is implied. */
export function directoryHref(query: DirectoryQuery, changes: Partial<DirectoryQuery> = {}, basePath = "/annuaire") {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const kind of next.kinds) params.append("type", kind);
  if (next.region) params.set("region", next.region);
  if (next.department) params.set("departement", next.department);
  if (next.commune) params.set("commune", next.commune);
  else if (next.place) params.set("lieu", next.place);
  if ((next.commune || next.place) && next.radius !== DEFAULT_RADIUS) params.set("rayon", String(next.radius));
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}
