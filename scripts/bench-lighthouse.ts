// npm run bench:lighthouse — Lighthouse (Debian's Chromium) on the home page, the directory and a structure
// page of the production build, mobile and desktop: the four category scores, LCP, CLS, TBT, and the
// JavaScript each page ships (compressed bytes, as transferred), from the median of LIGHTHOUSE_RUNS runs
// (3 by default), with the range of performance scores and Lighthouse's benchmark index of the machine
// (its speed during the median run: mobile scores drop when neighbours take the CPU). LIGHTHOUSE_REPORT_DIR
// keeps the median reports.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { mkdir, rm, writeFile } from "node:fs/promises";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/scripts/chromium";
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

type Audit = {
  numericValue?: number;
  details?: { items?: { resourceType?: string; transferSize?: number; url?: string }[] };
};

runMain(async () => {
  const dir = path.join(os.tmpdir(), `sns-lighthouse-${process.pid}`);
  const database = await startEmbeddedDatabase({ dir });
  let stopServer: () => Promise<unknown> = async () => {};
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
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
    console.log(
      `\n${"page".padEnd(48)} ${"profil".padEnd(8)} perf  a11y  b.p.  seo     LCP    CLS    TBT   JS (octets compressés)  perf des ${RUNS} passages  indice machine`,
    );
    for (const pagePath of SELECTED) {
      // A first visit renders pages regenerated on demand, so that Lighthouse measures the cached page.
      await fetch(`${server.baseUrl}${pagePath}`);
      for (const profile of PROFILES) {
        // One Lighthouse run varies by several points on a shared machine: the median run is printed.
        const runs = [];
        let discarded = 0;
        while (runs.length < RUNS) {
          const result = await lighthouse(
            `${server.baseUrl}${pagePath}`,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
            profile === "desktop" ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${pagePath}`);
          // A run the browser could not trace (no first paint recorded) measures nothing: it is run again, and
          // said so, rather than taken for a score.
          const { lhr } = result;
          if (lhr.runtimeError || lhr.audits["first-contentful-paint"]?.numericValue === undefined) {
            discarded += 1;
            console.log(`  (${pagePath} ${profile} : passage écarté, ${lhr.runtimeError?.code ?? "aucun FCP mesuré"})`);
            if (discarded > RUNS) throw new Error(`Lighthouse échoue sans cesse sur ${pagePath} (${profile})`);
            continue;
          }
          runs.push(lhr);
        }
        const median = computeMedianRun(runs);
        const performances = runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
        if (REPORT_DIR) {
          await mkdir(REPORT_DIR, { recursive: true });
          const name = `${pagePath.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "accueil"}-${profile}.json`;
          await writeFile(path.join(REPORT_DIR, name), JSON.stringify(median));
        }
        const { categories, audits } = median as unknown as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, Audit>;
        };
        const score = (name: string) => String(Math.round((categories[name]?.score ?? 0) * 100)).padStart(4);
        const value = (name: string) => audits[name]?.numericValue ?? 0;
        const js = (audits["network-requests"]?.details?.items ?? [])
          .filter((item) => item.resourceType === "Script")
          .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
        console.log(
          `${pagePath.padEnd(48)} ${profile.padEnd(8)} ${CATEGORIES.map(score).join("  ")}  ${(value("largest-contentful-paint") / 1000).toFixed(2).padStart(5)} s ${value("cumulative-layout-shift").toFixed(3).padStart(6)} ${Math.round(value("total-blocking-time")).toString().padStart(4)} ms  ${js.toLocaleString("fr-FR").padStart(8)}  ${`${Math.min(...performances)}–${Math.max(...performances)}`.padEnd(20)}  ${Math.round(median.environment.benchmarkIndex)}`,
        );
      }
    }
  } finally {
    await chrome.kill();
    await stopServer();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.password`, { force: true });
  }
});
