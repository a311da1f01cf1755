// The scratch data of the benchmarks: the seeded directory grown to TARGET structures whose words and places
// are drawn from the real sample, deterministically, so that every run measures the same data.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { parse } from "csv-parse/sync";
import pg from "pg";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";

type Row = Record<string, string>;

/** A deterministic generator, so that every run measures the same data. */
function random(seedValue: number) {
  let state = seedValue;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

type Place = {
  city: string;
  postalCode: string;
  department: string;
  latitude: number | null;
  longitude: number | null;
  commune: string | null;
};

async function generate(client: pg.Client, sample: Row[], count: number) {
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  // Words and places as they occur in the real sample, so that frequencies are realistic; each generated
  // structure sits within about 2 km of a real one, in its commune.
  const words = sample.flatMap((row) => (row.brand || row.name || "").split(/\s+/).filter((w) => w.length > 1));
  const { rows: places } = await client.query<Place>(
    `SELECT city, coalesce(postal_code, '') AS "postalCode", department_code AS department, latitude, longitude,
            commune_code AS commune FROM structure`,
  );
  const kinds = sample.map((row) => row.kind!);
  const jitter = () => (next() - 0.5) * 0.04;
  for (let start = 0; start < count; start += 5000) {
    const size = Math.min(5000, count - start);
    const columns: string[][] = [[], [], [], [], [], [], [], [], [], [], []];
    for (let i = 0; i < size; i++) {
      const n = start + i;
      const place = pick(places);
      const name = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(words)).join(" ");
      const values = [
        String(10_000_000_000_000 + n * 7919).slice(0, 14),
        pick(kinds),
        name.toUpperCase(),
        next() < 0.3 ? name : "",
        `bench-${n}`,
        place.city,
        place.postalCode,
        place.department,
        place.latitude === null ? "" : String(place.latitude + jitter()),
        place.longitude === null ? "" : String(place.longitude + jitter()),
        place.commune ?? "",
      ];
      values.forEach((value, column) => columns[column]!.push(value));
    }
    await client.query(
      `INSERT INTO structure (siret, kind, name, brand, slug, city, postal_code, department_code, latitude, longitude,
                              commune_code, source, updated_at)
       SELECT siret, kind::"StructureKind", name, nullif(brand, ''), slug, city, nullif(postal_code, ''), department,
              nullif(latitude, '')::float8, nullif(longitude, '')::float8, nullif(commune, ''), 'BENCH', now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::text[], $10::text[], $11::text[])
           AS t(siret, kind, name, brand, slug, city, postal_code, department, latitude, longitude, commune)
       ON CONFLICT DO NOTHING`,
      columns,
    );
  }
}

/** Migrates and seeds the database at `url`, then adds generated structures up to `target`. */
export async function loadBenchStructures(url: string, target: number) {
  await migrate(url);
  await seed(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sample = parse(await readFile("prisma/seed/siae-sample-3853.csv", "utf8"), { columns: true }) as Row[];
    const loadStart = performance.now();
    await generate(client, sample, target - sample.length);
    // What autovacuum does after a bulk load: statistics, and the visibility map index-only scans rely on.
    await client.query("VACUUM ANALYZE structure");
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM structure");
    console.log(`${rows[0]!.n} structures chargées en ${((performance.now() - loadStart) / 1000).toFixed(1)} s.`);
  } finally {
    await client.end();
  }
}
