// The order test files start in. All projects share one pool of workers, so the run ends when its longest file
// does: those start first. Vitest's own order runs the projects one after the other (alphabetically) and, on a
// fresh checkout that has no timings yet, the larger files first, which would start the sitemap crawl last.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The longest files of a run on 2 cores, longest first. Only an ordering hint: a file missing here runs after
 * them, and once Vitest has timings of its own (node_modules/.vite), they decide.
 */
const LONGEST_FIRST = [
  "tests/pages/search-engines.test.ts",
  "tests/pages/accessibility.test.ts",
  "tests/integration/import.test.ts",
  "tests/resilience/limits.test.ts",
  "tests/integration/action-properties.test.ts",
  "tests/resilience/instances.test.ts",
  "tests/resilience/attacks.test.ts",
  "tests/resilience/shutdown.test.ts",
  "tests/journeys/second-factor-browser.test.ts",
  "tests/resilience/outage.test.ts",
  "tests/integration/seed.test.ts",
  "tests/journeys/staff-journeys.test.ts",
];
/** Then the files that start browsers and servers, before the quick ones. */
const PROJECT_ORDER = ["pages", "journeys", "integration", "unit"];

export default class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const root = this.ctx.config.root;
    const relative = (file: TestSpecification) => path.relative(root, file.moduleId);
    const duration = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(file)}`)?.duration;
    const hint = (file: TestSpecification) => {
      const index = LONGEST_FIRST.indexOf(relative(file));
      return index === -1 ? LONGEST_FIRST.length + PROJECT_ORDER.indexOf(file.project.name) : index;
    };
    return [...files].sort((a, b) => {
      const [durationA, durationB] = [duration(a), duration(b)];
      if (durationA !== undefined && durationB !== undefined) return durationB - durationA;
      return hint(a) - hint(b);
    });
  }
}
