import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { SECTIONS } from "@/prisma/seed/content";
import { createScratchDatabase } from "@/tests/support/test-database";

let client: pg.Client;
let url: string;

async function count(table: string) {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM "${table}"`);
  return Number(rows[0]!.count);
}

beforeAll(async () => {
  url = await createScratchDatabase(inject("adminUrl"), `seed_${process.pid}`);
  await migrate(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(() => client.end());

describe("seed", () => {
  it("fills an empty database with the page, the figures and the 3,853 structures of the sample", async () => {
    const report = await seed(url);
    expect(report).toEqual({
      regions: 18,
      departments: 102,
      structures: 3853,
      sections: SECTIONS.length,
      counts: 4,
      mandates: 3,
      communes: 34_969,
      structuresInCommunes: 3847,
    });

    const { rows: counts } = await client.query(`SELECT kind::text, value FROM structure_count ORDER BY position`);
    expect(counts).toEqual([
      { kind: "EI", value: 950 },
      { kind: "AI", value: 750 },
      { kind: "ETTI", value: 250 },
      { kind: "ACI", value: 1900 },
    ]);
    const { rows: figures } = await client.query(
      `SELECT founded_year, members, aci_count, employees, employees_in_pathway FROM network_figures`,
    );
    expect(figures).toEqual([
      { founded_year: 1995, members: 700, aci_count: 1200, employees: 36000, employees_in_pathway: 30000 },
    ]);
    const { rows: kinds } = await client.query(
      `SELECT kind::text, count(*)::int AS n FROM structure GROUP BY kind ORDER BY kind`,
    );
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toEqual({
      ACI: 1815,
      EI: 944,
      AI: 620,
      ETTI: 299,
      GEIQ: 172,
      EA: 3,
    });
  });

  it("names no person in the mandates, and fixes the text's typo", async () => {
    const { rows } = await client.query<{ organisation: string; role: string; level: string }>(
      `SELECT organisation, role, level::text FROM mandate ORDER BY position`,
    );
    expect(rows.map((r) => [r.organisation.split(" (")[0], r.role, r.level])).toEqual([
      ["Chantier École Grand Est", "Membre du Conseil d’Administration", "REGIONAL"],
      ["CDIAE Moselle", "Membre", "DEPARTMENTAL"],
      ["CRESS Grand Est", "Assesseur", "REGIONAL"],
    ]);
    const { rows: bodies } = await client.query<{ body: string }>(`SELECT body FROM page_section`);
    const text = bodies.map((b) => b.body).join("\n");
    expect(text).not.toContain("Économice");
    expect(text).toContain("l’Économie Sociale et Solidaire (ESS)");
    expect(text).not.toMatch(/Lorem ipsum|Ajoutez votre titre/);
  });

  it("keeps search columns in step through the trigger", async () => {
    const { rows } = await client.query(
      `SELECT sort_name, search_vector::text FROM structure WHERE slug = 'utileco-services-67'`,
    );
    expect(rows[0].sort_name).toBe("utileco services");
    for (const word of ["'utileco'", "'services'", "'haguenau'", "'67500'", "'34232310200026'"]) {
      expect(rows[0].search_vector).toContain(word);
    }
    await client.query(`UPDATE structure SET brand = 'Nouvelle Enseigne' WHERE slug = 'utileco-services-67'`);
    const { rows: after } = await client.query(
      `SELECT sort_name, search_vector::text FROM structure WHERE slug = 'utileco-services-67'`,
    );
    expect(after[0].sort_name).toBe("nouvelle enseigne");
    expect(after[0].search_vector).toContain("'enseigne'");
  });

  it("changes nothing when run again, and never overwrites what staff edited", async () => {
    await client.query(`UPDATE page_section SET heading = 'Titre modifié par l’équipe' WHERE key = 'aci'`);
    await client.query(`UPDATE structure_count SET value = 1999 WHERE kind = 'ACI'`);
    const before = await Promise.all(["structure", "mandate", "page_section", "department"].map(count));

    const report = await seed(url);

    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    expect(await Promise.all(["structure", "mandate", "page_section", "department"].map(count))).toEqual(before);
    const { rows } = await client.query(`SELECT heading FROM page_section WHERE key = 'aci'`);
    expect(rows[0].heading).toBe("Titre modifié par l’équipe");
    const { rows: aci } = await client.query(`SELECT value FROM structure_count WHERE kind = 'ACI'`);
    expect(aci[0].value).toBe(1999);
  });

  it("seeds once when two processes seed an empty database together", async () => {
    const other = await createScratchDatabase(inject("adminUrl"), `seed_race_${process.pid}`);
    await migrate(other);
    await Promise.all([seed(other), seed(other)]);
    const raced = new pg.Client({ connectionString: other });
    await raced.connect();
    try {
      const { rows } = await raced.query(
        `SELECT (SELECT count(*)::int FROM mandate) AS mandates, (SELECT count(*)::int FROM structure) AS structures`,
      );
      expect(rows[0]).toEqual({ mandates: 3, structures: 3853 });
    } finally {
      await raced.end();
    }
  });
});
