// npm run bench:floor — what the framework alone costs on this machine, measured apart from the site: a bare
// Next.js App Router app (the project's own next, react and react-dom, from its node_modules), written to
// .data/bench-floor, built and served with `next start`. Three pages, none with a client component:
// - `/`, a static text page: the JavaScript every App Router page ships (compressed gzip and brotli, and
//   parsed), and Lighthouse's mobile score, LCP and TBT on the calibrated phone (as npm run bench:lighthouse);
// - `/rendu`, a page rendered on each request with one heading and one paragraph;
// - `/recherche`, a page rendered on each request with about the elements of a directory search (a form of
//   120 options, 20 result cards, a table of 101 rows, 96 map shapes), no data read;
// the last two loaded with wrk at 10 and 100 connections. The site's budgets and targets are read against it.
// LIGHTHOUSE_RUNS (3) and BENCH_SECONDS (10) as the other benchmarks.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { findFreePort } from "@/lib/database/embedded";
import { mobileConfig, openLighthouse } from "@/scripts/lighthouse-runner";
import { runMain } from "@/scripts/run-main";
import { WRK, wrk } from "@/scripts/wrk";

const DIR = path.resolve(".data/bench-floor");
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** The bare app: plain JSX, so that no TypeScript setup is written beside it. */
const FILES: Record<string, string> = {
  "app/layout.jsx": `export const metadata = { title: "Plancher" };
export default function RootLayout({ children }) {
  return <html lang="fr"><body>{children}</body></html>;
}
`,
  "app/page.jsx": `const paragraph = "L’insertion par l’activité économique permet aux personnes les plus éloignées de l’emploi de bénéficier d’un accompagnement renforcé, qui doit faciliter leur insertion sociale et professionnelle.";
export default function Page() {
  return <main><h1>Déclaration d’accessibilité</h1>{Array.from({ length: 12 }, (_, i) => <p key={i}>{paragraph}</p>)}</main>;
}
`,
  "app/rendu/page.jsx": `import { connection } from "next/server";
export default async function Page() {
  await connection();
  return <main><h1>Recherche</h1><p>Aucune structure trouvée.</p></main>;
}
`,
  "app/recherche/page.jsx": `import { connection } from "next/server";
export default async function Page({ searchParams }) {
  await connection();
  const { q = "" } = await searchParams;
  const list = (length) => Array.from({ length }, (_, i) => i);
  return (
    <main>
      <h1>Recherche « {q} »</h1>
      <form><label htmlFor="d">Département</label><select id="d" name="d">{list(120).map((i) => <option key={i} value={i}>Département {i}</option>)}</select></form>
      <ol>{list(20).map((i) => (
        <li key={i}><article><h2><a href={"/s/" + i}>Structure {i} {q}</a></h2><p>Atelier et chantier d’insertion</p>
        <p>12 rue de la Gare, 57000 Metz</p><dl><dt>SIRET</dt><dd>1234567890000{i}</dd></dl></article></li>
      ))}</ol>
      <table><tbody>{list(101).map((i) => <tr key={i}><th scope="row"><a href={"/d/" + i}>Département {i}</a></th><td>{i * 3}</td><td>{i % 7}</td></tr>)}</tbody></table>
      <svg viewBox="0 0 10 10">{list(96).map((i) => <use key={i} href={"/carte.svg#d" + i} className={"q" + (i % 4)} />)}</svg>
    </main>
  );
}
`,
};

