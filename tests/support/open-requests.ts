// Every request a page makes, and those that are still open: a response whose body never ends holds one of the
// browser's six connections to the site (HTTP/1.1), and a few of them stop the back office answering clicks.
import type { Page, Request } from "playwright-core";
import { expect } from "vitest";
import type { StaffAccount } from "@/tests/support/staff-browser";
import { logIn } from "@/tests/support/staff-browser";

/** How long any request of the site may stay open. */
export const REQUEST_DEADLINE_MS = 5_000;

export function watchRequests(page: Page) {
  const open = new Map<Request, number>();
  const slow: string[] = [];
  const describe = (request: Request) =>
    `${request.method()} ${new URL(request.url()).pathname}${new URL(request.url()).search} ${request.headers()["next-router-segment-prefetch"] ?? ""}`.trim();
  const settle = (request: Request) => {
    const startedAt = open.get(request);
    if (startedAt === undefined) return;
    open.delete(request);
    const took = performance.now() - startedAt;
    if (took > REQUEST_DEADLINE_MS) slow.push(`${describe(request)} (${Math.round(took)} ms)`);
  };
  page.on("request", (request) => open.set(request, performance.now()));
  page.on("requestfinished", settle);
  page.on("requestfailed", settle);
  return {
    /** The requests open for longer than the deadline, and those that finished later than it. */
    overdue: () => [
      ...slow,
      ...[...open]
        .filter(([, startedAt]) => performance.now() - startedAt > REQUEST_DEADLINE_MS)
        .map(
          ([request, startedAt]) =>
            `${describe(request)} (ouverte depuis ${Math.round(performance.now() - startedAt)} ms)`,
        ),
    ],
  };
}

/**
 * An editor saves the ACI count on /admin/chiffres three times, pointing at the header's link to the home page
 * after each save (the router prefetches it again, as /'s page has just been rendered anew), then stays on the
 * page: every request the page made must have finished within the deadline.
 */
export async function expectEditsToLeaveNoRequestOpen(page: Page, baseUrl: string, account: StaffAccount) {
  const requests = watchRequests(page);
  await logIn(page, baseUrl, account, "/admin/chiffres");
  const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ACI\)/ }) });
  const home = page.locator('header a[href="/"]').first();
  const initial = await form.getByLabel("Nombre").inputValue();
  for (const value of [Number(initial) + 1, Number(initial) + 2, initial]) {
    await form.getByLabel("Nombre").fill(String(value));
    const saved = page.waitForResponse((response) => response.request().method() === "POST");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await saved;
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");
    for (let i = 0; i < 2; i++) {
      await home.hover();
      await page.waitForTimeout(300);
      await page.mouse.move(0, 600);
      await page.waitForTimeout(700);
    }
  }
  await page.waitForTimeout(REQUEST_DEADLINE_MS + 1_000);
  expect(requests.overdue()).toEqual([]);
}
