// A visitor reports an error on a structure (without JavaScript, and with the keyboard alone); staff correct
// the structure from the report, and the public page shows it at the next request; or dismiss it with a note.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { focusedName, tabTo } from "@/tests/support/browser";
import { journeyOnOwnSite } from "@/tests/support/production-copy";
import { logIn as logInAt } from "@/tests/support/staff-browser";

const journey = journeyOnOwnSite("report-journey");
const editor = { email: "signalements.pages@groupe-sns.test", password: "une phrase de passe pour les signalements" };
// The structure whose report this file follows (on its own server and database).
const SLUG = "mairie-de-hagondange-57";

beforeAll(async () => {
  await createUser(journey.prisma, { ...editor, role: "EDITOR" });
});

const RECEIVED = /^Merci : votre signalement est transmis à l’équipe du Groupe SNS/;

const logIn = (page: Page, path: string) => logInAt(page, journey.baseUrl, editor, path);

describe("reporting an error on a structure", () => {
  it("works without JavaScript, keeps what was typed when refused, and confirms what happens next", async () => {
    const context = await journey.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${journey.baseUrl}/annuaire/${SLUG}`);
    await page.getByRole("link", { name: "Signaler une erreur" }).click();
    await page.waitForURL(`${journey.baseUrl}/annuaire/${SLUG}/signaler`);
    await page.getByLabel("Ce qui ne va pas").selectOption("CONTACT");
    await page.getByLabel("Description").fill("Trop bref");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("corrigez les champs signalés");
    expect(await page.getByLabel("Description").inputValue()).toBe("Trop bref");

    await page.getByLabel("Description").fill("Le site internet indiqué ne répond plus depuis des mois.");
    await page.getByLabel("Votre adresse électronique (facultatif)").fill("lecteur@exemple.fr");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(RECEIVED);
    const report = await journey.prisma.structureReport.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(report).toMatchObject({ reason: "CONTACT", email: "lecteur@exemple.fr", status: "OPEN" });
    await context.close();
  });

  it("works with the keyboard alone", async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.baseUrl}/annuaire/${SLUG}/signaler`);
    await tabTo(page, "Ce qui ne va pas");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Description");
    await page.keyboard.type("La structure a déménagé à Bobigny l’an dernier.");
    await tabTo(page, "Envoyer le signalement");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(RECEIVED);
    const report = await journey.prisma.structureReport.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(report).toMatchObject({ reason: "ADDRESS", email: null });
    await page.close();
  });
});

describe("staff handling the reports", () => {
  it("correct the structure from a report, and the public page shows it at the next request", async () => {
    const page = await journey.browser.newPage();
    await logIn(page, "/admin/signalements");
    expect(await page.getByRole("link", { name: /^Signalements \(\d+\)$/ }).textContent()).toBe("Signalements (2)");
    const first = page.locator("main li").filter({ hasText: "Le site internet indiqué ne répond plus" });
    await first.getByRole("link", { name: /^Corriger la fiche/ }).click();
    await page.waitForURL(new RegExp(`/admin/annuaire/${SLUG}\\?signalement=\\d+$`));
    expect(await page.getByRole("heading", { name: /^Signalement : / }).textContent()).toBe(
      "Signalement : Le site internet ou les coordonnées sont faux",
    );
    await page.getByLabel("Site internet (facultatif)").fill("https://www.hagondange.fr");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.waitForURL(/\/admin\/signalements\?corrige=\d+$/);
    expect(await page.getByRole("status").first().textContent()).toBe(
      "Fiche enregistrée : le signalement est classé comme corrigé.",
    );
    expect(await page.getByRole("link", { name: /^Signalements \(\d+\)$/ }).textContent()).toBe("Signalements (1)");

    const publicPage = await (await fetch(`${journey.baseUrl}/annuaire/${SLUG}`)).text();
    expect(publicPage).toContain("https://www.hagondange.fr");
    await page.close();
  });

  it("dismiss a report with a note", async () => {
    const page = await journey.browser.newPage();
    await logIn(page, "/admin/signalements");
    const report = page.locator("main li").filter({ hasText: "déménagé à Bobigny" });
    await report.getByLabel("Note (pourquoi le classer sans suite)").fill("Adresse vérifiée auprès de la structure.");
    await report.getByRole("button", { name: "Classer sans suite" }).click();
    await page.waitForURL(/\/admin\/signalements\?classe=\d+$/);
    expect(await page.getByRole("heading", { name: "Aucun signalement ouvert" }).count()).toBe(1);
    expect(await page.locator("table").textContent()).toContain("Adresse vérifiée auprès de la structure.");
    await page.close();
  });
});
