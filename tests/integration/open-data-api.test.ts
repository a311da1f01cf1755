// The open-data API and downloads on the real seeded database, through their route handlers: every item valid
// against data·inclusion's own schema file, the same totals as the directory's search, HTTP (ETag, CORS, rate
// limit, problem+json), the OpenAPI description checked against real answers, and the three file formats parsed
// back.
import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as exportFile } from "@/app/(site)/donnees/[fichier]/route";
import { GET as getOne } from "@/app/api/v1/structures/[id]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPage, OPTIONS, POST } from "@/app/api/v1/structures/route";
import { db } from "@/lib/database/db";
import { searchStructures } from "@/lib/directory/queries";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import { API_RATE_LIMIT } from "@/lib/open-data/http";
import { DATA_INCLUSION_FIELDS } from "@/lib/open-data/structure";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { withSiretKey } from "@/tests/support/siret";

const BASE = "http://localhost:3000";
let addressCount = 0;

/** A request from an address of its own, so that the rate limit counts each test apart. */
function request(path: string, headers: Record<string, string> = {}, address = `198.51.100.${++addressCount}`) {
  return new Request(`${BASE}${path}`, { headers: { [CLIENT_ADDRESS_HEADER]: address, ...headers } });
}

const page = async (search: string, headers: Record<string, string> = {}) =>
  getPage(request(`/api/v1/structures${search}`, headers));
const one = (id: string) => getOne(request(`/api/v1/structures/${id}`), { params: Promise.resolve({ id }) });
const download = (file: string, search = "") =>
  exportFile(request(`/donnees/${file}${search}`), { params: Promise.resolve({ fichier: file }) });

type Page = { items: Record<string, unknown>[]; total: number; page: number; size: number; pages: number };

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateStructure = ajv.compile(
  JSON.parse(readFileSync("../shared/data/data-inclusion/structure-v1.json", "utf8")) as object,
);

