// npm run screenshots — full-page PNGs of every page type at 375 px and 1280 px, into .data/screenshots
// (git-ignored), from the production build on a scratch embedded database, for people to look at.
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { totpCode } from "@/lib/auth/second-factor";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { startEmbeddedDatabase } from "@/lib/database/embedded";
import { migrate } from "@/lib/database/migrate";
import { seed } from "@/lib/database/seed";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "@/scripts/chromium";
import { runMain } from "@/scripts/run-main";
import { buildAndStartNext } from "@/scripts/next-server";

const OUT = path.join(".data", "screenshots");
const WIDTHS = [375, 1280];
const PUBLIC = [
  ["accueil", "/"],
  ["annuaire", "/annuaire"],
  ["annuaire-recherche", "/annuaire?q=metz&type=ACI"],
  ["annuaire-vide", "/annuaire?q=zzzzzz"],
  ["structure", "/annuaire/baluchon-a-table-citoyens-93"],
  ["introuvable", "/annuaire/structure-qui-n-existe-pas"],
  ["accessibilite", "/accessibilite"],
  ["connexion", "/admin/connexion"],
] as const;
const ADMIN = [
  ["admin-accueil", "/admin"],
  ["admin-mandats", "/admin/mandats"],
  ["admin-chiffres", "/admin/chiffres"],
  ["admin-texte", "/admin/textes/aci"],
  ["admin-annuaire", "/admin/annuaire?q=metz"],
  ["admin-structure", "/admin/annuaire/baluchon-a-table-citoyens-93"],
  ["admin-import", "/admin/annuaire/import"],
  ["admin-journal", "/admin/journal"],
  ["admin-comptes", "/admin/comptes"],
  ["admin-compte", "/admin/compte"],
] as const;

runMain(async () => {
  const dir = path.join(os.tmpdir(), `sns-screenshots-${process.pid}`);
  const database = await startEmbeddedDatabase({ dir });
  const server: { stop: () => Promise<unknown> } = { stop: async () => {} };
  try {
    await migrate(database.url);
    await seed(database.url);
    const prisma = createPrismaClient(database.url);
    const account = { email: "captures@groupe-sns.test", password: "captures d'écran du back-office" };
    await createUser(prisma, { ...account, role: "ADMIN" });
    await prisma.videoSettings.update({ where: { id: 1 }, data: { videoUrl: "/videos/presentation.mp4" } });
    await prisma.$disconnect();
    console.log("Construction du site…");
    const next = await buildAndStartNext({
      DATABASE_URL: database.url,
      NEXT_DIST_DIR: ".data/next-screenshots",
      NEXTAUTH_SECRET: "secret-des-captures-d-ecran-de-plus-de-32-caracteres",
      MFA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    server.stop = next.stop;
    await rm(OUT, { recursive: true, force: true });
    await mkdir(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    let secret: string | undefined;
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [name, url] of PUBLIC) {
        await page.goto(`${next.baseUrl}${url}`, { waitUntil: "networkidle" });
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
      }
      await page.goto(`${next.baseUrl}/`, { waitUntil: "networkidle" });
      await page.getByRole("button", { name: "Voir la vidéo" }).click();
      await page.screenshot({ path: path.join(OUT, `accueil-video-${width}.png`) });
      await page.goto(`${next.baseUrl}/admin/connexion`);
      await page.getByLabel("Adresse électronique").fill(account.email);
      await page.getByLabel("Mot de passe").fill(account.password);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL((url) => url.pathname !== "/admin/connexion");
      if (!secret) {
        // The first login of an administrator: the second factor is set up before anything else.
        await page.waitForURL((url) => url.pathname === "/admin/double-authentification");
        await page.screenshot({ path: path.join(OUT, `admin-double-authentification-${width}.png`), fullPage: true });
        secret = (await page.locator("#cle-totp").textContent())!.replace(/\s/g, "");
        await page.getByLabel("Code affiché par l’application").fill(totpCode(secret));
        await page.getByRole("button", { name: "Activer l’application" }).click();
        await page.getByRole("heading", { name: "Vos codes de secours" }).waitFor();
        await page.screenshot({ path: path.join(OUT, `admin-codes-de-secours-${width}.png`), fullPage: true });
      } else {
        await page.waitForURL((url) => url.pathname === "/admin/connexion/verification");
        await page.screenshot({ path: path.join(OUT, `verification-${width}.png`), fullPage: true });
        // The code of the next 30-second step: the one of this step was spent by the first login.
        await page.getByLabel("Code de vérification").fill(totpCode(secret, Date.now() + 30_000));
        await page.getByRole("button", { name: "Vérifier" }).click();
      }
      await page.getByRole("link", { name: "Continuer" }).or(page.locator("nav")).first().waitFor();
      await page.goto(`${next.baseUrl}/admin`);
      for (const [name, url] of ADMIN) {
        await page.goto(`${next.baseUrl}${url}`, { waitUntil: "networkidle" });
        await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`), fullPage: true });
      }
      await page.goto(`${next.baseUrl}/admin/mandats/nouveau`);
      await page.getByRole("button", { name: "Ajouter le mandat" }).click();
      await page.locator("main").getByRole("alert").first().waitFor();
      await page.screenshot({ path: path.join(OUT, `admin-mandat-erreurs-${width}.png`), fullPage: true });
      await context.close();
    }
    await browser.close();
    console.log(`Captures enregistrées dans ${OUT}.`);
  } finally {
    await server.stop();
    await database.stop();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.password`, { force: true });
  }
});
