// A staff member logging in through the login page in a real browser, with the second factor when the account
// has an authenticator app (its code typed as from the phone).
import type { Page } from "playwright-core";
import { nextTotpCode } from "@/tests/support/second-factor";

export type StaffAccount = { email: string; password: string; totpSecret?: string | null };

/** Opens `path` (which sends to the login page), logs in, and waits to be back on `path`. */
export async function logIn(page: Page, baseUrl: string, account: StaffAccount, path = "/admin") {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel("Adresse électronique").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (account.totpSecret) {
    await page.waitForURL((url) => url.pathname === "/admin/connexion/verification");
    await page.getByLabel("Code de vérification").fill(await nextTotpCode(account.totpSecret));
    await page.getByRole("button", { name: "Vérifier" }).click();
  }
  await page.waitForURL(`${baseUrl}${path}`);
}