describe("GET /api/v1/structures", () => {
  it("answers every structure of the directory, each valid against data·inclusion's schema file", async () => {
    const total = await db.structure.count();
    const seen = new Set<string>();
    for (let number = 1; ; number++) {
      const response = await page(`?size=1000&page=${number}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as Page;
      expect(body).toMatchObject({ total, page: number, size: 1000, pages: Math.ceil(total / 1000) });
      for (const item of body.items) {
        expect(validateStructure(item), JSON.stringify(validateStructure.errors)).toBe(true);
        expect(Object.keys(item)).toEqual(DATA_INCLUSION_FIELDS);
        seen.add(item.id as string);
      }
      if (number >= body.pages) break;
    }
    expect(seen.size).toBe(total);
  });

  it("maps a structure field for field, with its public page and its kind as the schema names it", async () => {
    const structure = await db.structure.findFirstOrThrow({ where: { slug: "baluchon-a-table-citoyens-93" } });
    const response = await one(String(structure.id));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toMatchObject({
      source: "groupe-sns",
      id: String(structure.id),
      nom: structure.brand ?? structure.name,
      siret: structure.siret,
      code_postal: structure.postalCode,
      commune: structure.city,
      code_insee: structure.communeCode,
      latitude: structure.latitude,
      longitude: structure.longitude,
      lien_source: `${process.env.SITE_URL ?? "http://localhost:3000"}/annuaire/baluchon-a-table-citoyens-93`,
      reseaux_porteurs: [structure.kind.toLowerCase()],
      date_maj: structure.updatedAt.toISOString().slice(0, 10),
    });
  });

  it.each([
    ["?q=insertion", { q: "insertion" }],
    ["?type=ACI&type=EI&region=44", { type: ["ACI", "EI"], region: "44" }],
    ["?departement=57&q=association", { departement: "57", q: "association" }],
    ["?commune=57463&rayon=10", { commune: "57463", rayon: "10" }],
    ["?lat=48.857&lon=2.352&rayon=2", { lat: "48.857", lon: "2.352", rayon: "2" }],
  ])("filters %s as the directory does: same total", async (search, params) => {
    const expected = await searchStructures(parseDirectoryQuery(params));
    const body = (await (await page(`${search}&size=1000`)).json()) as Page;
    expect(body.total).toBe(expected.total);
    expect(body.items).toHaveLength(Math.min(expected.total, 1000));
  });

  it("pages in the order of ids, and harvests only what changed since a date", async () => {
    const first = (await (await page("?size=3")).json()) as Page;
    const second = (await (await page("?size=3&page=2")).json()) as Page;
    const ids = [...first.items, ...second.items].map((item) => Number(item.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(6);

    const edited = await db.structure.update({
      where: { slug: "baluchon-a-table-citoyens-93" },
      data: { description: "Restaurant et traiteur d’insertion à Romainville." },
    });
    const today = edited.updatedAt.toISOString().slice(0, 10);
    const changed = (await (await page(`?date_maj_min=${today}`)).json()) as Page;
    expect(changed.items.map((item) => item.id)).toContain(String(edited.id));
    expect(changed.total).toBe(await db.structure.count({ where: { updatedAt: { gte: new Date(today) } } }));
  });

  it("answers 304 to a client that has the page, and the new page after an edit", async () => {
    const response = await page("?departement=93&size=5");
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    const again = await page("?departement=93&size=5", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const { items } = (await response.json()) as Page;
    await db.structure.update({ where: { id: Number(items[0]!.id) }, data: { city: "Ville modifiée" } });
    const after = await page("?departement=93&size=5", { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(((await after.json()) as Page).items[0]!.commune).toBe("Ville modifiée");
  });

  it("lets any site read it, without credentials, and nothing else", async () => {
    const response = await page("?size=1");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("If-None-Match");
    const write = POST();
    expect(write.status).toBe(405);
    expect(write.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(write.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  });

  it(`limits an address to ${API_RATE_LIMIT.points} requests a minute, with Retry-After and RateLimit headers`, async () => {
    const address = "203.0.113.77";
    const answers = [];
    for (let i = 0; i <= API_RATE_LIMIT.points; i++) {
      answers.push(await getPage(request("/api/v1/structures?size=1", {}, address)));
    }
    expect(answers.slice(0, -1).every((answer) => answer.status === 200)).toBe(true);
    expect(answers[0]!.headers.get("ratelimit")).toBe(
      `limit=${API_RATE_LIMIT.points}, remaining=${API_RATE_LIMIT.points - 1}, reset=60`,
    );
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit")).toMatch(/remaining=0/);
    expect(refused.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/^Plus de 120 requêtes en 60 secondes/);
    // Another address is not concerned.
    expect((await page("?size=1")).status).toBe(200);
  });
});

describe("errors as application/problem+json, in French", () => {
  const problemOf = async (response: Response) => {
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    return (await response.json()) as {
      status: number;
      title: string;
      detail: string;
      errors?: { parametre: string }[];
    };
  };

  it.each([
    ["?page=0", "page", "page : un nombre entier à partir de 1."],
    ["?size=1001", "size", "size : un nombre entier de 1 à 1000."],
    ["?type=XYZ", "type", "type : l’un de"],
    ["?departement=5%207", "departement", "departement : un code comme 57, 2A ou 974."],
    ["?lat=49.1", "lat", "lat et lon vont ensemble."],
    ["?date_maj_min=2026-02-30", "date_maj_min", "date_maj_min : une date AAAA-MM-JJ."],
    ["?rayon=3&commune=57463", "rayon", "rayon : l’un de 2, 5, 10, 15, 25, 50, 100 (km)."],
    ["?departemnt=57", "departemnt", "Paramètre inconnu : departemnt."],
    ["?q=a&q=b", "q", "q"],
    ["?__proto__=x&__proto__=y", "__proto__", "Paramètre inconnu : __proto__."],
  ])("%s: 400 naming the parameter", async (search, parameter, message) => {
    const response = await page(search);
    expect(response.status).toBe(400);
    const body = await problemOf(response);
    expect(body).toMatchObject({ status: 400, title: "Paramètres invalides" });
    expect(body.errors?.map((error) => error.parametre)).toContain(parameter);
    expect(body.detail).toContain(message);
  });

  it.each(["0", "999999", "abc", "1e3", "99999999999", "-1"])("an unknown id (%s): 404", async (id) => {
    const response = await one(id);
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toMatch(/^Aucune structure n’a l’identifiant/);
  });

  test.prop(
    [
      fc.dictionary(
        fc.constantFrom(
          "q",
          "type",
          "region",
          "departement",
          "commune",
          "lat",
          "lon",
          "rayon",
          "date_maj_min",
          "page",
          "size",
          "x",
        ),
        fc.string({ unit: "binary", maxLength: 40 }),
      ),
    ],
    { numRuns: 60 },
  )("answers any parameters with a page or a 400, never a failure", async (params) => {
    const response = await page(`?${new URLSearchParams(params)}`);
    expect([200, 400]).toContain(response.status);
    if (response.status === 400) expect((await problemOf(response)).errors?.length).toBeGreaterThan(0);
    else expect(((await response.json()) as Page).items.length).toBeLessThanOrEqual(1000);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the parameters the API checks, and the answers it gives", async () => {
    const document = (await (await getOpenApi(request("/api/v1/openapi.json"))).json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
      components: { schemas: Record<string, object> };
    };
    expect(document.openapi).toBe("3.1.0");
    const names = document.paths["/api/v1/structures"]!.get.parameters.map((parameter) => parameter.name);
    expect(names.sort()).toEqual(
      ["commune", "date_maj_min", "departement", "lat", "lon", "page", "q", "rayon", "region", "size", "type"].sort(),
    );
    // Real answers checked against the description's own schemas.
    const described = new Ajv2020({ allErrors: true, strict: false });
    addFormats(described);
    described.addSchema({ $id: "api", components: document.components });
    const pageSchema = described.compile({ $ref: "api#/components/schemas/PageDeStructures" });
    const problemSchema = described.compile({ $ref: "api#/components/schemas/Probleme" });
    const answer = await (await page("?departement=57&size=50")).json();
    expect(pageSchema(answer), JSON.stringify(pageSchema.errors)).toBe(true);
    const refusal = await (await page("?page=-1")).json();
    expect(problemSchema(refusal), JSON.stringify(problemSchema.errors)).toBe(true);
    const missing = await (await one("999999")).json();
    expect(problemSchema(missing)).toBe(true);
  });
});

describe("downloads of a search", () => {
  it("gives the whole search as CSV a French spreadsheet opens: BOM, semicolons, the schema's columns", async () => {
    const expected = await searchStructures(parseDirectoryQuery({ departement: "57" }));
    const response = await download("structures.csv", "?departement=57");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="structures-iae-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte order mark Excel needs to read UTF-8 (Response.text() would hide it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parse(text, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(expected.total);
    expect(Object.keys(rows[0]!)).toEqual(DATA_INCLUSION_FIELDS);
    const inMoselle = await db.structure.findMany({ where: { departmentCode: "57" }, select: { id: true } });
    expect(rows.map((row) => Number(row.id)).sort((a, b) => a - b)).toEqual(
      inMoselle.map((s) => s.id).sort((a, b) => a - b),
    );
  });

  it("gives JSON and GeoJSON of every structure, not one page, longitude first", async () => {
    const total = await db.structure.count();
    const items = (await (await download("structures.json")).json()) as Record<string, unknown>[];
    expect(items).toHaveLength(total);
    for (const item of items.slice(0, 200)) expect(validateStructure(item)).toBe(true);

    const geojson = (await (await download("structures.geojson")).json()) as {
      type: string;
      features: {
        geometry: { type: string; coordinates: [number, number] } | null;
        properties: Record<string, unknown>;
      }[];
    };
    expect(geojson.type).toBe("FeatureCollection");
    expect(geojson.features).toHaveLength(total);
    const located = geojson.features.filter((feature) => feature.geometry);
    expect(located).toHaveLength(await db.structure.count({ where: { latitude: { not: null } } }));
    for (const { geometry, properties } of located.slice(0, 100)) {
      expect(geometry!.coordinates).toEqual([properties.longitude, properties.latitude]);
    }
  });

  it("neutralises cells a spreadsheet would run as formulas, and keeps numbers as numbers", async () => {
    const names = ['=HYPERLINK("http://x.invalid")', "+33 CHANTIER", "-SOLIDAIRE", "@SOMME(A1)"];
    for (const [index, name] of names.entries()) {
      await db.structure.create({
        data: {
          siret: withSiretKey(`99900000${index}0000`),
          kind: "ACI",
          name,
          slug: `formule-${index}`,
          city: "Formuleville",
          departmentCode: "57",
          latitude: -21.1,
          longitude: 55.5,
          source: "SNS",
        },
      });
    }
    const text = await (await download("structures.csv", "?q=formuleville")).text();
    const rows = parse(text, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.nom).sort()).toEqual(names.map((name) => `'${name}`).sort());
    expect(rows.every((row) => row.latitude === "-21.1")).toBe(true);
  });

  it("refuses a format it does not have and a mistyped filter, as problem+json", async () => {
    expect((await download("structures.xlsx")).status).toBe(404);
    const response = await download("structures.csv", "?departemnt=57");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  });
});
