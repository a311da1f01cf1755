import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { headingProblems, launchBrowser, violations } from "@/tests/support/browser";
import { createStaffAccount, nextTotpCode } from "@/tests/support/second-factor";

const baseUrl = inject("baseUrl");
const prisma = createPrismaClient(inject("pagesDatabaseUrl"));
const account = { email: "a11y@groupe-sns.test", password: "phrase de passe pour l'accessibilite" };
let totpSecret: string;
let browser: Browser;

beforeAll(async () => {
  totpSecret = (await createStaffAccount(prisma, { ...account, role: "ADMIN" })).totpSecret!;
  // A report waiting, so that /admin/signalements shows one with its forms.
  const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: "baluchon-a-table-citoyens-93" } });
  await prisma.structureReport.create({
    data: {
      structureId: structure.id,
      reason: "ADDRESS",
      description: "L’adresse a changé en 2026.",
      email: "a@exemple.fr",
    },
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await prisma.$disconnect();
});

/**
 * A new page for each test of the public pages, in one context for the file (axe refuses the browser's default
 * context; a context each cost 0.3 s of CPU, fifty times). Nobody logs in there: the back office has its own.
 */
let publicContext: BrowserContext;
async function openPage(viewport?: { width: number; height: number }) {
  publicContext ??= await browser.newContext();
  const page = await publicContext.newPage();
  if (viewport) await page.setViewportSize(viewport);
  return page;
}

const closePage = (page: Page) => page.close();

const PUBLIC_PAGES = [
  "/",
  "/annuaire",
  "/annuaire?q=zzzzzzzz",
  "/annuaire?type=ACI&departement=57&page=2",
  "/annuaire?commune=57463&rayon=10",
  "/annuaire?lieu=Sainte-Colombe",
  "/annuaire?lat=49.119&lon=6.176&rayon=10",
  "/annuaire/baluchon-a-table-citoyens-93",
  "/annuaire/departement/57",
  "/annuaire/carte?departement=57",
  "/annuaire/structure-qui-n-existe-pas",
  "/accessibilite",
  "/donnees",
  "/confidentialite",
  "/annuaire/baluchon-a-table-citoyens-93/signaler",
  "/admin/connexion",
];

describe("accessibility of the public pages (axe, WCAG 2.1 AA)", () => {
  it.each(PUBLIC_PAGES)("%s has no violation", async (path) => {
    const page = await openPage();
    await page.goto(`${baseUrl}${path}`);
    await page.locator("h1").first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    await closePage(page);
  });

  it("the open video dialog has no violation", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("button", { name: "Voir la vidéo" }).click();
    await page.getByRole("dialog").waitFor();
    expect(await violations(page)).toEqual([]);
    await closePage(page);
  });

  it("the « Carte » view, markers drawn and a popup open, has no violation", async () => {
    const page = await openPage();
    await page.goto(`${baseUrl}/annuaire/carte?commune=57463&rayon=10`);
    await page.locator(".structure-marker").first().click();
    await page.locator(".leaflet-popup-content a").waitFor();
    // Once faded in: axe measures contrast on what is shown.
    await expect
      .poll(() => page.locator(".leaflet-popup").evaluate((popup) => getComputedStyle(popup).opacity))
      .toBe("1");
    // Leaflet's controls, named in French like the rest of the page.
    expect(await page.locator(".leaflet-popup").getByRole("button", { name: "Fermer" }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Zoomer", exact: true }).count()).toBe(1);
    expect(await violations(page)).toEqual([]);
    await closePage(page);
  });

  it.each(PUBLIC_PAGES)("%s is usable 320 px wide and zoomed twice, without horizontal scrolling", async (path) => {
    // 200 % zoom of a 1280 px window leaves 640 CSS pixels.
    for (const width of [320, 640]) {
      const page = await openPage({ width, height: 800 });
      await page.goto(`${baseUrl}${path}`);
      await page.locator("h1").first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} à ${width} px`).toBeLessThanOrEqual(0);
      await closePage(page);
    }
  });
});

describe("accessibility of the back office with errors shown", () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/admin/connexion`);
    await page.getByLabel("Adresse électronique").fill(account.email);
    await page.getByLabel("Mot de passe").fill("mauvais");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.locator("main").getByRole("alert").filter({ hasText: "incorrect" }).waitFor();
  });
  afterAll(() => page.context().close());

  it("login page with its error", async () => {
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/connexion/verification");
  });

  it("second-factor page with its error", async () => {
    await page.getByLabel("Code de vérification").fill("12");
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.locator("main").getByRole("alert").first().waitFor();
    expect(await violations(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    await page.getByLabel("Code de vérification").fill(await nextTotpCode(totpSecret));
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.waitForURL(`${baseUrl}/admin`);
  });

  it.each([
    ["/admin", null],
    ["/admin/mandats", null],
    ["/admin/mandats/nouveau", "Ajouter le mandat"],
    ["/admin/chiffres", "Enregistrer les chiffres du réseau"],
    ["/admin/textes/aci", null],
    ["/admin/textes/video", null],
    ["/admin/annuaire/nouvelle", "Ajouter la structure"],
    ["/admin/annuaire/import", "Prévisualiser l’import"],
    ["/admin/journal", null],
    ["/admin/signalements", "Classer sans suite"],
    ["/admin/comptes", "Créer le compte"],
    ["/admin/compte", "Changer mon mot de passe"],
    ["/admin/double-authentification", "Activer l’application"],
    ["/admin/confirmation?retour=/admin/compte", "Confirmer"],
  ])("%s has no violation", async (path, submit) => {
    await page.goto(`${baseUrl}${path}`);
    await page.locator("h1").waitFor();
    if (submit) {
      // Submitted empty, so that the page shows its validation errors.
      await page
        .locator("input:not([type=hidden]):not([type=file]), textarea")
        .evaluateAll((fields) => fields.forEach((field) => ((field as HTMLInputElement).value = "")));
      // The first form of the page (other test files may have added reports meanwhile).
      await page.getByRole("button", { name: submit }).first().click();
      await page.locator("main").getByRole("alert").first().waitFor();
    }
    expect(await violations(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
  });
});
