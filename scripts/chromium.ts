// Debian's Chromium, as the tests, the screenshots and the Lighthouse benchmark launch it (Playwright and
// Lighthouse cannot download their own browsers here): headless, no sandbox (root in CI), nothing that reaches
// the network by itself.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
