// The metropolitan départements' outlines (France GeoJSON, simplified, from IGN Admin Express; Licence
// Ouverte; coordinates rounded to about 100 m in lib/geo/data/departements.json), drawn as SVG on the server:
// no map service is asked anything when a page loads.
import outlines from "@/lib/geo/data/departements.json";

type Ring = [number, number][];
type Outline = { name: string; polygons: Ring[][] };

export const OUTLINES = new Map(Object.entries(outlines as unknown as Record<string, Outline>));

/** The SVG of a département with a point in it: its outline as a path, the point, in a 200-wide box. */
export function departmentLocator(code: string, point: { latitude: number; longitude: number }) {
  const outline = OUTLINES.get(code);
  if (!outline) return null;
  const all = outline.polygons.flat(2);
  const [minLon, maxLon] = [Math.min(...all.map((c) => c[0])), Math.max(...all.map((c) => c[0]))];
  const [minLat, maxLat] = [Math.min(...all.map((c) => c[1])), Math.max(...all.map((c) => c[1]))];
  // Equirectangular around the département's middle latitude: right for a département's size.
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const width = (maxLon - minLon) * xScale;
  const height = maxLat - minLat;
  const scale = 200 / Math.max(width, height);
  const project = (longitude: number, latitude: number) =>
    [((longitude - minLon) * xScale * scale).toFixed(1), ((maxLat - latitude) * scale).toFixed(1)] as const;
  const path = outline.polygons
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map(([lon, lat]) => project(lon, lat).join(",")).join("L")}Z`))
    .join("");
  const [x, y] = project(point.longitude, point.latitude);
  return {
    name: outline.name,
    viewBox: `-6 -6 ${(width * scale + 12).toFixed(1)} ${(height * scale + 12).toFixed(1)}`,
    path,
    point: { x: Number(x), y: Number(y) },
  };
}
