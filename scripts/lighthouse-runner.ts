// Lighthouse in Debian's Chromium, for the benchmarks (bench:lighthouse, bench:floor): one run, and the mobile
// preset calibrated to the machine so that every machine emulates the same phone.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/scripts/chromium";
import { cpuMultiplierFor, median } from "@/scripts/lighthouse-calibration";

/** Lighthouse's mobile preset with the CPU slowdown given (simulated throttling, as the preset). */
export const mobileConfig = (cpuSlowdownMultiplier: number) => ({
  extends: "lighthouse:default" as const,
  settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier } },
});

/** A Chromium for Lighthouse; close() when done. */
export async function openLighthouse() {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });

  const run = async (url: string, config: object | undefined, onlyCategories: readonly string[]) => {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...onlyCategories] },
      config,
    );
    if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
    return result.lhr;
  };

  /**
   * The machine's speed, as Lighthouse measures it at the start of each run (the median of three, on `url`),
   * and the mobile CPU slowdown it calls for; LIGHTHOUSE_CPU_MULTIPLIER forces one. Prints both.
   */
  const calibrate = async (url: string) => {
    const indexes = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      indexes.push((await run(url, mobileConfig(4), ["performance"])).environment.benchmarkIndex);
    }
    const benchmarkIndex = median(indexes);
    const forced = process.env.LIGHTHOUSE_CPU_MULTIPLIER;
    const multiplier = forced ? Number(forced) : cpuMultiplierFor(benchmarkIndex);
    console.log(
      `Indice de la machine : ${Math.round(benchmarkIndex)} (médiane de ${indexes.map(Math.round).join(", ")}) → ralentissement du processeur ${multiplier.toFixed(1)}× en mobile${forced ? " (imposé par LIGHTHOUSE_CPU_MULTIPLIER)" : " (calculateur de Lighthouse : le même téléphone sur toute machine)"}`,
    );
    return { benchmarkIndex, multiplier };
  };

  let closed = false;
  /** Stops the browser; again, nothing. */
  const close = () => {
    if (!closed) chrome.kill();
    closed = true;
  };
  return { run, calibrate, close };
}
