// npm run bench:search — loads 100,000 generated structures into a scratch embedded database and prints
// p50/p95 of representative directory searches, through the same function the /annuaire page calls.
// Run with the react-server condition (see package.json) so that "server-only" modules load as on the server.
import { rm, mkdir, chmod } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { loadBenchStructures } from "@/scripts/bench-data";
import { runMain } from "@/scripts/run-main";

const TARGET = Number(process.env.BENCH_STRUCTURES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const DIR = path.join(".data", "bench-search");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

runMain(async () => {
  await rm(DIR, { recursive: true, force: true });
  await rm(`${DIR}.password`, { force: true });
  await mkdir(".data", { recursive: true });
  await chmod(".data", 0o755);
  const database = await startEmbeddedDatabase({ dir: DIR });
  try {
    await loadBenchStructures(database.url, TARGET);
    process.env.DATABASE_URL = database.url;
    const { countByDepartment, findSearchPoints, MAP_POINT_LIMIT, searchStructures } =
      await import("@/lib/directory/queries");
    const { parseDirectoryQuery } = await import("@/lib/directory/search-params");
    const { db } = await import("@/lib/database/db");

    const scenarios: [string, Record<string, string | string[]>][] = [
      ["texte fréquent « insertion »", { q: "insertion" }],
      ["texte rare « collecterie »", { q: "collecterie" }],
      ["début de mot « collect »", { q: "collect" }],
      ["accents « economie solidaire »", { q: "economie solidaire" }],
      ["plusieurs mots « atelier chantier metz »", { q: "atelier chantier metz" }],
      ["SIRET exact", { q: "75187049400026" }],
      ["SIRET avec espaces", { q: "751 870 494 00026" }],
      ["filtres type + région", { type: ["ACI", "EI"], region: "44" }],
      ["texte + type + département", { q: "association", type: "ACI", departement: "57" }],
      ["page profonde sans texte (page 4 000)", { page: "4000" }],
      ["page profonde avec texte (page 200)", { q: "insertion", page: "200" }],
      ["aucun résultat", { q: "zzzzqqq" }],
      ["autour d’une ville : Metz, 10 km", { commune: "57463", rayon: "10" }],
      ["autour de Paris, 2 km", { commune: "75056", rayon: "2" }],
      [
        "commune rurale, 100 km, texte + types",
        { commune: "55527", rayon: "100", q: "insertion", type: ["ACI", "EI"] },
      ],
      ["autour de Paris, 100 km, page 10", { commune: "75056", rayon: "100", page: "10" }],
    ];
    type Query = ReturnType<typeof parseDirectoryQuery>;
    /** p50 and p95 of `RUNS` calls after 5 of warm-up, printed on one line; the times, for the overall figure. */
    async function measure(label: string, run: (query: Query) => Promise<unknown>, query: Query, shown: string) {
      for (let i = 0; i < 5; i++) await run(query);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run(query);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(44)} ${shown.padStart(9)} ${percentile(times, 50).toFixed(1).padStart(7)} ${percentile(times, 95).toFixed(1).padStart(7)}`,
      );
      return times;
    }
    const header = (column: string) =>
      console.log(`${"recherche".padEnd(44)} ${column.padStart(9)} ${"p50".padStart(7)} ${"p95".padStart(7)}`);

    const all: number[] = [];
    console.log(
      `\n${RUNS} exécutions par recherche, après échauffement (millisecondes, appel complet : normalisation, page, total) :`,
    );
    header("résultats");
    for (const [label, params] of scenarios) {
      const query = parseDirectoryQuery(params);
      const { total } = await searchStructures(query);
      all.push(...(await measure(label, searchStructures, query, String(total))));
    }
    all.sort((a, b) => a - b);
    console.log(
      `${"toutes recherches confondues".padEnd(44)} ${"".padStart(9)} ${percentile(all, 50).toFixed(1).padStart(7)} ${percentile(all, 95).toFixed(1).padStart(7)}`,
    );
    console.log(`\nObjectif : p95 < 50 ms — ${percentile(all, 95) < 50 ? "atteint" : "NON atteint"}.`);

    // The maps: the counts by département beside every list (on a cache miss), and the « Carte » view's points.
    const mapScenarios: [string, Record<string, string | string[]>][] = [
      ["tout l’annuaire", {}],
      ["texte fréquent « insertion »", { q: "insertion" }],
      ["filtres type + région", { type: ["ACI", "EI"], region: "44" }],
      ["autour d’une ville : Metz, 10 km", { commune: "57463", rayon: "10" }],
    ];
    console.log("\nCarte de France par département (comptes de la recherche, sans le filtre de département) :");
    header("départ.");
    for (const [label, params] of mapScenarios) {
      const query = parseDirectoryQuery(params);
      const counts = await countByDepartment(query);
      await measure(label, countByDepartment, query, String(Object.keys(counts).length));
    }
    console.log(`\nVue « Carte » (points de la recherche, ${MAP_POINT_LIMIT} au plus) :`);
    header("points");
    for (const [label, params] of mapScenarios) {
      const query = parseDirectoryQuery(params);
      const { points } = await findSearchPoints(query);
      await measure(label, findSearchPoints, query, String(points.length));
    }
    await db.$disconnect();
    if (process.env.BENCH_KEEP) {
      console.log(`Base conservée (BENCH_KEEP) : ${database.url} — Ctrl-C pour l'arrêter.`);
      await new Promise(() => {});
    }
  } finally {
    await database.stop();
    await rm(DIR, { recursive: true, force: true });
    await rm(`${DIR}.password`, { force: true });
  }
});
