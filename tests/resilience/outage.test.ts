// The database stops while the site serves, then comes back: a server of the production build on a cluster
// of its own, stopped and restarted for real (fast shutdown, as an administrator or a crash would).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { launchBrowser } from "@/tests/support/browser";
import { createStaffAccount } from "@/tests/support/second-factor";
import { logIn, type StaffAccount } from "@/tests/support/staff-browser";
import { startInstance, startSeededCluster } from "@/tests/support/production-copy";
import { withSiretKey } from "@/tests/support/siret";

const STRUCTURE = "/annuaire/baluchon-a-table-citoyens-93";
// Created in this test's own database: no other test of the build can have had its page cached.
const OTHER_STRUCTURE = "/annuaire/atelier-de-la-panne-57";
const SEARCH = "/annuaire?q=metz&type=ACI";
const staffAccount = { email: "panne@groupe-sns.test", password: "une phrase de passe pour la panne" };
let staff: StaffAccount;

let cluster: Awaited<ReturnType<typeof startSeededCluster>>;
let server: Awaited<ReturnType<typeof startInstance>>;
let browser: Browser;

beforeAll(async () => {
  cluster = await startSeededCluster("outage");
  const prisma = createPrismaClient(cluster.url);
  staff = await createStaffAccount(prisma, { ...staffAccount, role: "ADMIN" });
  await prisma.structure.create({
    data: {
      siret: withSiretKey("7770000000001"),
      kind: "ACI",
      name: "ATELIER DE LA PANNE",
      slug: "atelier-de-la-panne-57",
      city: "Metz",
      departmentCode: "57",
      source: "SNS",
    },
  });
  await prisma.$disconnect();
  server = await startInstance("outage", { DATABASE_URL: cluster.url });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await server?.remove();
  await cluster?.stop();
});

const get = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, headers: response.headers, html: await response.text() };
};

describe("while the database is down", () => {
  it("serves cached pages, answers 503 in French elsewhere, keeps a back-office input, and recovers alone", async () => {
    // Pages visited before the outage are in the cache.
    for (const path of ["/", STRUCTURE]) {
      await get(path);
      expect((await get(path)).headers.get("x-nextjs-cache")).toBe("HIT");
    }
    const page = await browser.newPage();
    await logIn(page, server.baseUrl, staff, "/admin/chiffres");
    const form = page.locator("form", { has: page.getByRole("heading", { name: /\(ETTI\)/ }) });
    await form.getByLabel("Nombre").waitFor();

    await cluster.pause();

    // Cached public pages keep answering, with their content.
    const home = await get("/");
    expect(home.status).toBe(200);
    expect(home.html).toContain("Total");
    const structure = await get(STRUCTURE);
    expect(structure.status).toBe(200);
    expect(structure.html).toContain("<h1");

    // Pages that need the database say so, in French, with a 503 and when to come back; no stack trace.
    for (const path of [SEARCH, OTHER_STRUCTURE]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("30");
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(answer.html).toContain("Service temporairement indisponible");
      expect(answer.html).not.toMatch(/PrismaClient|ECONNREFUSED|at async|\.ts:\d+/);
    }

    // The open-data API and downloads say so too, as JSON (RFC 9457), never as the HTML page.
    for (const path of ["/api/v1/structures?departement=57", "/donnees/structures.csv?departement=57"]) {
      const answer = await get(path);
      expect(answer.status, path).toBe(503);
      expect(answer.headers.get("content-type"), path).toBe("application/problem+json; charset=utf-8");
      expect(answer.headers.get("retry-after"), path).toBe("30");
      expect((JSON.parse(answer.html) as { detail: string }).detail).toMatch(/La base de données ne répond pas/);
    }

    // A save during the outage is refused with a message, and what was typed stays in the field.
    await form.getByLabel("Nombre").fill("321");
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect
      .poll(() => form.getByRole("alert").textContent())
      .toBe(
        "La base de données ne répond pas : rien n’a été enregistré. Vos saisies sont conservées ; réessayez dans un instant.",
      );
    expect(await form.getByLabel("Nombre").inputValue()).toBe("321");

    await cluster.resume();

    // The same server process, not restarted, serves the database's pages again.
    await expect.poll(async () => (await get(SEARCH)).status, { timeout: 30_000 }).toBe(200);
    expect((await get(OTHER_STRUCTURE)).status).toBe(200);
    expect(server.process.exitCode).toBeNull();

    // The kept input can now be saved as it is, and the home page shows it.
    await form.getByRole("button", { name: "Enregistrer" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toBe("Modifications enregistrées.");
    expect((await get("/")).html).toMatch(/321/);
    await page.close();
  });
});
