// Metropolitan France by département as SVG paths, projected on the server once per process (Lambert
// conformal conic, the projection of IGN's maps, on a sphere) from the bundled outlines: the browser gets
// finished paths, and no map code. The paths travel as one SVG file (FRANCE_MAP_FILE) that the directory's
// pages draw with <use>: fetched once and kept by the browser, instead of 57 kB written into every directory
// page twice (its HTML and the router's data).
import { createHash } from "node:crypto";
import { OUTLINES } from "@/lib/geo/outlines";

/** Where the outlines are served (app/carte-des-departements.svg/route.ts). */
export const FRANCE_MAP_FILE = "/carte-des-departements.svg";

/** The width of the map's viewBox; one unit is about 2 km, the precision the paths keep. */
const WIDTH = 500;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Lambert-93's parameters: standard parallels 44° and 49° N, origin 46.5° N 3° E. */
function lambertConformalConic(parallel1 = 44, parallel2 = 49, originLatitude = 46.5, originLongitude = 3) {
  const [phi1, phi2, phi0] = [radians(parallel1), radians(parallel2), radians(originLatitude)];
  const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2);
  const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
  const f = (Math.cos(phi1) * t(phi1) ** n) / n;
  const rho0 = f / t(phi0) ** n;
  return (longitude: number, latitude: number): [number, number] => {
    const rho = f / t(radians(latitude)) ** n;
    const theta = n * radians(longitude - originLongitude);
    // y grows downwards in SVG.
    return [rho * Math.sin(theta), -(rho0 - rho * Math.cos(theta))];
  };
}

/** Douglas-Peucker: the points of a line that matter at `tolerance` (map units). */
function simplify(points: (readonly [number, number])[], tolerance: number) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const length = Math.hypot(bx - ax, by - ay);
    let [farthest, distance] = [-1, tolerance];
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const d =
        length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

export type DepartmentShape = { code: string; name: string; path: string };
export type FranceMap = { viewBox: string; departments: DepartmentShape[] };

function buildFranceMap(): FranceMap {
  const project = lambertConformalConic();
  const projected = [...OUTLINES].map(([code, outline]) => ({
    code,
    name: outline.name,
    polygons: outline.polygons.map((polygon) => polygon.map((ring) => ring.map(([lon, lat]) => project(lon, lat)))),
  }));
  const all = projected.flatMap((department) => department.polygons.flat(2));
  const minX = Math.min(...all.map(([x]) => x));
  const minY = Math.min(...all.map(([, y]) => y));
  const maxX = Math.max(...all.map(([x]) => x));
  const maxY = Math.max(...all.map(([, y]) => y));
  const scale = WIDTH / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale);

  /** A ring simplified to half a unit, on the map's integer grid, each point once (relative moves: short paths). */
  const ringPath = (ring: [number, number][]) => {
    const scaled = ring.map(([x, y]) => [(x - minX) * scale, (y - minY) * scale] as const);
    const grid = simplify(scaled, 0.5).map(([x, y]) => [Math.round(x), Math.round(y)] as const);
    const kept = grid.filter(([x, y], i) => i === 0 || x !== grid[i - 1]![0] || y !== grid[i - 1]![1]);
    if (kept.length < 3) return "";
    const [start, ...rest] = kept;
    let [previousX, previousY] = start!;
    const moves = rest.map(([x, y]) => {
      const move = `${x - previousX} ${y - previousY}`;
      [previousX, previousY] = [x, y];
      return move;
    });
    return `M${start![0]} ${start![1]}l${moves.join(" ")}z`;
  };

  return {
    viewBox: `0 0 ${WIDTH} ${height}`,
    departments: projected.map(({ code, name, polygons }) => ({
      code,
      name,
      path: polygons.flatMap((polygon) => polygon.map(ringPath)).join(""),
    })),
  };
}

let franceMap: FranceMap | undefined;

/** The map, projected at its first use and kept for the life of the process. */
export function getFranceMap() {
  franceMap ??= buildFranceMap();
  return franceMap;
}

/** The element a page's <use> points at for a département. */
export const shapeId = (code: string) => `d-${code}`;

let sprite: { svg: string; version: string } | undefined;

/**
 * The outlines as one SVG document, each département a path named by shapeId (no fill or stroke of its own: the
 * page's <use> gives them), and a version that changes with them, for the file's address.
 */
export function franceMapSprite() {
  if (!sprite) {
    const map = getFranceMap();
    const paths = map.departments
      .map(
        (department) =>
          `<path id="${shapeId(department.code)}" d="${department.path}" vector-effect="non-scaling-stroke"/>`,
      )
      .join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${map.viewBox}"><defs>${paths}</defs></svg>`;
    sprite = { svg, version: createHash("sha256").update(svg).digest("hex").slice(0, 12) };
  }
  return sprite;
}

/** The file's address for this version of the outlines: it can be kept for a year. */
export const franceMapHref = () => `${FRANCE_MAP_FILE}?v=${franceMapSprite().version}`;
