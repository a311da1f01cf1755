// npm run bench:export — the downloads of the whole directory at 100,000 generated structures: builds the site,
// serves it as `npm run serve` does on a scratch embedded database, downloads structures.csv, .json and
// .geojson one after the other, and prints for each the time, the size, and the peak resident memory of the
// server process above its idle level (sampled every 10 ms from /proc, Linux).
import { randomBytes } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { loadBenchStructures } from "@/scripts/bench-data";
import { runMain } from "@/scripts/run-main";
import { buildAndStartNext } from "@/scripts/next-server";

const TARGET = Number(process.env.BENCH_STRUCTURES ?? 100_000);
const FORMATS = ["csv", "json", "geojson"] as const;
const MB = 1024 * 1024;

/** The resident memory of a process, in bytes (VmRSS). */
async function residentMemory(pid: number) {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/^VmRSS:\s+(\d+) kB$/m)![1]) * 1024;
}

/** Downloads a file to nowhere (counting its bytes), sampling the server's memory meanwhile. */
async function download(url: string, pid: number) {
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await residentMemory(pid));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} : ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
  const seconds = (performance.now() - start) / 1000;
  sampling = false;
  await sampler;
  return { seconds, bytes, peak };
}

runMain(async () => {
  const dir = path.join(os.tmpdir(), `sns-bench-export-${process.pid}`);
  const database = await startEmbeddedDatabase({ dir });
  let stopServer: () => Promise<unknown> = async () => {};
  try {
    await loadBenchStructures(database.url, TARGET);
    console.log("Construction du site…");
    const server = await buildAndStartNext({
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: ".data/next-bench-export",
      NEXTAUTH_SECRET: "secret-du-banc-export-de-plus-de-32-caracteres",
      MFA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    stopServer = server.stop;
    const pid = server.process.pid!;
    // A small download of each format first: the code is loaded, the pools are open.
    for (const format of FORMATS) await download(`${server.baseUrl}/donnees/structures.${format}?departement=57`, pid);
    await new Promise((resolve) => setTimeout(resolve, 2000));

    console.log(
      `\n${"fichier".padEnd(22)} ${"structures".padStart(10)} ${"taille".padStart(10)} ${"durée".padStart(8)} ${"mémoire au repos".padStart(17)} ${"pic au-dessus".padStart(14)}`,
    );
    for (const format of FORMATS) {
      const idle = await residentMemory(pid);
      const { seconds, bytes, peak } = await download(`${server.baseUrl}/donnees/structures.${format}`, pid);
      console.log(
        `${`structures.${format}`.padEnd(22)} ${TARGET.toLocaleString("fr-FR").padStart(10)} ${`${(bytes / MB).toFixed(1)} Mo`.padStart(10)} ${`${seconds.toFixed(2)} s`.padStart(8)} ${`${(idle / MB).toFixed(0)} Mo`.padStart(17)} ${`+${((peak - idle) / MB).toFixed(0)} Mo`.padStart(14)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    console.log("\nObjectifs : moins de 3 s et moins de 100 Mo au-dessus du repos pour chaque format.");

    // The peaks above include garbage not yet collected. Whether the server holds the file is seen with a
    // client that reads slowly: a server that buffered would grow with the file, one that streams waits.
    const idle = await residentMemory(pid);
    const response = await fetch(`${server.baseUrl}/donnees/structures.json`);
    const reader = response.body!.getReader();
    let bytes = 0;
    const samples: { bytes: number; memory: number }[] = [];
    const started = performance.now();
    while (performance.now() - started < 3000) {
      const part = await reader.read();
      if (part.done) break;
      bytes += part.value.byteLength;
      if (samples.length < Math.floor((performance.now() - started) / 1000)) {
        samples.push({ bytes, memory: await residentMemory(pid) });
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await reader.cancel();
    console.log(
      `Lecture lente de structures.json (repos ${(idle / MB).toFixed(0)} Mo) : ${samples
        .map((sample) => `${(sample.bytes / MB).toFixed(1)} Mo lus, serveur à ${(sample.memory / MB).toFixed(0)} Mo`)
        .join(" ; ")}.`,
    );
  } finally {
    await stopServer();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
