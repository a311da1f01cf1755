// Account hygiene in a real browser: the strength of a new password shown as one types, and « Se déconnecter
// de tous les appareils » ending the sessions of every browser the person is logged in with.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { journeyOnOwnSite } from "@/tests/support/production-copy";
import { logIn } from "@/tests/support/staff-browser";

const journey = journeyOnOwnSite("account-hygiene");
const editor = { email: "hygiene.pages@groupe-sns.test", password: "une phrase de passe pour l'hygiène des comptes" };

beforeAll(async () => {
  await createUser(journey.prisma, { ...editor, role: "EDITOR" });
});

async function loggedIn(path: string) {
  const context = await journey.browser.newContext();
  const page = await context.newPage();
  await logIn(page, journey.baseUrl, editor, path);
  return page;
}

const strength = (page: Page) => page.locator("#moi-password-solidite").textContent();

describe("staff account hygiene", () => {
  it("shows the strength of a new password as one types, and refuses a weak one on saving", async () => {
    const page = await loggedIn("/admin/compte");
    const field = page.locator("#moi-password");
    await field.pressSequentially("azertyuiop123");
    await expect
      .poll(() => strength(page))
      .toMatch(/^Solidité : (très faible|faible|moyenne) — refusé à l’enregistrement/);
    await field.fill("");
    await field.pressSequentially("le chat de ma voisine aime les radis");
    await expect.poll(() => strength(page)).toBe("Solidité : très bonne");

    await page.getByLabel("Mot de passe actuel").fill(editor.password);
    await field.fill("azertyuiop123");
    await page.getByLabel("Nouveau mot de passe, à nouveau").fill("azertyuiop123");
    await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect
      .poll(() => page.locator("#moi-password-erreur").textContent())
      .toMatch(/^Ce mot de passe est trop facile à deviner/);
    await page.context().close();
  });

  it("ends the sessions of every browser on « Se déconnecter de tous les appareils »", async () => {
    const first = await loggedIn("/admin/compte");
    const second = await loggedIn("/admin");
    await first.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
    await first.waitForURL(`${journey.baseUrl}/admin/connexion?partout=1`);
    expect(await first.getByText("Vous êtes déconnecté(e) de tous vos appareils").count()).toBe(1);

    await second.goto(`${journey.baseUrl}/admin/mandats`);
    expect(new URL(second.url()).pathname).toBe("/admin/connexion");
    await first.context().close();
    await second.context().close();
  });
});
