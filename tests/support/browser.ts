// Debian's Chromium headless shell driven by playwright-core (Playwright cannot download its own browsers here).
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, HEADLESS_SHELL_PATH } from "@/scripts/chromium";

/** The browsers this test file launched: a failing test leaves its pages open, kept as evidence. */
export const launchedBrowsers = new Set<Browser>();

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: HEADLESS_SHELL_PATH, args: CHROMIUM_FLAGS });
  launchedBrowsers.add(browser);
  browser.once("disconnected", () => launchedBrowsers.delete(browser));
  return browser;
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

/**
 * Presses Space on the focused file input and returns the file dialog it opens. Under load, Chromium was seen
 * to drop the press (no dialog, no error, the field still focused): pressed again, as a person would, at most
 * three times.
 */
export async function openFileDialog(page: Page) {
  for (let attempt = 1; ; attempt++) {
    const dialog = page.waitForEvent("filechooser", { timeout: 10_000 });
    await page.keyboard.press("Space");
    try {
      return await dialog;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
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

// RGAA 4.1 follows WCAG 2.1 AA: axe's rules for those levels.
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** axe's WCAG 2.1 AA violations on the page, one line each. */
export async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}) : ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** RGAA 9.1: one `h1`, and no level skipped on the way down (an `h2` may follow an `h4`, an `h4` not an `h2`). */
export function headingProblems(page: Page) {
  return page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((headings) => {
    const problems: string[] = [];
    const levels = headings.map((heading) => Number(heading.tagName[1]));
    const h1Count = levels.filter((level) => level === 1).length;
    if (h1Count !== 1) problems.push(`${h1Count} h1`);
    levels.forEach((level, i) => {
      const previous = i === 0 ? 0 : levels[i - 1]!;
      if (level > previous + 1) problems.push(`h${level} « ${headings[i]!.textContent?.trim()} » après h${previous}`);
    });
    return problems;
  });
}
