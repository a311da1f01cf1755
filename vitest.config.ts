import path from "node:path";
import { defineConfig } from "vitest/config";
import LongestFirst from "./tests/support/sequencer";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The real package throws outside React Server Components; tests import server modules directly.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    // Every file of every project is independent (its own database copy, and its own server when it changes
    // what pages show), so they all share one pool: three files at a time keep two cores busy while one waits
    // on a browser, a server or PostgreSQL. `npx vitest run --maxWorkers 1` runs them one by one.
    maxWorkers: 3,
    // The longest files first, whatever their project (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // Each project's time, printed at the end of the run.
    reporters: ["default", "./tests/support/project-times.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/support/unit-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "pages",
          environment: "node",
          include: ["tests/pages/**/*.test.ts"],
          globalSetup: ["tests/pages/global-setup.ts"],
          // A worker runs several files without loading Playwright, axe and the parsers again for each: these
          // files share no module state (no mocks; what they start, they stop).
          isolate: false,
          setupFiles: ["tests/support/browser-evidence.ts"],
          // Generous: in `npm test` the browser shares two cores with the other projects.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "journeys",
          environment: "node",
          include: ["tests/journeys/**/*.test.ts", "tests/resilience/**/*.test.ts"],
          globalSetup: ["tests/journeys/global-setup.ts"],
          isolate: false,
          setupFiles: ["tests/support/browser-evidence.ts"],
          // Generous: in `npm test` the browser shares two cores with the other projects.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
          // tests/resilience/ runs here too (npm run test:resilience alone). Each file starts the servers it needs
          // on copies of the run's build and database: journeys change what pages show, resilience tests stop
          // and restart servers and PostgreSQL.
        },
      },
    ],
  },
});
