import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES } from "@/lib/admin/limits";
import { db } from "@/lib/database/db";
import { confirmImport, previewImport } from "@/lib/directory/actions";
import { getImportPreview } from "@/lib/directory/admin-queries";
import { withSiretKey } from "@/tests/support/siret";
import { invalidatedTags, signInAs, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());

const HEADER = "siret,kind,name,brand,address,post_code,city,department,latitude,longitude,website,description";
const csvFile = (content: string | Uint8Array<ArrayBuffer>, name = "structures.csv") =>
  new File([content], name, { type: "text/csv" });

/** Uploads a file and returns its preview, as the staff member sees it before confirming. */
async function preview(file: File) {
  const { redirectTo, state } = await submit(previewImport, { file });
  if (!redirectTo) return { state, batchId: null, plan: null };
  const batchId = Number(redirectTo.split("/").at(-1));
  const result = await getImportPreview(batchId);
  return { state, batchId, plan: result!.plan };
}

async function importFile(file: File) {
  const { batchId, plan, state } = await preview(file);
  if (batchId === null) throw new Error(`refusé : ${state?.message}`);
  const confirmed = await submit(confirmImport, { batchId });
  return { plan: plan!, redirectTo: confirmed.redirectTo };
}

describe("CSV import", () => {
  it("previews without writing anything, then applies in one go, then changes nothing the second time", async () => {
    await signInAs("EDITOR");
    const csv = `${HEADER}\n11111111100014,ACI,ATELIER UN,,1 rue A,57000,Metz,57,49.1,6.1,https://un.example,"Première ligne\nseconde ligne"\n22222222200028,EI,ENTREPRISE DEUX,Deux,,67000,Strasbourg,67,,,,\n`;
    const before = await db.structure.count();
    const { plan, batchId } = await preview(csvFile(csv));
    expect(plan?.creates.map((c) => [c.line, c.slug])).toEqual([
      [2, "atelier-un-57"],
      [4, "deux-67"],
    ]);
    expect(await db.structure.count()).toBe(before);

    const confirmed = await submit(confirmImport, { batchId: batchId! });
    expect(confirmed.redirectTo).toBe("/admin/annuaire?importe=2");
    expect(invalidatedTags).toEqual(["structures", "structure:atelier-un-57", "structure:deux-67"]);
    expect(await db.structure.count()).toBe(before + 2);
    expect((await db.structure.findUniqueOrThrow({ where: { slug: "atelier-un-57" } })).description).toBe(
      "Première ligne\nseconde ligne",
    );
    expect(await db.auditEntry.count({ where: { action: "import" } })).toBe(1);

    const again = await importFile(csvFile(csv));
    expect(again.plan.creates).toEqual([]);
    expect(again.plan.updates).toEqual([]);
    expect(again.plan.unchanged).toHaveLength(2);
    expect(await db.structure.count()).toBe(before + 2);
  });

  it("updates a known structure (same SIRET and kind) and says which fields change", async () => {
    await signInAs("EDITOR");
    const csv = `${HEADER}\n75187049400026,ACI,LA COLLECTERIE,La Collecterie,18 Rue Saint Antoine,93100,Montreuil,93,48.86502399999999,2.455023,https://collecterie.example,\n`;
    const { plan } = await importFile(csvFile(csv));
    expect(plan.updates.map((u) => u.changed)).toEqual([["website"]]);
    expect((await db.structure.findUniqueOrThrow({ where: { slug: "la-collecterie-93" } })).website).toBe(
      "https://collecterie.example",
    );
  });

  it("refreshes the page of a structure that an imported one makes a homonym", async () => {
    await signInAs("EDITOR");
    // Same displayed name, kind and city as the seeded La Collecterie: that page's title now needs its SIRET.
    const csv = `${HEADER}\n44444444400046,ACI,LA COLLECTERIE BIS,La Collecterie,,93100,Montreuil,93,,,,\n`;
    const { plan } = await importFile(csvFile(csv));
    expect(plan.creates.map((c) => c.slug)).toEqual(["la-collecterie-93-2"]);
    expect(invalidatedTags.filter((tag) => tag.startsWith("structure:"))).toEqual([
      "structure:la-collecterie-93-2",
      "structure:la-collecterie-93",
    ]);
  });

  it("reads semicolons, a UTF-8 BOM and Windows-1252 alike", async () => {
    await signInAs("EDITOR");
    const semicolon = `${HEADER.replaceAll(",", ";")}\n33333333300032;AI;ASSOCIATION ÉLAN;Élan;;57000;Thionville;57;;;;Aide à l’emploi\n`;
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(`${HEADER}\n44444444400046,EI,ŒUVRE BOM,,,57000,Metz,57,,,,\n`),
    ]);
    // "Élan" and "Thionville" as Excel saves them on French Windows: É is 0xC9 in Windows-1252.
    const latin = `${HEADER.replaceAll(",", ";")}\n55555555500054;ETTI;INTERIM CAFE;Intérim Café;;57000;Thionville;57;;;;\n`;
    const windows1252 = Uint8Array.from([...latin].map((ch) => ({ é: 0xe9 })[ch as "é"] ?? ch.charCodeAt(0)));

    const names = [];
    for (const file of [csvFile(semicolon), csvFile(bom), csvFile(windows1252)]) {
      const { plan } = await importFile(file);
      expect(plan.rejected).toEqual([]);
      names.push(plan.creates[0]?.data.brand ?? plan.creates[0]?.data.name);
    }
    expect(names).toEqual(["Élan", "ŒUVRE BOM", "Intérim Café"]);
    expect((await db.structure.findFirstOrThrow({ where: { siret: "33333333300032" } })).description).toBe(
      "Aide à l’emploi",
    );
  });

  it("rejects each bad line with its number and reason, and imports the rest", async () => {
    await signInAs("EDITOR");
    const csv = [
      HEADER,
      "66666666600068,ACI,BONNE LIGNE,,,57000,Metz,57,,,,",
      "123,ACI,SIRET COURT,,,57000,Metz,57,,,,",
      "77777777700072,XYZ,TYPE INCONNU,,,57000,Metz,57,,,,",
      "88888888800086,ACI,,,,57000,Metz,57,,,,",
      "99999999900090,ACI,CODE POSTAL,,,5700,Metz,57,,,,",
      "12121212100010,ACI,DEPARTEMENT,,,57000,Metz,99,,,,",
      "66666666600068,ACI,DOUBLON,,,57000,Metz,57,,,,",
      "13131313100016,ACI,COORDONNEES,,,57000,Metz,57,north,6.1,,",
      "14141414100012,ACI,SITE,,,57000,Metz,57,,,javascript:alert(1),",
    ].join("\n");
    const { plan } = await importFile(csvFile(csv));
    expect(plan.creates.map((c) => c.data.name)).toEqual(["BONNE LIGNE"]);
    expect(plan.rejected).toEqual([
      { line: 3, reason: "SIRET : 14 chiffres." },
      { line: 4, reason: "Type : ACI, AI, EI, EITI, ETTI, GEIQ, EA ou EATT." },
      { line: 5, reason: "Raison sociale : ce champ est obligatoire." },
      { line: 6, reason: "Code postal : 5 chiffres." },
      { line: 7, reason: "Département inconnu : 99." },
      { line: 8, reason: "Même SIRET et même type que la ligne 2 : ligne ignorée." },
      { line: 9, reason: "Latitude : un nombre entre -90 et 90, avec un point décimal." },
      { line: 10, reason: "Site internet : une adresse complète commençant par http:// ou https://" },
    ]);
  });

  it.each([
    ["an empty file", "", "Choisissez un fichier CSV ou JSON."],
    [
      "a file without the required columns",
      "nom,ville\nA,B\n",
      "Colonnes obligatoires absentes : siret, kind, name, city, department.",
    ],
    ["a header only", `${HEADER}\n`, "Le fichier ne contient aucune ligne de données."],
    ["broken quoting", `${HEADER}\n1,"ACI,x\n`, "Fichier illisible"],
  ])("refuses %s with a message, writing nothing", async (_label, content, message) => {
    await signInAs("EDITOR");
    const before = await db.importBatch.count();
    const { state, batchId } = await preview(csvFile(content));
    expect(batchId).toBeNull();
    expect(state?.message).toContain(message);
    expect(await db.importBatch.count()).toBe(before);
  });

  it("lets nobody else confirm someone's preview", async () => {
    await signInAs("EDITOR");
    const { batchId } = await preview(csvFile(`${HEADER}\n15151515100018,ACI,A,,,57000,Metz,57,,,,\n`));
    await signInAs("EDITOR");
    expect(await getImportPreview(batchId!)).toBeNull();
    expect((await submit(confirmImport, { batchId: batchId! })).state?.status).toBe("error");
    expect(await db.structure.count({ where: { siret: "15151515100018" } })).toBe(0);
  });

  it("imports the sample as a staff file into an empty directory in one go, then finds nothing to change", async () => {
    await signInAs("EDITOR");
    await db.structure.deleteMany();
    // The project's byte-for-byte copy of ../shared/data/siae-sample-3853.csv, which the seed reads too. A
    // staff file speaks for the team: the official list's `source` column is left out (renamed, so ignored).
    const sample = (await readFile(path.join(process.cwd(), "prisma", "seed", "siae-sample-3853.csv"), "utf8")).replace(
      /^(.*),source,/,
      "$1,origine,",
    );
    const first = await importFile(csvFile(sample, "siae-sample-3853.csv"));
    // 13 SIRETs of the official list fail their check digit: those lines are named, the rest goes in.
    expect(first.plan.rejected).toHaveLength(13);
    for (const rejection of first.plan.rejected) expect(rejection.reason).toMatch(/^SIRET : ce numéro n’existe pas/);
    // A longitude written as a spreadsheet exports it (2.4e-05) is read as the number it is.
    expect(await db.structure.count({ where: { longitude: 0.000024 } })).toBe(1);
    expect(first.plan.creates).toHaveLength(3853 - 13);
    expect(await db.structure.count()).toBe(3853 - 13);
    expect(await db.structure.count({ where: { source: { not: "SNS" } } })).toBe(0);
    // The sample's own addresses are kept, so that published links stay valid; the 34 with capitals (2A, 2B)
    // get an address made from the name, and the preview says so.
    expect(await db.structure.count({ where: { slug: "la-collecterie-93" } })).toBe(1);
    expect(first.plan.warnings).toHaveLength(34);
    expect(first.plan.warnings[0]?.message).toMatch(/^adresse \(slug\) : lettres minuscules .* non retenue/);

    const second = await importFile(csvFile(sample, "siae-sample-3853.csv"));
    expect(second.plan.unchanged).toHaveLength(3853 - 13);
    expect(second.plan.creates.length + second.plan.updates.length).toBe(0);
  });

  it("links each imported structure to its commune, from its postal code and city as typed", async () => {
    await signInAs("EDITOR");
    const csv = [
      "siret,kind,name,city,department,post_code",
      "40050060000400,ACI,ATELIER DE ST AVOLD,ST-AVOLD,57,57500",
      "10020030000109,EI,ENTREPRISE DE NULLE PART,Nulle Part,57,57999",
    ].join("\n");
    await importFile(csvFile(csv));
    expect((await db.structure.findFirstOrThrow({ where: { siret: "40050060000400" } })).communeCode).toBe("57606");
    expect((await db.structure.findFirstOrThrow({ where: { siret: "10020030000109" } })).communeCode).toBeNull();
  });

  it("refuses what would break a page or claim another's data, naming each line", async () => {
    await signInAs("EDITOR");
    const csv = [
      "siret,kind,name,brand,city,department,post_code,website,slug,source",
      "73282932000074,EI,PROTO,,Metz,57,57000,,,__proto__",
      "10020030000109,ACI,OFFICIELLE,,Metz,57,57000,,,ASP",
      "20030040000203,ACI,RESERVEE,,Metz,57,57000,,recherche,",
      "30040050000306,ACI,SITE TROMPEUR,,Metz,57,57000,https://evil.example@good.example/,,",
    ].join("\n");
    const { plan, batchId } = await preview(csvFile(csv));
    expect(plan?.rejected.map((r) => r.line)).toEqual([2, 3, 5]);
    expect(plan?.warnings).toEqual([
      { line: 4, message: expect.stringContaining("adresse (slug) : ce mot est réservé par le site") },
    ]);
    await submit(confirmImport, { batchId: batchId! });
    expect((await db.structure.findFirstOrThrow({ where: { name: "RESERVEE" } })).slug).toBe("reservee-57");
    expect(await db.structure.count({ where: { slug: "recherche" } })).toBe(0);
  });

  it("refuses a file with mixed encodings or a NUL byte before keeping anything, naming the lines", async () => {
    await signInAs("EDITOR");
    const before = await db.importBatch.count();
    const utf8 = new TextEncoder().encode(`${HEADER}\n73282932000074,EI,ÉCONOMIE,,,57000,Metz,57,,,,\n`);
    const mixed = new Uint8Array([...utf8, ...new TextEncoder().encode("10020030000109,EI,"), 0xc9, 0x4c, 0x41, 0x4e]);
    expect((await preview(csvFile(mixed))).state?.message).toMatch(/^Encodage mélangé : .* sauf ligne 3,/);
    const nul = new TextEncoder().encode(`${HEADER}\n73282932000074,EI,A\u0000,,,57000,Metz,57,,,,\n`);
    expect((await preview(csvFile(nul))).state?.message).toBe(
      "Caractère nul (octet 0) dans le fichier, ligne 2 : ce n’est pas un fichier texte CSV.",
    );
    expect(await db.importBatch.count()).toBe(before);
  });

  it("refuses a file over the limit with its size in the message, and forgets previews after an hour", async () => {
    await signInAs("EDITOR");
    const large = new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], "trop-gros.csv");
    expect((await submit(previewImport, { file: large })).state?.message).toBe(
      "Fichier trop volumineux : 10\u00a0Mo au plus. Découpez-le en plusieurs.",
    );
    const { batchId } = await preview(csvFile(`${HEADER}\n73282932000074,EI,VIEILLE,,,57000,Metz,57,,,,\n`));
    await db.importBatch.update({ where: { id: batchId! }, data: { createdAt: new Date(Date.now() - 61 * 60_000) } });
    expect(await getImportPreview(batchId!)).toBeNull();
    expect((await submit(confirmImport, { batchId: batchId! })).state?.status).toBe("error");
    // The next preview deletes it.
    await preview(csvFile(`${HEADER}\n73282932000074,EI,NOUVELLE,,,57000,Metz,57,,,,\n`));
    expect(await db.importBatch.count({ where: { id: batchId! } })).toBe(0);
  });

  it("imports a 100,000-line file, then updates every line of it, each in one go", async () => {
    await signInAs("EDITOR");
    const lines = Array.from(
      { length: 100_000 },
      (_, i) => `${withSiretKey(String(1_000_000_000_000 + i))},ACI,ATELIER ${i},57000,Metz,57`,
    );
    const file = (rows: string[]) => csvFile(["siret,kind,name,post_code,city,department", ...rows].join("\n"));
    const before = await db.structure.count();
    const created = await importFile(file(lines));
    expect(created.plan.creates).toHaveLength(100_000);
    expect(created.redirectTo).toBe("/admin/annuaire?importe=100000");
    // Every structure page expires at once, rather than 100,000 messages to every instance.
    expect(invalidatedTags).toEqual(["structures", "structure-pages"]);
    expect(await db.structure.count()).toBe(before + 100_000);

    const updateStarted = new Date();
    const updated = await importFile(file(lines.map((line) => line.replace(",Metz,", ",Thionville,"))));
    expect(updated.plan.updates).toHaveLength(100_000);
    expect(await db.structure.count({ where: { city: "Thionville", name: { startsWith: "ATELIER " } } })).toBe(100_000);
    expect(
      await db.auditEntry.count({
        where: { action: "update", createdAt: { gte: updateStarted } },
      }),
    ).toBe(100_000);
  }, 120_000);
});
