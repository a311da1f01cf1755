// Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers here).
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The name a screen reader would give the focused element: its label, aria-label or text. */
export function focusedName(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element) return "";
    // What is hidden from assistive technologies (a required field's asterisk) is not part of the name.
    const spoken = (node: Element) => {
      const copy = node.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return copy.textContent;
    };
    const label = element.labels?.[0]
      ? spoken(element.labels[0])
      : (element.getAttribute("aria-label") ?? spoken(element));
    return (label ?? "").replace(/\s+/g, " ").trim();
  });
}

/** Presses Tab (at most 120 times) until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press("Tab");
    const focused = await focusedName(page);
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`« ${name} » n'a jamais reçu le focus`);
}

/** Whether the focused element shows where the focus is (an outline or a focus ring). */
export function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== "none" && style.outlineWidth !== "0px") || style.boxShadow !== "none";
  });
}
