import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { focusIsVisible, focusedName, launchBrowser, tabTo } from "@/tests/support/browser";
import { VIDEO_ALTERNATIVES } from "@/tests/support/video-fixture";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe("video pop-in in a real browser", () => {
  it("opens and closes with the keyboard, keeps the focus inside, and loads the video only when opened", async () => {
    const page = await browser.newPage();
    const videoRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes(inject("videoUrl"))) videoRequests.push(request.url());
    });
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("video, iframe").count()).toBe(0);
    expect(videoRequests).toEqual([]);

    await tabTo(page, "Voir la vidéo");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "L’ACI du Groupe SNS en vidéo" });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.locator("dialog video").count()).toBe(1);

    // Tabbing never leaves the dialog while it is open.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      const inside = await page.evaluate(() => {
        const active = document.activeElement;
        return !active || active === document.body || !!active.closest("dialog");
      });
      expect(inside).toBe(true);
    }

    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // The player is removed when the dialog's close event reaches React, a moment after the dialog hides.
    await expect.poll(() => page.locator("dialog video").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Voir la vidéo");
    await page.close();
  });

  it("gives the video's captions, its transcript and its audio-described version, beside the player", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("button", { name: "Voir la vidéo" }).click();
    const dialog = page.getByRole("dialog", { name: "L’ACI du Groupe SNS en vidéo" });
    const track = dialog.locator("video track");
    expect(await track.evaluate((element: HTMLTrackElement) => [element.kind, element.srclang, element.label])).toEqual(
      ["captions", "fr", "Français"],
    );
    expect(await track.getAttribute("src")).toBe(VIDEO_ALTERNATIVES.captionsUrl);
    // The transcript opens from the keyboard, paragraph by paragraph.
    const transcript = dialog.getByText(VIDEO_ALTERNATIVES.transcript.split("\n\n")[1]!);
    expect(await transcript.isVisible()).toBe(false);
    await dialog.getByText("Transcription de la vidéo").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => transcript.isVisible()).toBe(true);
    expect(await dialog.locator("details p").count()).toBe(2);
    expect(
      await dialog.getByRole("link", { name: "Voir la version audiodécrite de la vidéo" }).getAttribute("href"),
    ).toBe(VIDEO_ALTERNATIVES.describedUrl);
    await page.close();
  });
});

