// The deploy:nginx recipe with Debian's nginx in front of a production server: public pages served from the
// micro-cache, an edit made in the back office through nginx visible through nginx within 2 seconds, the back
// office and server actions never cached, no request left open by saves made through it, and cached pages
// still answered while the site is stopped; and the recipe as printed (its default cache folder) accepted by
// nginx -t inside Debian's own nginx.conf.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { findFreePort } from "@/lib/database/embedded";
import { DEFAULT_CACHE_DIR, nginxRecipe } from "@/lib/server/nginx-recipe";
import { NGINX_PATH, startNginx, type RunningNginx } from "@/scripts/run-nginx";
import { launchBrowser } from "@/tests/support/browser";
import { expectEditsToLeaveNoRequestOpen } from "@/tests/support/open-requests";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";
import { createStaffAccount } from "@/tests/support/second-factor";
import { logIn, type StaffAccount } from "@/tests/support/staff-browser";

const STRUCTURE = "/annuaire/baluchon-a-table-citoyens-93";

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let site: Awaited<ReturnType<typeof startInstance>>;
let nginx: RunningNginx;
let front: string;
let staff: StaffAccount;
let browser: Browser;

beforeAll(async () => {
  database = await copyOfSeed();
  const prisma = createPrismaClient(database.url);
  staff = await createStaffAccount(prisma, {
    email: "nginx@groupe-sns.test",
    password: "une phrase de passe derrière nginx",
    role: "ADMIN",
  });
  await prisma.$disconnect();
  site = await startInstance("nginx", { DATABASE_URL: database.url, TRUSTED_PROXY_HOPS: "1" });
  const port = await findFreePort();
  front = `http://127.0.0.1:${port}`;
  const upstream = new URL(site.baseUrl).host;
  nginx = await startNginx(
    (dir) => nginxRecipe({ listen: `127.0.0.1:${port}`, upstream, cacheDir: `${dir}/cache` }),
    `${front}/robots.txt`,
  );
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await site?.stop();
  await site?.remove();
  await database?.drop();
});

const through = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${front}${path}`, { headers: { "accept-encoding": "gzip", ...headers } });
  return { status: response.status, cache: response.headers.get("x-cache-status"), html: await response.text() };
};
const homeTotal = async () =>
  (await through("/")).html.match(/Total<\/span><span[^>]*>([^<]+)</)?.[1]?.replace(/\s/g, " ");

describe("the nginx micro-cache of npm run deploy:nginx", () => {
  it("serves public pages and build files from its cache, compressed", async () => {
    await through("/");
    const again = await through("/");
    expect(again.status).toBe(200);
    expect(again.cache).toBe("HIT");
    const response = await fetch(`${front}/`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
    // Build files are kept too (their names change with their content).
    const script = again.html.match(/\/_next\/static\/[^"]+\.js/)![0];
    await through(script);
    expect((await through(script)).cache).toBe("HIT");
  });

  it("shows an edit made in the back office through nginx, through nginx, within 2 seconds", async () => {
    await through("/");
    expect((await through("/")).cache).toBe("HIT");
    const page = await browser.newPage();
    await logIn(page, front, staff, "/admin/chiffres");
    const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
    await form.getByLabel("Nombre").fill("300");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");
    const savedAt = performance.now();
    await expect.poll(homeTotal, { timeout: 2_000, interval: 100 }).toBe("3 900");
    console.log(`Modification visible à travers nginx après ${Math.round(performance.now() - savedAt)} ms`);

    // The back office and the server actions were never stored.
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    for (let i = 0; i < 2; i++) {
      const admin = await through("/admin/chiffres", { cookie });
      expect(admin.status).toBe(200);
      expect(admin.cache).toBeNull();
    }
    const anonymous = await fetch(`${front}/admin/chiffres`, { redirect: "manual" });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("x-cache-status")).toBeNull();
    await page.close();
  });

  it("leaves no request open after saves made through nginx", async () => {
    const page = await browser.newPage();
    await expectEditsToLeaveNoRequestOpen(page, front, staff);
    await page.close();
  });

  it("keeps answering cached public pages while the site is stopped", async () => {
    for (const path of ["/", STRUCTURE]) await through(path);
    await site.stop();
    for (const path of ["/", STRUCTURE]) {
      const answer = await through(path);
      expect(answer.status, path).toBe(200);
      expect(answer.cache, path).toMatch(/^(STALE|UPDATING|HIT)$/);
      expect(answer.html).toContain("<h1");
    }
    // What was never cached cannot be: nginx says the site does not answer.
    expect((await through("/admin/connexion")).status).toBe(502);
  });
});

describe("the recipe as printed, where nginx is installed", () => {
  // Debian's own nginx.conf with the recipe where its conf.d/ include stands (as the README says to place it),
  // checked by nginx -t: the default cache folder must be one nginx can create on this layout.
  it("passes nginx -t in Debian's nginx.conf with its default cache folder", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "sns-nginx-check-"));
    const cacheExisted = existsSync(DEFAULT_CACHE_DIR);
    try {
      const recipe = nginxRecipe({ listen: "80", upstream: "127.0.0.1:3000", serverName: "www.groupe-sns.fr" });
      expect(recipe).toContain(`proxy_cache_path ${DEFAULT_CACHE_DIR} `);
      await writeFile(path.join(dir, "groupe-sns.conf"), recipe);
      const debian = await readFile("/etc/nginx/nginx.conf", "utf8");
      expect(debian).toContain("include /etc/nginx/conf.d/*.conf;");
      const conf = debian
        .replace("include /etc/nginx/conf.d/*.conf;", `include ${dir}/groupe-sns.conf;`)
        .replace("include /etc/nginx/sites-enabled/*;", "");
      await writeFile(path.join(dir, "nginx.conf"), conf);
      const check = spawnSync(NGINX_PATH, ["-t", "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
      expect(check.stderr).toContain("test is successful");
      expect(check.status).toBe(0);
    } finally {
      // nginx -t created the folder, as a real start would: leave the machine as it was.
      if (!cacheExisted) await rm(DEFAULT_CACHE_DIR, { recursive: true, force: true });
      await rm(dir, { recursive: true, force: true });
    }
  });
});
