import { describe, expect, it } from "vitest";
import { countClasses } from "@/components/directory/department-map";
import { parseMapEnv } from "@/lib/env";
import { franceMapHref, franceMapSprite, getFranceMap, shapeId } from "@/lib/geo/france-map";
import { contentSecurityPolicy } from "@/lib/server/security-headers";

describe("map tiles configuration", () => {
  it("uses OpenStreetMap's tiles with their attribution by default", () => {
    expect(parseMapEnv({})).toEqual({
      tilesUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      tilesSource: "https://tile.openstreetmap.org",
      attribution: { text: "© les contributeurs d’OpenStreetMap", href: "https://www.openstreetmap.org/copyright" },
    });
  });

  it("takes another provider with its credit, and opens the policy to its subdomains when it has {s}", () => {
    const map = parseMapEnv({
      MAP_TILES_URL: "https://{s}.tuiles.example.fr/carte/{z}/{x}/{y}{r}.png",
      MAP_TILES_ATTRIBUTION: "© Exemple <b>",
    });
    expect(map.tilesSource).toBe("https://*.tuiles.example.fr");
    expect(map.attribution).toEqual({ text: "© Exemple <b>", href: null });
    expect(contentSecurityPolicy({ admin: false, https: true, mapTiles: map.tilesSource })).toContain(
      "img-src 'self' data: blob: https://*.tuiles.example.fr;",
    );
  });

  it.each([
    ["http://tile.example.fr/{z}/{x}/{y}.png", "doit être une adresse https de tuiles"],
    ["https://tile.example.fr/{z}/{x}.png", "doit être une adresse https de tuiles"],
    ["https://user:secret@tile.example.fr/{z}/{x}/{y}.png", "doit être une adresse https de tuiles"],
    ["https://tile.example.fr/{z}/{x}/{y}.png", "MAP_TILES_ATTRIBUTION est obligatoire"],
  ])("refuses %s with a French message", (url, message) => {
    expect(() => parseMapEnv({ MAP_TILES_URL: url })).toThrow(message);
  });
});

describe("map of France by département", () => {
  it("projects the 96 metropolitan départements into its frame, Brittany west of Alsace, Lille north of Marseille", () => {
    const map = getFranceMap();
    expect(map.departments).toHaveLength(96);
    const [, , width, height] = map.viewBox.split(" ").map(Number);
    const start = (code: string) => {
      const [x, y] = map.departments
        .find((d) => d.code === code)!
        .path.match(/^M(\d+) (\d+)/)!
        .slice(1)
        .map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(width!);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(height!);
      return { x: x!, y: y! };
    };
    expect(start("29").x).toBeLessThan(start("67").x);
    expect(start("59").y).toBeLessThan(start("13").y);
    // One file for every directory page, fetched once: small enough for a phone's first search.
    expect(map.departments.reduce((sum, d) => sum + d.path.length, 0)).toBeLessThan(50_000);
  });

  it("serves the outlines as one SVG file, a path per département, whose version changes with them", () => {
    const { svg, version } = franceMapSprite();
    const document = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(document.querySelector("parsererror")).toBeNull();
    const paths = [...document.querySelectorAll("defs > path")];
    expect(paths.map((path) => path.id)).toEqual(getFranceMap().departments.map((d) => shapeId(d.code)));
    // No colour of their own: the page's <use> gives fill and stroke.
    for (const path of paths) expect([path.getAttribute("fill"), path.getAttribute("stroke")]).toEqual([null, null]);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(franceMapHref()).toBe(`/carte-des-departements.svg?v=${version}`);
  });

  it("colours counts by quartile, each class covering a range, zero apart", () => {
    const classes = countClasses([0, 1, 2, 3, 4, 5, 6, 7, 8, 50, 0]);
    expect(classes.map(({ from, to }) => [from, to])).toEqual([
      [1, 3],
      [4, 5],
      [6, 7],
      [8, 50],
    ]);
    expect(new Set(classes.map((c) => c.colour)).size).toBe(4);
    // Few distinct figures: fewer classes, colours far apart.
    expect(countClasses([3, 3, 3]).map(({ from, to }) => [from, to])).toEqual([[3, 3]]);
    expect(countClasses([0, 0])).toEqual([]);
  });
});
