// The second factor in a real browser: an administrator without one sent to enrolment and kept there, the
// whole enrolment with a code computed here as the phone would, the next login asking for it; and a passkey
// registered and used through Chromium's virtual authenticator (the DevTools protocol's WebAuthn domain).
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { findFreePort } from "@/lib/database/embedded";
import { headingProblems, violations } from "@/tests/support/browser";
import { journeyOnOwnSite, startInstance } from "@/tests/support/production-copy";
import { nextTotpCode } from "@/tests/support/second-factor";
import { logIn } from "@/tests/support/staff-browser";

const journey = journeyOnOwnSite("second-factor");
const admin = { email: "deux.facteurs@groupe-sns.test", password: "une phrase de passe pour deux facteurs" };
const editor = { email: "cle.acces@groupe-sns.test", password: "une phrase de passe pour la clé d'accès" };
const returning = { email: "retour@groupe-sns.test", password: "une phrase de passe pour revenir plus tard" };

beforeAll(async () => {
  await createUser(journey.prisma, { ...admin, role: "ADMIN" });
  await createUser(journey.prisma, { ...editor, role: "EDITOR" });
  await createUser(journey.prisma, { ...returning, role: "EDITOR" });
});

/** As if the person had logged in (or last confirmed who they are) 11 minutes ago. */
async function ageProofs(email: string) {
  const { id } = await journey.prisma.user.findUniqueOrThrow({ where: { email } });
  await journey.prisma.loginSession.updateMany({
    where: { userId: id },
    data: { provedAt: new Date(Date.now() - 11 * 60_000) },
  });
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe("an administrator without a second factor", () => {
  it("is kept on enrolment until one is set up, then goes on to the page asked for", async () => {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${journey.baseUrl}/admin/chiffres`);
    await page.getByLabel("Adresse électronique").fill(admin.email);
    await page.getByLabel("Mot de passe").fill(admin.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/double-authentification");
    expect(new URL(page.url()).searchParams.get("retour")).toBe("/admin/chiffres");
    expect(await page.getByRole("status").first().textContent()).toMatch(/^Votre rôle \(administrateur\) exige/);

    // No other back-office page opens meanwhile.
    for (const path of ["/admin", "/admin/mandats", "/admin/comptes", "/admin/journal", "/admin/compte"]) {
      await page.goto(`${journey.baseUrl}${path}`);
      expect(pathOf(page), path).toBe("/admin/double-authentification");
    }
    await page.goto(`${journey.baseUrl}/admin/double-authentification?retour=/admin/chiffres`);
    expect(await violations(page)).toEqual([]);
    expect(await headingProblems(page)).toEqual([]);
    expect(
      await page
        .getByRole("img", { name: /QR code/ })
        .locator("svg")
        .count(),
    ).toBe(1);

    // The key as the page writes it for manual entry; the phone's code computed from it.
    const secret = (await page.locator("#cle-totp").textContent())!.replace(/\s/g, "");
    const field = page.getByLabel("Code affiché par l’application");
    await field.fill("12345");
    await page.getByRole("button", { name: "Activer l’application" }).click();
    await expect.poll(() => page.locator("#totp-code-erreur").textContent()).toMatch(/^Code incorrect/);
    await field.fill(await nextTotpCode(secret));
    await page.getByRole("button", { name: "Activer l’application" }).click();
    await page.getByRole("heading", { name: "Vos codes de secours" }).waitFor();
    const codes = await page.locator("ol.font-mono li").allTextContents();
    expect(codes).toHaveLength(10);
    expect(await violations(page)).toEqual([]);
    await page.getByRole("link", { name: "Continuer" }).click();
    await page.waitForURL(`${journey.baseUrl}/admin/chiffres`);
    await context.close();

    // The next login asks for a code; a recovery code shown at enrolment does as well.
    const next = await journey.browser.newContext();
    const again = await next.newPage();
    await logIn(again, journey.baseUrl, { ...admin, totpSecret: secret }, "/admin/mandats");
    await next.close();
    const third = await (await journey.browser.newContext()).newPage();
    await third.goto(`${journey.baseUrl}/admin/journal`);
    await third.getByLabel("Adresse électronique").fill(admin.email);
    await third.getByLabel("Mot de passe").fill(admin.password);
    await third.getByRole("button", { name: "Se connecter" }).click();
    await third.waitForURL((url) => url.pathname === "/admin/connexion/verification");
    await third.getByLabel("Code de vérification").fill(codes[0]!);
    await third.getByRole("button", { name: "Vérifier" }).click();
    await third.waitForURL(`${journey.baseUrl}/admin/journal`);
    expect(await third.locator("main").textContent()).toContain(`Code de secours utilisé par ${admin.email}`);
    await third.context().close();
  });
});

describe("passkeys", () => {
  let instance: Awaited<ReturnType<typeof startInstance>>;
  let siteUrl: string;

  beforeAll(async () => {
    // WebAuthn wants a host name (never an IP address) in a secure context: the site served as localhost.
    const port = await findFreePort();
    siteUrl = `http://localhost:${port}`;
    instance = await startInstance(
      "passkeys",
      { DATABASE_URL: journey.site.databaseUrl, SITE_URL: siteUrl, NEXTAUTH_URL: siteUrl },
      port,
    );
  });

  afterAll(async () => {
    await instance?.stop();
    await instance?.remove();
  });

  /** A browser context with a platform authenticator that says yes at once, as a phone's fingerprint would. */
  async function contextWithAuthenticator(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });
    return { context, page };
  }

  it("registers one from « Mon compte », then stands as the second factor of the next login", async () => {
    const { context, page } = await contextWithAuthenticator();
    await logIn(page, siteUrl, editor, "/admin/compte");
    await page.getByLabel("Nom de la clé").fill("Ordinateur du bureau");
    await page.getByRole("button", { name: "Ajouter une clé d’accès" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Clé d’accès" }).first().textContent())
      .toBe("Clé d’accès « Ordinateur du bureau » enregistrée.");
    // The account's first second factor: its recovery codes come with it.
    expect(await page.locator("ol.font-mono li").count()).toBe(10);
    await expect.poll(() => page.locator("main li input[name=name]").inputValue()).toBe("Ordinateur du bureau");
    expect(await violations(page)).toEqual([]);
    const account = await journey.prisma.user.findUniqueOrThrow({ where: { email: editor.email } });
    const stored = await journey.prisma.passkey.findFirstOrThrow({ where: { userId: account.id } });
    expect(stored.lastUsedAt).toBeNull();

    // Logged out and in again, in the same browser (where the key lives): the key instead of a code.
    await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
    await page.waitForURL(/\/admin\/connexion/);
    await page.goto(`${siteUrl}/admin/mandats`);
    await page.getByLabel("Adresse électronique").fill(editor.email);
    await page.getByLabel("Mot de passe").fill(editor.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/connexion/verification");
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Utiliser ma clé d’accès" }).click();
    await page.waitForURL(`${siteUrl}/admin/mandats`);
    expect((await journey.prisma.passkey.findUniqueOrThrow({ where: { id: stored.id } })).lastUsedAt).not.toBeNull();
    await context.close();

    // Another browser, without that key: the password alone opens nothing.
    const other = await (await journey.browser.newContext()).newPage();
    await other.goto(`${siteUrl}/admin/mandats`);
    await other.getByLabel("Adresse électronique").fill(editor.email);
    await other.getByLabel("Mot de passe").fill(editor.password);
    await other.getByRole("button", { name: "Se connecter" }).click();
    await other.waitForURL((url) => url.pathname === "/admin/connexion/verification");
    await other.goto(`${siteUrl}/admin/mandats`);
    expect(pathOf(other)).toBe("/admin/connexion/verification");
    await other.context().close();
  });

  it("asks to confirm one's identity, with the passkey or the password, before changing factors 10 minutes on", async () => {
    const { context, page } = await contextWithAuthenticator();
    await logIn(page, siteUrl, returning, "/admin/compte");
    await page.getByLabel("Nom de la clé").fill("Téléphone");
    await page.getByRole("button", { name: "Ajouter une clé d’accès" }).click();
    await expect.poll(() => page.locator("ol.font-mono li").count()).toBe(10);

    // Ten minutes later, the same session: the factors are shown, none can be changed before a new proof.
    await ageProofs(returning.email);
    await page.goto(`${siteUrl}/admin/compte`);
    const notice = page.getByRole("status").filter({ hasText: "confirmez d’abord votre identité" });
    await notice.waitFor();
    expect(await page.getByRole("button", { name: "Ajouter une clé d’accès" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Retirer/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Générer de nouveaux codes de secours" }).count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await notice.getByRole("link", { name: "Confirmer mon identité" }).click();
    await page.waitForURL((url) => url.pathname === "/admin/confirmation");
    expect(await page.title()).toMatch(/^Confirmer votre identité/);
    expect(await headingProblems(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.getByRole("button", { name: "Utiliser ma clé d’accès" }).click();
    await page.waitForURL(`${siteUrl}/admin/compte`);
    await page.getByRole("button", { name: "Générer de nouveaux codes de secours" }).waitFor();

    // Again later, with the password this time; the replacement of the app is behind the same door.
    await ageProofs(returning.email);
    await page.goto(`${siteUrl}/admin/double-authentification`);
    await page.waitForURL((url) => url.pathname === "/admin/confirmation");
    await page.getByLabel("Votre mot de passe").fill("pas le bon");
    await page.getByRole("button", { name: "Confirmer", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("erreurs");
    await page.getByLabel("Votre mot de passe").fill(returning.password);
    await page.getByRole("button", { name: "Confirmer", exact: true }).click();
    await page.waitForURL(`${siteUrl}/admin/double-authentification`);
    await page.getByLabel("Code affiché par l’application").waitFor();
    const { id } = await journey.prisma.user.findUniqueOrThrow({ where: { email: returning.email } });
    const journal = await journey.prisma.auditEntry.findMany({
      where: { entity: "user", entityId: String(id), summary: { startsWith: "Identité confirmée" } },
      orderBy: { id: "asc" },
    });
    expect(journal.map((entry) => entry.summary)).toEqual([
      `Identité confirmée (clé d’accès) par ${returning.email}`,
      `Identité confirmée (mot de passe) par ${returning.email}`,
    ]);
    await context.close();
  });
});

describe("the end of a back-office session", () => {
  const late = { email: "fin.de.session@groupe-sns.test", password: "une phrase de passe pour finir tard" };

  it("is announced a quarter of an hour ahead, and extended from a new tab without losing what is typed", async () => {
    const { id } = await createUser(journey.prisma, { ...late, role: "EDITOR" });
    const context = await journey.browser.newContext();
    const page = await context.newPage();
    await logIn(page, journey.baseUrl, late, "/admin/textes/aci");
    const notice = page.getByRole("alert").filter({ hasText: "Votre session prend fin" });
    expect(await notice.count()).toBe(0);

    // Ten minutes left when the page is drawn.
    await journey.prisma.loginSession.updateMany({
      where: { userId: id },
      data: { expiresAt: new Date(Date.now() + 10 * 60_000) },
    });
    await page.reload();
    await page.getByRole("textbox", { name: "Titre", exact: true }).fill("Un titre en cours de saisie");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/^Votre session prend fin à \d{2}:\d{2}\./);
    expect(await violations(page)).toEqual([]);
    const extend = notice.getByRole("link", { name: "Prolonger ma session de 8 heures (nouvel onglet)" });
    expect(await extend.getAttribute("target")).toBe("_blank");

    const [tab] = await Promise.all([context.waitForEvent("page"), extend.click()]);
    await tab.waitForURL((url) => url.pathname === "/admin/confirmation");
    await tab.getByLabel("Votre mot de passe").fill(late.password);
    await tab.getByRole("button", { name: "Confirmer", exact: true }).click();
    await tab.waitForURL((url) => url.pathname === "/admin/textes/aci");
    const { expiresAt } = await journey.prisma.loginSession.findFirstOrThrow({ where: { userId: id } });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 7.9 * 60 * 60_000);
    await tab.close();

    // Back on the first tab: the notice asks the server again, and goes; the text typed is still there.
    await page.bringToFront();
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect.poll(() => notice.count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Titre", exact: true }).inputValue()).toBe(
      "Un titre en cours de saisie",
    );
    await context.close();
  });
});
