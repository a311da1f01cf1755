// npm run bench:lighthouse — Lighthouse (Debian's Chromium) on every public page type of the production build,
// mobile and desktop: the four category scores, LCP, CLS, TBT, from the median of LIGHTHOUSE_RUNS runs (3 by
// default), with the range of performance scores and each run's benchmark index. Mobile is calibrated: the CPU
// slowdown comes from the machine's benchmark index measured at the start (Lighthouse's calculator,
// scripts/lighthouse-calibration.ts), so that every machine emulates the same phone; LIGHTHOUSE_CPU_MULTIPLIER
// forces one (4 is the preset's). Then, per page, what it costs: the JavaScript shipped (compressed and parsed)
// against its budget, the main thread's time by kind, the HTML and the data inlined in it for the router.
// LIGHTHOUSE_REPORT_DIR keeps the median reports.
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import os from "node:os";
import path from "node:path";
import { mkdir, rm, writeFile } from "node:fs/promises";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { mobileConfig, openLighthouse } from "@/scripts/lighthouse-runner";
import { runMain } from "@/scripts/run-main";
import { buildAndStartNext } from "@/scripts/next-server";

/** Every public page type: the home page, the directory, search results (text and filters, around a place), a
 * département, the « Carte » view, a structure, the report form, and the text pages. */
const PAGES = [
  "/",
  "/annuaire",
  "/annuaire?q=insertion&type=ACI&departement=57",
  "/annuaire?commune=57463&rayon=10",
  "/annuaire/departement/57",
  "/annuaire/carte?departement=57",
  "/annuaire/baluchon-a-table-citoyens-93",
  "/annuaire/baluchon-a-table-citoyens-93/signaler",
  "/donnees",
  "/accessibilite",
];
/** LIGHTHOUSE_PAGES=/,/annuaire… measures only those. */
const SELECTED = process.env.LIGHTHOUSE_PAGES?.split(",") ?? PAGES;
/** LIGHTHOUSE_PROFILES=mobile measures only that profile. */
const PROFILES = (process.env.LIGHTHOUSE_PROFILES?.split(",") ?? ["mobile", "desktop"]) as ("mobile" | "desktop")[];
/** Lighthouse runs per page and profile; the median one is printed. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Where to keep each full Lighthouse report (JSON, for the Lighthouse viewer), when set. */
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** JavaScript budgets (compressed bytes, as transferred): text pages, and the directory's pages. */
const TEXT_PAGES = new Set(["/", "/accessibilite", "/confidentialite", "/donnees"]);
const budgetOf = (pagePath: string) => (TEXT_PAGES.has(pagePath) ? 100_000 : 130_000);

type Audit = {
  numericValue?: number;
  details?: {
    items?: {
      resourceType?: string;
      transferSize?: number;
      resourceSize?: number;
      url?: string;
      group?: string;
      duration?: number;
    }[];
  };
};

type Report = { categories: Record<string, { score: number | null }>; audits: Record<string, Audit> };

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The page as a browser first gets it: the HTML's size, and the part of it that is the router's data. */
async function documentWeight(url: string) {
  const html = await (await fetch(url)).text();
  const routerData = [...html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1]!),
    0,
  );
  return { html: Buffer.byteLength(html), gzipped: gzipSync(html).length, routerData };
}

