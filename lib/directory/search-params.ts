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
  /** « Autour de moi »: the visitor's position (`lat`, `lon`), as sent; checked by the search. */
  latitude: string;
  longitude: string;
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
    latitude: clean(first(params.lat), 20),
    longitude: clean(first(params.lon), 20),
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
    query.place !== "" ||
    query.latitude !== "" ||
    query.longitude !== ""
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
  else if (next.latitude || next.longitude) {
    params.set("lat", next.latitude);
    params.set("lon", next.longitude);
  }
  const hasPlace = next.commune || next.place || next.latitude || next.longitude;
  if (hasPlace && next.radius !== DEFAULT_RADIUS) params.set("rayon", String(next.radius));
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/**
 * The position of an « Autour de moi » search, rounded to about 100 m (3 decimals), as the button sends it;
 * null when there is none, "invalid" when what was sent is no position on Earth.
 */
export function positionOf(query: DirectoryQuery): { latitude: number; longitude: number } | null | "invalid" {
  if (!query.latitude && !query.longitude) return null;
  const DECIMAL = /^-?\d{1,3}(\.\d+)?$/;
  if (!DECIMAL.test(query.latitude) || !DECIMAL.test(query.longitude)) return "invalid";
  const [latitude, longitude] = [Number(query.latitude), Number(query.longitude)];
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return "invalid";
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { latitude: round(latitude), longitude: round(longitude) };
}
