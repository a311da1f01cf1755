// The size limits of the back office, seen from a browser without JavaScript: a 100,000-line import goes
// through; a file or a text over its limit gets the application's French message with the input kept; a body
// over every limit is refused before it is read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, MAX_SECTION_TEXT } from "@/lib/admin/limits";
import { createUser } from "@/lib/auth/users";
import { createPrismaClient } from "@/lib/database/client";
import { postForm, signIn } from "@/tests/support/http-session";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";
import { withSiretKey } from "@/tests/support/siret";
import { parseHtml } from "@/tests/support/html";

const staff = { email: "limites@groupe-sns.test", password: "une phrase de passe pour les limites" };

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let server: Awaited<ReturnType<typeof startInstance>>;
let cookie: string;

beforeAll(async () => {
  database = await copyOfSeed();
  const prisma = createPrismaClient(database.url);
  await createUser(prisma, { ...staff, role: "EDITOR" });
  await prisma.$disconnect();
  server = await startInstance("limits", { DATABASE_URL: database.url });
  ({ cookie } = await signIn(server.baseUrl, staff.email, staff.password));
});

afterAll(async () => {
  await server?.stop();
  await server?.remove();
  await database?.drop();
});

const post = (page: string, pick: (form: FormData) => boolean, changes: Record<string, string | Blob>) =>
  postForm(server.baseUrl, cookie, page, pick, changes);

const text = (html: string) => parseHtml(html).body.textContent?.replace(/\s+/g, " ") ?? "";

describe("back-office limits over HTTP", () => {
  it("takes a 100,000-line file (4.7 MB, over Next.js's default 1 MB) to its preview, then imports it", async () => {
    const rows = Array.from(
      { length: 100_000 },
      (_, i) => `${withSiretKey(2_000_000_000_000 + i)},EI,ENTREPRISE ${i},57000,Metz,57`,
    );
    const csv = ["siret,kind,name,post_code,city,department", ...rows].join("\n");
    expect(csv.length).toBeGreaterThan(4_000_000);
    const uploaded = await post("/admin/annuaire/import", (form) => form.has("file"), {
      file: new File([csv], "cent-mille.csv", { type: "text/csv" }),
    });
    expect(uploaded.status).toBe(303);
    const preview = uploaded.headers.get("location")!;
    const page = await fetch(`${server.baseUrl}${preview}`, { headers: { cookie } });
    expect(text(await page.text())).toContain("100 000 créations");

    const confirmed = await post(preview, (form) => form.has("batchId"), {});
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get("location")).toBe("/admin/annuaire?importe=100000");
    const search = await fetch(`${server.baseUrl}/annuaire?q=entreprise+99999`);
    expect(text(await search.text())).toContain("ENTREPRISE 99999");
  }, 120_000);

  it("refuses a file over the import's limit with its French message, on the same page", async () => {
    const response = await post("/admin/annuaire/import", (form) => form.has("file"), {
      file: new File([new Uint8Array(MAX_IMPORT_BYTES + 1024)], "trop-gros.csv", { type: "text/csv" }),
    });
    expect(response.status).toBe(200);
    expect(text(await response.text())).toContain("Fichier trop volumineux : 10 Mo au plus.");
  });

  it("keeps a 2 MB text typed in a section, with the French message of its limit", async () => {
    const typed = `${"Un texte bien trop long. ".repeat(80_000)}FIN-DU-TEXTE`;
    expect(typed.length).toBeGreaterThan(2_000_000);
    const response = await post("/admin/textes/presentation", (form) => form.has("body"), { body: typed });
    expect(response.status).toBe(200);
    const document = parseHtml(await response.text());
    expect(document.body.textContent).toContain(`Texte : ${MAX_SECTION_TEXT} caractères au plus.`);
    expect(document.querySelector<HTMLTextAreaElement>("textarea[name=body]")?.value).toBe(typed);
  });
});
