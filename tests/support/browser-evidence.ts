// When a browser test fails, every page it left open is saved (a full-page screenshot and its HTML) in
// .data/test-evidence/, which `.ci/run` lists when the suite fails.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach } from "vitest";
import { launchedBrowsers } from "@/tests/support/browser";

export const EVIDENCE_DIR = path.join(".data", "test-evidence");

beforeEach((context) => {
  context.onTestFailed(async () => {
    const name = `${path.basename(context.task.file?.name ?? "test")}-${context.task.name}`
      .normalize("NFD")
      .replace(/[^\w.-]+/g, "-")
      .slice(0, 120);
    let index = 0;
    for (const browser of launchedBrowsers) {
      for (const page of browser.contexts().flatMap((browserContext) => browserContext.pages())) {
        if (page.isClosed()) continue;
        const base = path.join(EVIDENCE_DIR, `${name}-${++index}`);
        await mkdir(EVIDENCE_DIR, { recursive: true });
        try {
          await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 5_000 });
          await writeFile(`${base}.html`, `<!-- ${page.url()} -->\n${await page.content()}`);
          console.error(`Preuve de l’échec : ${base}.png et .html (${page.url()})`);
        } catch (error) {
          console.error(`Capture impossible de ${page.url()} :`, error instanceof Error ? error.message : error);
        }
      }
    }
  });
});
