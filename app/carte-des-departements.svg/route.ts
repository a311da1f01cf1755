// The outlines of the map of France by département (lib/geo/france-map.ts), which the directory's pages draw
// with <use>. The address carries the outlines' version: that one is kept for a year, any other for a minute.
import { franceMapSprite } from "@/lib/geo/france-map";

export function GET(request: Request) {
  const { svg, version } = franceMapSprite();
  const isCurrent = new URL(request.url).searchParams.get("v") === version;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": isCurrent ? "public, max-age=31536000, immutable" : "public, max-age=60",
    },
  });
}
