import path from "node:path";
import { defineConfig } from "vitest/config";

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
          setupFiles: ["tests/support/browser-evidence.ts"],
          // Generous: in `npm test` the browser shares two cores with the other projects.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
          // One production server and one browser are shared; files run one after the other.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "journeys",
          environment: "node",
          include: ["tests/journeys/**/*.test.ts", "tests/resilience/**/*.test.ts"],
          globalSetup: ["tests/pages/global-setup.ts"],
          setupFiles: ["tests/support/browser-evidence.ts"],
          // Generous: in `npm test` the browser shares two cores with the other projects.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
          // tests/resilience/ runs here too (npm run test:resilience alone): it starts more servers of this build.
          // Staff journeys change what the public pages show: they get their own build and database, so that
          // the read-only page tests never depend on the order files run in. The resilience tests start more
          // servers of the same build, each on a cluster of its own that they stop and restart.
          fileParallelism: false,
        },
      },
    ],
  },
});