function next(args: string[], onOutput?: (text: string) => void) {
  const child = spawn(process.execPath, [NEXT_BIN, ...args], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk;
    onOutput?.(output);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  return { child, exited, output: () => output };
}

/** The scripts a page loads, fetched: their total size as served, gzip-compressed, brotli-compressed (11). */
async function pageScripts(url: string) {
  const html = await (await fetch(url)).text();
  // What a current browser loads: not the polyfills kept for browsers without modules.
  const sources = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((match) => !/nomodule/i.test(`${match[1]} ${match[3]}`))
    .map((match) => new URL(match[2]!, url).href);
  const bodies = await Promise.all(
    sources.map(async (source) => Buffer.from(await (await fetch(source)).arrayBuffer())),
  );
  const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);
  return {
    count: sources.length,
    parsed: sum(bodies.map((body) => body.length)),
    gzip: sum(bodies.map((body) => gzipSync(body, { level: 9 }).length)),
    brotli: sum(
      bodies.map((body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    ),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

runMain(async () => {
  if (!existsSync(WRK)) throw new Error(`${WRK} absent : apt-get install wrk`);
  await rm(DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(DIR, file)), { recursive: true });
    await writeFile(path.join(DIR, file), text);
  }
  const version = (name: string) => createRequire(import.meta.url)(`${name}/package.json`).version as string;
  console.log(`Application nue : next ${version("next")}, react ${version("react")}, dans ${DIR}\nConstruction…`);
  const build = next(["build", DIR]);
  if ((await build.exited) !== 0) throw new Error(`next build a échoué :\n${build.output()}`);

  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = next(["start", DIR, "-p", String(port), "-H", "127.0.0.1"]);
  const lighthouse = await openLighthouse();
  try {
    for (
      let attempt = 0;
      !(await fetch(baseUrl).then(
        (response) => response.ok,
        () => false,
      ));
      attempt++
    ) {
      if (attempt > 150 || server.child.exitCode !== null)
        throw new Error(`le serveur n'a pas démarré :\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    const scripts = await pageScripts(`${baseUrl}/`);
    console.log(
      `\nJavaScript d’une page de texte sans composant client : ${scripts.count} fichiers, ${kB(scripts.gzip)} en gzip, ${kB(scripts.brotli)} en brotli, ${kB(scripts.parsed)} décompressé`,
    );

    const { multiplier } = await lighthouse.calibrate(`${baseUrl}/`);
    const runs = [];
    for (let attempt = 0; attempt < RUNS; attempt++) {
      runs.push(await lighthouse.run(`${baseUrl}/`, mobileConfig(multiplier), ["performance"]));
    }
    const medianRun = computeMedianRun(runs);
    const value = (name: string) => medianRun.audits[name]?.numericValue ?? 0;
    console.log(
      `Lighthouse mobile, page de texte (médiane de ${RUNS}) : performance ${Math.round((medianRun.categories.performance?.score ?? 0) * 100)} (${runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)).join(", ")}), LCP ${(value("largest-contentful-paint") / 1000).toFixed(2)} s, TBT ${Math.round(value("total-blocking-time"))} ms`,
    );
    // The browser stops before the load, which the two cores are for.
    lighthouse.close();

    console.log(
      `\nPages rendues à chaque requête (wrk, 2 fils, ${SECONDS} s)\n${"page".padEnd(44)} ${"conn.".padStart(5)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"délais".padStart(7)}`,
    );
    for (const [label, pagePath] of [
      ["/rendu (un titre, un paragraphe)", "/rendu"],
      ["/recherche (les éléments d’une recherche)", "/recherche?q=insertion"],
    ] as const) {
      await wrk(`${baseUrl}${pagePath}`, 10, 3);
      for (const connections of [10, 100]) {
        const run = await wrk(`${baseUrl}${pagePath}`, connections, SECONDS);
        console.log(
          `${label.padEnd(44)} ${String(connections).padStart(5)} ${run.requestsPerSecond.toFixed(0).padStart(8)} ${run.p50.toFixed(1).padStart(7)} ${run.p99.toFixed(1).padStart(7)} ${String(run.timeouts).padStart(7)}`,
        );
      }
    }
  } finally {
    lighthouse.close();
    if (server.child.exitCode === null) server.child.kill("SIGTERM");
    await server.exited;
  }
});
