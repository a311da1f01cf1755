// Debian's Chromium, as the tests, the screenshots and the Lighthouse benchmark launch it (Playwright and
// Lighthouse cannot download their own browsers here): headless, no sandbox (root in CI), nothing that reaches
// the network by itself.

/** The whole browser, as visitors run it: what the screenshots and the Lighthouse benchmark measure. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * What the tests drive: Chromium's headless shell (Debian's package chromium-headless-shell, the same version as
 * chromium), the same engine (Blink, V8) without the browser around it, as Playwright itself runs headless tests.
 * It does the tests' work for a third of the CPU: over the whole suite, 44 core-seconds of browser instead of 120
 * (`npm run bench:suite`, and `HEADLESS_SHELL_PATH=/usr/bin/chromium npm run bench:suite` for the whole browser).
 */
export const HEADLESS_SHELL_PATH = process.env.HEADLESS_SHELL_PATH ?? "/usr/bin/chromium-headless-shell";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
