import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { focusIsVisible, focusedName, openFileDialog, tabTo } from "@/tests/support/browser";
import { createStaffAccount, nextTotpCode } from "@/tests/support/second-factor";
import { expectEditsToLeaveNoRequestOpen } from "@/tests/support/open-requests";
import { journeyOnOwnSite } from "@/tests/support/production-copy";
import { logIn as logInAt, type StaffAccount } from "@/tests/support/staff-browser";

const journey = journeyOnOwnSite("staff-journeys");
let admin: StaffAccount & { totpSecret: string };
const editor = { email: "editeur.pages@groupe-sns.test", password: "une autre phrase de passe de test" };

beforeAll(async () => {
  const created = await createStaffAccount(journey.prisma, {
    email: "admin.pages@groupe-sns.test",
    password: "une phrase de passe pour les tests",
    role: "ADMIN",
  });
  admin = { ...created, totpSecret: created.totpSecret! };
  await createStaffAccount(journey.prisma, { ...editor, role: "EDITOR" });
});

const logIn = (page: Page, account: StaffAccount, path = "/admin") => logInAt(page, journey.baseUrl, account, path);

const homeTotal = async () => {
  const response = await fetch(`${journey.baseUrl}/`);
  const html = await response.text();
  return {
    total: html.match(/Total<\/span><span[^>]*>([^<]+)</)?.[1]?.replace(/\s/g, " "),
    cache: response.headers.get("x-nextjs-cache"),
  };
};

