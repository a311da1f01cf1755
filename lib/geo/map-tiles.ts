// The tiles under the « Carte » view of the directory: OpenStreetMap's public tiles unless MAP_TILES_URL names
// another provider. Only that view may load them: its Content-Security-Policy names their host, no other page's.

/** OpenStreetMap's own tile server: free for light use, with its attribution (operations.osmfoundation.org/policies/tiles). */
export const OSM_TILES_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export const OSM_ATTRIBUTION = {
  text: "© les contributeurs d’OpenStreetMap",
  href: "https://www.openstreetmap.org/copyright",
};

/** The path of the « Carte » view: the one page whose policy lets the tiles in. */
export const MAP_VIEW_PATH = "/annuaire/carte";

/** Leaflet's template: https, with {z}, {x} and {y}, and optionally {s} (a subdomain) or {r} (retina). */
export function isTileTemplate(template: string) {
  if (!["{z}", "{x}", "{y}"].every((part) => template.includes(part))) return false;
  try {
    const url = new URL(template.replaceAll("{s}", "a"));
    return url.protocol === "https:" && url.username === "" && url.password === "";
  } catch {
    return false;
  }
}

/** The Content-Security-Policy source of a tile template: its origin, every subdomain when it has {s}. */
export function tileSource(template: string) {
  const { protocol, host } = new URL(template.replaceAll("{s}", "a"));
  const hasSubdomain = /^https:\/\/\{s\}\./.test(template);
  return `${protocol}//${hasSubdomain ? `*.${host.split(".").slice(1).join(".")}` : host}`;
}