describe("directory in a real browser", () => {
  it("searches and filters without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByLabel("Nom, enseigne, ville ou SIRET").fill("metz");
    await page.getByText("Filtrer par type, région ou département").click();
    await page.getByLabel("Entreprise d’insertion (EI)").check();
    await page.getByRole("button", { name: "Afficher les résultats" }).click();
    await page.waitForURL(/q=metz/);
    expect(new URL(page.url()).searchParams.getAll("type")).toEqual(["EI"]);
    const heading = await page.locator("#resultats").textContent();
    expect(heading).toMatch(/structures? trouvées?/);
    const kinds = await page.locator("section[aria-labelledby=resultats] > ul li abbr").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["EI"]));
    await context.close();
  });

  it("searches around a place typed without JavaScript, offering the homonyms to choose from", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByLabel("Ville ou code postal").fill("Sainte-Colombe");
    await page.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/lieu=Sainte-Colombe/);
    expect(await page.locator("#resultats").textContent()).toBe("Quelle commune ?");
    await page.getByRole("link", { name: "Sainte-Colombe (89)" }).click();
    await page.waitForURL(/commune=89339/);
    const heading = (await page.locator("#resultats").textContent())?.replace(/\s/g, " ");
    expect(heading).toMatch(/ trouvées? à moins de 25 km de Sainte-Colombe \(89\)$/);
    expect(await page.getByLabel("Ville ou code postal").inputValue()).toBe("Sainte-Colombe (89)");
    await context.close();
  });

  it("suggests communes as one types, chosen with the keyboard alone, and searches around the one chosen", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.waitForLoadState("networkidle");
    await tabTo(page, "Ville ou code postal");
    await page.keyboard.type("sarregue");
    const field = page.getByRole("combobox", { name: "Ville ou code postal" });
    await expect.poll(() => field.getAttribute("aria-expanded")).toBe("true");
    expect(await page.getByRole("option").first().textContent()).toBe("Sarreguemines (57) · 57200");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await field.inputValue()).toBe("Sarreguemines (57)");
    await tabTo(page, "Dans un rayon de");
    await page.keyboard.press("ArrowDown"); // from 25 to 50 km
    await tabTo(page, "Afficher les résultats");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/annuaire\?commune=57631&rayon=50$/);
    await expect
      .poll(async () => (await page.locator("#resultats").textContent())?.replace(/\s/g, " "))
      .toMatch(/^\d+ structures trouvées à moins de 50 km de Sarreguemines \(57\)/);
    expect(await page.locator("main li p.font-medium").first().textContent()).toBe("dans la commune");
    await page.close();
  });

  it("searches around the visitor's position after a click, rounded to about 100 m", async () => {
    const context = await browser.newContext({
      permissions: ["geolocation"],
      geolocation: { latitude: 49.11934, longitude: 6.17567 },
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByRole("button", { name: "Autour de moi" }).click();
    await page.waitForURL(/\/annuaire\?lat=49\.119&lon=6\.176$/);
    await expect
      .poll(async () => (await page.locator("#resultats").textContent())?.replace(/\s/g, " "))
      .toMatch(/ trouvées? à moins de 25 km de votre position/);
    expect(await page.locator("main li p.font-medium").first().textContent()).toMatch(/^à /);
    await context.close();
  });

  it("explains in French when the position is refused, and is absent without JavaScript", async () => {
    const context = await browser.newContext({ permissions: [] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByRole("button", { name: "Autour de moi" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "position" }).textContent())
      .toBe(
        "Votre navigateur n’a pas donné votre position : autorisez-la pour ce site, ou saisissez une ville ou un code postal.",
      );
    expect(new URL(page.url()).search).toBe("");
    await context.close();

    const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
    const plain = await withoutScripts.newPage();
    await plain.goto(`${baseUrl}/annuaire`);
    expect(await plain.getByRole("button", { name: "Autour de moi" }).count()).toBe(0);
    await withoutScripts.close();
  });

  it("keeps the search in the URL, and the back button brings the same results and fields back", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByLabel("Nom, enseigne, ville ou SIRET").fill("metz");
    await page.getByLabel("Nom, enseigne, ville ou SIRET").press("Enter");
    // Before hydration the browser submits the form itself, with its empty fields: either way the URL says q=metz.
    await page.waitForURL(/\/annuaire\?q=metz/);
    const searchUrl = page.url();
    const results = await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents();

    await page.locator("section[aria-labelledby=resultats] > ul a").first().click();
    await page.waitForURL(/\/annuaire\/[^?]+$/);
    expect(await page.locator("h1").textContent()).toBe(results[0]);

    await page.goBack();
    await page.waitForURL(searchUrl);
    expect(await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents()).toEqual(results);
    expect(await page.getByLabel("Nom, enseigne, ville ou SIRET").inputValue()).toBe("metz");
    await page.close();
  });

  it("filters by kind and département, pages forward, opens a structure and comes back to the same page", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.getByText("Filtrer par type, région ou département").click();
    await page.getByLabel("Atelier chantier d’insertion (ACI)").check();
    await page.getByLabel("Département", { exact: true }).selectOption("57");
    await page.getByRole("button", { name: "Afficher les résultats" }).click();
    await page.waitForURL(/type=ACI.*departement=57/);
    // 39 ACI in Moselle in the sample (the back-office test may have imported one more).
    await expect
      .poll(async () => (await page.locator("#resultats").textContent())?.replace(/\s+/g, " "))
      .toMatch(/^(39|40) structures trouvées — page 1 sur 2$/);

    await page.getByRole("link", { name: /Suivante/ }).click();
    await page.waitForURL(/page=2/);
    const pageUrl = page.url();
    const results = await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents();
    expect(results.length).toBeGreaterThanOrEqual(19);

    await page.locator("section[aria-labelledby=resultats] > ul a").first().click();
    await page.waitForURL(/\/annuaire\/[^?]+$/);
    await page.goBack();
    await page.waitForURL(pageUrl);
    expect(await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents()).toEqual(results);
    expect(await page.getByLabel("Atelier chantier d’insertion (ACI)").isChecked()).toBe(true);
    await page.close();
  });

  it("works with the keyboard alone: skip link, filters, pages, a structure and back", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/annuaire`);
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe("Aller au contenu");
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");

    await tabTo(page, "Filtrer par type, région ou département");
    await page.keyboard.press("Enter");
    await tabTo(page, "Atelier chantier d’insertion (ACI)");
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Space");
    await tabTo(page, "Département");
    await page.keyboard.type("57");
    await tabTo(page, "Afficher les résultats");
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/type=ACI.*departement=57/);
    await expect
      .poll(async () => (await page.locator("#resultats").textContent())?.replace(/\s+/g, " "))
      .toMatch(/^(39|40) structures trouvées — page 1 sur 2$/);

    await tabTo(page, /Suivante/);
    await page.keyboard.press("Enter");
    await page.waitForURL(/page=2/);
    const pageUrl = page.url();
    const results = await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents();
    await tabTo(page, results[0]!);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/annuaire\/[^?]+$/);
    expect(await page.locator("h1").textContent()).toBe(results[0]);
    // The browser's back button (Alt+← is the browser's own shortcut, outside the page headless Chromium drives).
    await page.goBack();
    await page.waitForURL(pageUrl);
    expect(await page.locator("section[aria-labelledby=resultats] > ul a").allTextContents()).toEqual(results);
    await page.close();
  });

  it.each([true, false])(
    "shows the 404 page for an unknown structure (JavaScript enabled: %s)",
    async (javaScriptEnabled) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/annuaire/structure-qui-n-existe-pas`);
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Page introuvable");
      await page.getByRole("link", { name: "Rechercher dans l’annuaire" }).click();
      await page.waitForURL(`${baseUrl}/annuaire`);
      expect(await page.locator("h1").textContent()).toBe("Annuaire des structures de l’IAE");
      await context.close();
    },
  );
});
