// Two servers of one build behind a load balancer, sharing one PostgreSQL, as a deployment on several
// machines would run: an edit saved through one shows on both at once, a form one rendered can be
// submitted to the other, and the open-data API's limit per address counts the requests of both.
import pg from "pg";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { API_RATE_LIMIT } from "@/lib/open-data/http";
import { launchBrowser } from "@/tests/support/browser";
import { createStaffAccount } from "@/tests/support/second-factor";
import { logIn, type StaffAccount } from "@/tests/support/staff-browser";
import { startLoadBalancer } from "@/tests/support/load-balancer";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";

const staffAccount = { email: "instances@groupe-sns.test", password: "une phrase de passe pour deux serveurs" };
let staff: StaffAccount;

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let balancer: Awaited<ReturnType<typeof startLoadBalancer>>;
let instances: Awaited<ReturnType<typeof startInstance>>[] = [];
let browser: Browser;

beforeAll(async () => {
  database = await copyOfSeed();
  const prisma = createPrismaClient(database.url);
  staff = await createStaffAccount(prisma, { ...staffAccount, role: "ADMIN" });
  await prisma.$disconnect();
  balancer = await startLoadBalancer();
  // The session cookie and the sign-in redirects name the public address: the balancer's.
  const env = { DATABASE_URL: database.url, NEXTAUTH_URL: balancer.url };
  instances = await Promise.all([startInstance("instances-a", env), startInstance("instances-b", env)]);
  balancer.targets.push(...instances.map((instance) => instance.baseUrl));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await balancer?.close();
  for (const instance of instances) {
    await instance.stop();
    await instance.remove();
  }
  await database?.drop();
});

/** The ETTI count as the home page of one instance shows it, and whether it came from its cache. */
async function homeOn(baseUrl: string) {
  const response = await fetch(`${baseUrl}/`);
  const html = await response.text();
  return {
    total: html.match(/Total<\/span><span[^>]*>([^<]+)</)?.[1]?.replace(/\s/g, " "),
    cache: response.headers.get("x-nextjs-cache"),
  };
}

/** Logs in through the balancer to instance B and saves the ETTI count there. */
async function saveEttiThroughB(value: string) {
  balancer.use(1);
  const page = await browser.newPage();
  await logIn(page, balancer.url, staff, "/admin/chiffres");
  const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
  await form.getByLabel("Nombre").fill(value);
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");
  await page.close();
}

describe("two instances behind one load balancer", () => {
  it("runs a form rendered by one instance on the other, and both show the edit at the next request", async () => {
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    // Both instances have the home page in their own cache.
    for (const instance of [a, b]) {
      await homeOn(instance.baseUrl);
      expect(await homeOn(instance.baseUrl)).toEqual({ total: "3 850", cache: "HIT" });
    }

    const page = await browser.newPage();
    balancer.use(0);
    await logIn(page, balancer.url, staff, "/admin/chiffres");
    const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
    await form.getByLabel("Nombre").fill("280");

    // The form instance A rendered is submitted to instance B.
    balancer.use(1);
    const answered = page.waitForResponse((response) => response.request().method() === "POST");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    expect((await answered).status()).toBe(200);
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");

    // Instance A never saw the edit, yet its next request shows it, like B's.
    expect((await homeOn(a.baseUrl)).total).toBe("3 880");
    expect((await homeOn(b.baseUrl)).total).toBe("3 880");
    expect(await homeOn(a.baseUrl)).toEqual({ total: "3 880", cache: "HIT" });
    await page.close();
  });

  it("expires, when an instance starts again, what was invalidated while it was stopped", async () => {
    const [a] = instances as [(typeof instances)[0]];
    await homeOn(a.baseUrl);
    expect((await homeOn(a.baseUrl)).cache).toBe("HIT");
    // A stops, with the home page on its disk; an edit is saved through B meanwhile.
    await a.stop();
    await saveEttiThroughB("290");

    // Started again, A does not serve the page it kept on disk from before the edit.
    instances[0] = { ...a, ...(await a.restart()) };
    expect((await homeOn(instances[0].baseUrl)).total).toBe("3 890");
  });

  it("ignores what any database role sends on its channel, and still hears the other instance", async () => {
    const [a] = instances as [(typeof instances)[0], (typeof instances)[0]];
    await homeOn(a.baseUrl);
    expect((await homeOn(a.baseUrl)).cache).toBe("HIT");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    for (const payload of [
      "pas du JSON",
      "null",
      "[]",
      JSON.stringify({ tag: 5 }),
      JSON.stringify({ origin: "x", tag: "t".repeat(5000), at: "2026-11-30 09:00:00+00" }),
      JSON.stringify({ origin: "x", tag: "structures", at: "'; DROP TABLE structure; --" }),
    ]) {
      await client.query("SELECT pg_notify('sns_cache_invalidation', $1)", [payload]);
    }
    await client.end();

    // A real edit saved through B still reaches A at its next request.
    await saveEttiThroughB("300");
    await expect.poll(async () => (await homeOn(a.baseUrl)).total).toBe("3 900");
    expect(a.output()).toContain("Cache partagé : notification ignorée");
    expect(a.output()).not.toMatch(/SyntaxError|Unexpected token|uncaughtException/);
  });

  it("counts an address's open-data requests on both instances together", async () => {
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const ask = (baseUrl: string) => fetch(`${baseUrl}/api/v1/structures?size=1`);
    const half = API_RATE_LIMIT.points / 2;
    const answers = [];
    for (let i = 0; i < half; i++) answers.push(await ask(a.baseUrl));
    for (let i = 0; i < half; i++) answers.push(await ask(b.baseUrl));
    expect(answers.map((answer) => answer.status)).toEqual(Array(API_RATE_LIMIT.points).fill(200));
    // B's first answer already counts what A answered.
    expect(answers[half]!.headers.get("ratelimit")).toMatch(new RegExp(`remaining=${half - 1},`));
    for (const instance of [a, b]) {
      const refused = await ask(instance.baseUrl);
      expect(refused.status, instance.baseUrl).toBe(429);
      expect(((await refused.json()) as { detail: string }).detail).toMatch(/^Plus de 120 requêtes en 60 secondes/);
    }
  });
});