describe("back office in a real browser", () => {
  it("refuses a wrong password, then shows a saved count on the cached home page at the next request", async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.baseUrl}/admin/chiffres`);
    expect(new URL(page.url()).pathname).toBe("/admin/connexion");
    await page.getByLabel("Adresse électronique").fill(admin.email);
    await page.getByLabel("Mot de passe").fill("pas le bon mot de passe");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect
      .poll(() => page.locator("main").getByRole("alert").textContent())
      .toBe("Adresse électronique ou mot de passe incorrect.");

    await logIn(page, admin, "/admin/chiffres");
    // The home page is served from the cache before the edit…
    await homeTotal();
    expect((await homeTotal()).cache).toBe("HIT");

    const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
    await form.getByLabel("Nombre").fill("300");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");

    // …shows the new total on the first request after it, and is cached again afterwards.
    expect((await homeTotal()).total).toBe("3 900");
    expect(await homeTotal()).toEqual({ total: "3 900", cache: "HIT" });

    // Put the seeded value back, through the same form, for the other page tests.
    await form.getByLabel("Nombre").fill("250");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(async () => (await homeTotal()).total).toBe("3 850");
    await page.close();
  });

  it("keeps an editor out of the accounts, and ends the session on logout", async () => {
    const page = await journey.browser.newPage();
    await logIn(page, editor);
    await page.goto(`${journey.baseUrl}/admin/comptes`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/admin?refus=1");
    expect(await page.locator("main").getByRole("alert").textContent()).toBe(
      "Cette page est réservée aux administrateurs.",
    );

    const cookies = await page.context().cookies();
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(/\/admin\/connexion/);
    // Even the old session cookie, replayed, no longer opens the back office.
    const replay = await journey.browser.newContext();
    await replay.addCookies(cookies);
    const again = await replay.newPage();
    await again.goto(`${journey.baseUrl}/admin/mandats`);
    expect(new URL(again.url()).pathname).toBe("/admin/connexion");
    await replay.close();
    await page.close();
  });

  it("edits a mandate and a text section, and imports a CSV file through its preview, with the keyboard alone", async () => {
    const page = await journey.browser.newPage();
    await logIn(page, editor, "/admin/mandats");
    /** Tabs to a field, checks its focus is visible, and replaces what it holds by typing. */
    const retype = async (name: RegExp, value: string) => {
      await tabTo(page, name);
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(value);
    };
    /** Tabs to a button or link and presses Enter on it. */
    const press = async (name: string) => {
      await tabTo(page, name);
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press("Enter");
    };

    await press("Modifier CRESS Grand Est (Chambre Régionale de l’Économie Sociale et Solidaire)");
    await page.waitForURL(/\/admin\/mandats\/\d+$/);
    await retype(/^Fonction/, "Assesseur titulaire");
    await press("Enregistrer les modifications");
    await page.waitForURL(/\/admin\/mandats\?enregistre=1/);
    expect(await (await fetch(`${journey.baseUrl}/`)).text()).toContain("Assesseur titulaire");

    const saveTitle = async (title: string) => {
      await page.goto(`${journey.baseUrl}/admin/textes/organisations`);
      await retype(/^Titre/, title);
      await press("Enregistrer le texte");
      await expect
        .poll(() => page.locator("main").getByRole("status").first().textContent())
        .toBe("Modifications enregistrées.");
    };
    await saveTitle("{{total_iae}} structures partout en France");
    expect(await (await fetch(`${journey.baseUrl}/`)).text()).toContain("3\u202f850 structures partout en France");

    // The file input opens the system's file dialog on Space; Playwright answers that dialog.
    await page.goto(`${journey.baseUrl}/admin/annuaire/import`);
    // As a person would: once the page has loaded (under load, its scripts were still arriving).
    await page.waitForLoadState("networkidle");
    await tabTo(page, "Fichier CSV ou JSON");
    expect(await focusIsVisible(page)).toBe(true);
    await (
      await openFileDialog(page)
    ).setFiles({
      name: "nouvelles.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "siret;kind;name;brand;city;department;post_code\n90000000000019;ACI;ATELIER NAVIGATEUR;L’Atelier du navigateur;Metz;57;57000\n123;EI;SIRET FAUX;;Metz;57;57000\n",
      ),
    });
    await press("Prévisualiser l’import");
    await page.waitForURL(/\/admin\/annuaire\/import\/\d+$/);
    expect(await page.getByText("Ligne 3 : SIRET : 14 chiffres.").count()).toBe(1);
    expect(await page.getByText("Ligne 2 : L’Atelier du navigateur (ACI, Metz)").count()).toBe(1);
    await press("Confirmer l’import");
    await page.waitForURL(/importe=1/);
    const structure = await fetch(`${journey.baseUrl}/annuaire/l-atelier-du-navigateur-57`);
    expect(structure.status).toBe(200);
    expect(await structure.text()).toContain("L’Atelier du navigateur");

    // Deleting it (after a confirmation page) takes its public page down; the text goes back as it was.
    await page.goto(`${journey.baseUrl}/admin/annuaire/l-atelier-du-navigateur-57/supprimer`);
    await press("Confirmer la suppression");
    await page.waitForURL(/supprime=1/);
    expect((await fetch(`${journey.baseUrl}/annuaire/l-atelier-du-navigateur-57`)).status).toBe(404);
    await saveTitle("{{total_iae}} organisations à travers le territoire");
    await page.close();
  });

  it("works with the keyboard alone: login with its second factor, a count saved, logout", async () => {
    const page = await journey.browser.newPage();
    await page.goto(`${journey.baseUrl}/admin/chiffres`);
    await tabTo(page, "Adresse électronique");
    await page.keyboard.type(admin.email);
    await tabTo(page, "Mot de passe");
    await page.keyboard.type(admin.password);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/admin/connexion/verification");
    await tabTo(page, "Code de vérification");
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type(await nextTotpCode(admin.totpSecret));
    await page.keyboard.press("Enter");
    await page.waitForURL(`${journey.baseUrl}/admin/chiffres`);

    /** Tabs to a field or button of the ETTI count's form. */
    const tabInEtti = async (name: string) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        const inEtti = await page.evaluate(
          () => document.activeElement?.closest("form")?.querySelector<HTMLInputElement>("input[name=kind]")?.value,
        );
        if (inEtti === "ETTI" && (await focusedName(page)) === name) return;
      }
      throw new Error(`« ${name} » du formulaire ETTI n'a jamais reçu le focus`);
    };
    const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
    for (const value of ["310", "250"]) {
      await tabInEtti("Nombre");
      expect(await focusIsVisible(page)).toBe(true);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(value);
      await tabInEtti("Enregistrer");
      await page.keyboard.press("Enter");
      await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");
      expect(await form.getByLabel("Nombre").inputValue()).toBe(value);
    }

    await tabTo(page, "Se déconnecter");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/admin\/connexion/);
    await page.close();
  });

  it("leaves no request open after saves, while the router prefetches the home page anew", async () => {
    const page = await journey.browser.newPage();
    await expectEditsToLeaveNoRequestOpen(page, journey.baseUrl, editor);
    await page.close();
  });

  it("marks every back-office page noindex", async () => {
    const response = await fetch(`${journey.baseUrl}/admin/connexion`);
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
  });
});
