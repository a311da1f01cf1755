// Cached directory searches, seen from outside: several searches are warmed (served from the cache), a staff
// member writes to the directory through the back office over HTTP (edit, create, delete, import), and every
// warmed search shows the change at the next request, then is cached again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { postForm, signIn } from "@/tests/support/http-session";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";

const staff = { email: "recherches@groupe-sns.test", password: "une phrase de passe pour les recherches" };
const BALUCHON = "baluchon-a-table-citoyens-93";

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let server: Awaited<ReturnType<typeof startInstance>>;
let cookie: string;

beforeAll(async () => {
  database = await copyOfSeed();
  const prisma = createPrismaClient(database.url);
  await createUser(prisma, { ...staff, role: "EDITOR" });
  await prisma.$disconnect();
  server = await startInstance("search-cache", { DATABASE_URL: database.url });
  ({ cookie } = await signIn(server.baseUrl, staff.email, staff.password));
});

afterAll(async () => {
  await server?.stop();
  await server?.remove();
  await database?.drop();
});

/** What a visitor reads of a search: the results heading, the names listed, and whether it came from the cache. */
async function search(path: string) {
  const response = await fetch(`${server.baseUrl}${path}`);
  const html = await response.text();
  const heading = html
    .match(/<h2 id="resultats"[^>]*>(.*?)<\/h2>/s)?.[1]
    ?.replace(/<!-- -->/g, "")
    .replace(/\s/g, " ");
  // Links to structure pages: not the « Carte » view of the same search.
  const names = [...html.matchAll(/<a [^>]*href="\/annuaire\/(?!carte\b)([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
    (m) => m[2]!,
  );
  return { status: response.status, heading, names, cache: response.headers.get("x-nextjs-cache") };
}

const SEARCHES = [
  "/annuaire?q=baluchon",
  "/annuaire",
  "/annuaire?page=2",
  "/annuaire?type=EI&departement=93",
  "/annuaire?q=baluchon&type=EI&departement=93",
  "/annuaire?q=zephyrine",
  "/annuaire?q=quintessence",
];

/** Every search read twice: the second answer comes from the cache. */
async function warmAll() {
  const seen = new Map<string, Awaited<ReturnType<typeof search>>>();
  for (const path of SEARCHES) {
    await search(path);
    const warmed = await search(path);
    expect(warmed.cache, path).toBe("HIT");
    seen.set(path, warmed);
  }
  return seen;
}

/** Posts a back-office form as its HTML says (no JavaScript); a saved form answers with a redirect. */
async function post(page: string, pick: (form: FormData) => boolean, changes: Record<string, string | Blob> = {}) {
  const response = await postForm(server.baseUrl, cookie, page, pick, changes);
  expect(response.status, `${page} : ${(await response.clone().text()).slice(0, 200)}`).toBe(303);
  return response.headers.get("location") ?? "";
}

/** How many structures the Seine-Saint-Denis page says it has; served from the cache from the second read. */
async function departmentTotal() {
  const html = await (await fetch(`${server.baseUrl}/annuaire/departement/93`)).text();
  return Number(html.match(/L’annuaire compte ([\d\s]+?)(?:&nbsp;|\s)structures/)?.[1]?.replace(/\D/g, ""));
}

const total = (heading: string | undefined) =>
  Number(heading?.match(/^([\d ]+) structures? trouvées?/)?.[1]?.replace(/ /g, ""));

describe("every directory write expires every cached search", () => {
  it("an edit: the renamed structure is shown under its new name by the searches that list it", async () => {
    const before = await warmAll();
    expect(before.get("/annuaire?q=baluchon")!.names).toContain("Baluchon-À table citoyens");

    await post(`/admin/annuaire/${BALUCHON}`, (form) => form.has("siret"), { brand: "Baluchon Renommé" });

    const renamed = await search("/annuaire?q=baluchon");
    expect(renamed.names).toContain("Baluchon Renommé");
    expect(renamed.names).not.toContain("Baluchon-À table citoyens");
    expect((await search("/annuaire?q=baluchon&type=EI&departement=93")).names).toContain("Baluchon Renommé");
    expect((await search("/annuaire?q=baluchon")).cache).toBe("HIT");
  });

  it("a creation and a deletion: the totals and the lists follow, and no result leads to a missing page", async () => {
    const before = await warmAll();
    const seededTotal = total(before.get("/annuaire")!.heading);
    const einTotal = total(before.get("/annuaire?type=EI&departement=93")!.heading);
    expect(before.get("/annuaire?q=zephyrine")!.heading).toBe("Aucune structure trouvée");

    await departmentTotal();
    const departmentBefore = await departmentTotal();
    expect(departmentBefore).toBeGreaterThan(0);
    const created = await post("/admin/annuaire/nouvelle", (form) => form.has("siret"), {
      siret: "73282932000074",
      kind: "EI",
      name: "ZEPHYRINE INSERTION",
      brand: "Zéphyrine",
      city: "Montreuil",
      postalCode: "93100",
      departmentCode: "93",
    });
    const slug = decodeURIComponent(created.split("enregistre=")[1] ?? "");
    expect(slug).toBe("zephyrine-93");

    expect((await search("/annuaire?q=zephyrine")).names).toEqual(["Zéphyrine"]);
    // The département's page, warmed before, counts it too.
    expect(await departmentTotal()).toBe(departmentBefore + 1);
    expect(total((await search("/annuaire")).heading)).toBe(seededTotal + 1);
    expect(total((await search("/annuaire?page=2")).heading)).toBe(seededTotal + 1);
    expect(total((await search("/annuaire?type=EI&departement=93")).heading)).toBe(einTotal + 1);

    await warmAll();
    await post(`/admin/annuaire/${slug}/supprimer`, (form) => form.has("id"));

    expect((await search("/annuaire?q=zephyrine")).heading).toBe("Aucune structure trouvée");
    expect(total((await search("/annuaire")).heading)).toBe(seededTotal);
    expect(total((await search("/annuaire?page=2")).heading)).toBe(seededTotal);
    expect(total((await search("/annuaire?type=EI&departement=93")).heading)).toBe(einTotal);
    expect((await fetch(`${server.baseUrl}/annuaire/${slug}`)).status).toBe(404);
  });

  it("an import, through its preview: the imported structure is found by the searches warmed before", async () => {
    const before = await warmAll();
    const seededTotal = total(before.get("/annuaire")!.heading);
    const einTotal = total(before.get("/annuaire?type=EI&departement=93")!.heading);
    const csv =
      "siret,kind,name,brand,city,post_code,department\n10020030000109,EI,QUINTESSENCE SAS,Quintessence,Montreuil,93100,93\n";
    const preview = await post("/admin/annuaire/import", () => true, {
      file: new File([csv], "quintessence.csv", { type: "text/csv" }),
    });
    expect(preview).toMatch(/^\/admin\/annuaire\/import\/\d+$/);
    await post(preview, (form) => form.has("batchId"));

    expect((await search("/annuaire?q=quintessence")).names).toEqual(["Quintessence"]);
    expect(total((await search("/annuaire")).heading)).toBe(seededTotal + 1);
    expect(total((await search("/annuaire?type=EI&departement=93")).heading)).toBe(einTotal + 1);
  });
});