runMain(async () => {
  const dir = path.join(os.tmpdir(), `sns-lighthouse-${process.pid}`);
  const database = await startEmbeddedDatabase({ dir });
  let stopServer: () => Promise<unknown> = async () => {};
  const lighthouse = await openLighthouse();
  try {
    await migrate(database.url);
    await seed(database.url);
    console.log("Construction du site…");
    const server = await buildAndStartNext({
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: ".data/next-lighthouse",
      NEXTAUTH_SECRET: "secret-du-banc-lighthouse-de-plus-de-32-caracteres",
      MFA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    stopServer = server.stop;

    const { multiplier } = await lighthouse.calibrate(`${server.baseUrl}/`);
    console.log(
      `\n${"page".padEnd(48)} ${"profil".padEnd(8)} perf  a11y  b.p.  seo     LCP    CLS    TBT  perf des ${RUNS} passages  indice`,
    );
    const costs: string[] = [];
    for (const pagePath of SELECTED) {
      // A first visit renders pages regenerated on demand, so that Lighthouse measures the cached page.
      const weight = await documentWeight(`${server.baseUrl}${pagePath}`);
      for (const profile of PROFILES) {
        // One Lighthouse run varies by several points on a shared machine: the median run is printed.
        const runs = [];
        let discarded = 0;
        while (runs.length < RUNS) {
          const lhr = await lighthouse.run(
            `${server.baseUrl}${pagePath}`,
            profile === "desktop" ? desktopConfig : mobileConfig(multiplier),
            CATEGORIES,
          );
          // A run the browser could not trace (no first paint recorded) measures nothing: it is run again, and
          // said so, rather than taken for a score.
          if (lhr.runtimeError || lhr.audits["first-contentful-paint"]?.numericValue === undefined) {
            discarded += 1;
            console.log(`  (${pagePath} ${profile} : passage écarté, ${lhr.runtimeError?.code ?? "aucun FCP mesuré"})`);
            if (discarded > RUNS) throw new Error(`Lighthouse échoue sans cesse sur ${pagePath} (${profile})`);
            continue;
          }
          runs.push(lhr);
        }
        const medianRun = computeMedianRun(runs);
        const performances = runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
        if (REPORT_DIR) {
          await mkdir(REPORT_DIR, { recursive: true });
          const name = `${pagePath.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "accueil"}-${profile}.json`;
          await writeFile(path.join(REPORT_DIR, name), JSON.stringify(medianRun));
        }
        const { categories, audits } = medianRun as unknown as Report;
        const score = (name: string) => String(Math.round((categories[name]?.score ?? 0) * 100)).padStart(4);
        const value = (name: string) => audits[name]?.numericValue ?? 0;
        console.log(
          `${pagePath.padEnd(48)} ${profile.padEnd(8)} ${CATEGORIES.map(score).join("  ")}  ${(value("largest-contentful-paint") / 1000).toFixed(2).padStart(5)} s ${value("cumulative-layout-shift").toFixed(3).padStart(6)} ${Math.round(value("total-blocking-time")).toString().padStart(4)} ms  ${`${Math.min(...performances)}–${Math.max(...performances)}`.padEnd(18)}  ${Math.round(medianRun.environment.benchmarkIndex)}`,
        );
        if (profile === PROFILES[0]) costs.push(costLine(pagePath, audits, weight));
      }
    }
    console.log(
      `\nCe que coûte chaque page (passage médian, ${PROFILES[0]}) : JavaScript compressé (budget) et décompressé, temps du fil principal par nature, HTML et données du routeur qu'il contient`,
    );
    console.log(
      `${"page".padEnd(48)} ${"JS compressé".padEnd(26)} ${"JS décompr.".padEnd(11)} ${"scripts".padEnd(9)} ${"styles".padEnd(9)} ${"analyse".padEnd(9)} ${"HTML (gzip)".padEnd(20)} données du routeur`,
    );
    for (const line of costs) console.log(line);
  } finally {
    lighthouse.close();
    await stopServer();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.password`, { force: true });
  }
});

/** One page's costs: its JavaScript against its budget, the main thread by kind, its HTML. */
function costLine(pagePath: string, audits: Record<string, Audit>, weight: Awaited<ReturnType<typeof documentWeight>>) {
  const scripts = (audits["network-requests"]?.details?.items ?? []).filter((item) => item.resourceType === "Script");
  const compressed = scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const parsed = scripts.reduce((sum, item) => sum + (item.resourceSize ?? 0), 0);
  const budget = budgetOf(pagePath);
  const mainThread = new Map(
    (audits["mainthread-work-breakdown"]?.details?.items ?? []).map((item) => [item.group, item.duration ?? 0]),
  );
  const ms = (...groups: string[]) =>
    `${Math.round(groups.reduce((sum, group) => sum + (mainThread.get(group) ?? 0), 0))} ms`.padEnd(9);
  const verdict = compressed <= budget ? "tenu" : "DÉPASSÉ";
  return `${pagePath.padEnd(48)} ${`${kB(compressed)} / ${kB(budget)} ${verdict}`.padEnd(26)} ${kB(parsed).padEnd(11)} ${ms("scriptEvaluation", "scriptParseCompile")} ${ms("styleLayout")} ${ms("parseHTML")} ${`${kB(weight.html)} (${kB(weight.gzipped)})`.padEnd(20)} ${kB(weight.routerData)}`;
}
