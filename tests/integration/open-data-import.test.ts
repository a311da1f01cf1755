// The back-office import of data·inclusion v1 files, on the real database: the site's own export imported into
// an emptied directory gives the same directory back, a second import changes nothing (JSON or CSV), and files
// or structures it cannot take are refused with the reason, before anything is written.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportFile } from "@/app/(site)/donnees/[fichier]/route";
import { db } from "@/lib/database/db";
import { confirmImport, previewImport } from "@/lib/directory/actions";
import { getImportPreview } from "@/lib/directory/admin-queries";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { withSiretKey } from "@/tests/support/siret";
import { signInAs, submit } from "@/tests/support/staff-session";

type Item = Record<string, unknown>;

beforeAll(() => signInAs("EDITOR"));
afterAll(() => db.$disconnect());

async function download(file: string, search = "") {
  const request = new Request(`http://localhost:3000/donnees/${file}${search}`, {
    headers: { [CLIENT_ADDRESS_HEADER]: "192.0.2.10" },
  });
  return (await exportFile(request, { params: Promise.resolve({ fichier: file }) })).arrayBuffer();
}

async function preview(content: BlobPart, name: string) {
  const { redirectTo, state } = await submit(previewImport, { file: new File([content], name) });
  if (!redirectTo) return { message: state?.message ?? "", batchId: null, plan: null };
  const batchId = Number(redirectTo.split("/").at(-1));
  return { message: "", batchId, plan: (await getImportPreview(batchId))!.plan };
}

async function importFile(content: BlobPart, name: string) {
  const { batchId, plan, message } = await preview(content, name);
  if (batchId === null) throw new Error(`refusé : ${message}`);
  await submit(confirmImport, { batchId });
  return plan!;
}

/** The directory as data·inclusion describes it, but for what a new database numbers and dates anew. */
const comparable = (items: Item[]) =>
  new Map(
    items.map(({ id: _id, date_maj: _date, ...item }) => [`${item.siret}:${String(item.reseaux_porteurs)}`, item]),
  );

describe("import of data·inclusion v1 files", () => {
  it("takes the site's own export back into an emptied directory, the same, and changes nothing a second time", async () => {
    const json = await download("structures.json");
    const csv = await download("structures.csv");
    const before = JSON.parse(new TextDecoder().decode(json)) as Item[];
    const total = await db.structure.count();
    expect(before).toHaveLength(total);

    await db.structure.deleteMany();
    const first = await importFile(json, "structures.json");
    expect(first.rejected).toEqual([]);
    expect(first.creates).toHaveLength(total);
    expect(await db.structure.count()).toBe(total);

    const after = JSON.parse(new TextDecoder().decode(await download("structures.json"))) as Item[];
    expect(comparable(after)).toEqual(comparable(before));

    for (const [content, name] of [
      [json, "structures.json"],
      [csv, "structures.csv"],
    ] as const) {
      const again = await importFile(content, name);
      expect(again.creates, name).toEqual([]);
      expect(again.updates, name).toEqual([]);
      expect(again.rejected, name).toEqual([]);
      expect(again.unchanged, name).toHaveLength(total);
    }
  });

  it("keeps an enseigne and its raison sociale when the file names the structure as the directory shows it", async () => {
    const siret = withSiretKey("4440000000001");
    await db.structure.create({
      data: {
        siret,
        kind: "EI",
        name: "SARL LES JARDINS",
        brand: "Les Jardins de Cocagne",
        slug: "jardins-test",
        city: "Metz",
        postalCode: "57000",
        departmentCode: "57",
        source: "SNS",
      },
    });
    const item = {
      source: "dora",
      id: "x",
      nom: "Les Jardins de Cocagne",
      date_maj: "2026-01-01",
      siret,
      commune: "Metz",
      code_postal: "57000",
      reseaux_porteurs: ["ei", "chantier-ecole"],
    };
    const same = await importFile(JSON.stringify([item]), "dora.json");
    expect(same.unchanged).toHaveLength(1);
    const renamed = await importFile(JSON.stringify([{ ...item, nom: "Cocagne Metz" }]), "dora.json");
    expect(renamed.updates.map((update) => update.changed)).toEqual([["brand"]]);
    expect(await db.structure.findUniqueOrThrow({ where: { slug: "jardins-test" } })).toMatchObject({
      name: "SARL LES JARDINS",
      brand: "Cocagne Metz",
    });
  });

  it("lists structures of no kind the directory knows, or without SIRET or place, as rejected with the reason", async () => {
    const items = [
      {
        source: "dora",
        id: "1",
        nom: "Mission locale de Metz",
        date_maj: "2026-01-01",
        siret: withSiretKey("5550000000001"),
        code_postal: "57000",
        commune: "Metz",
        reseaux_porteurs: ["mission-locale"],
      },
      {
        source: "dora",
        id: "2",
        nom: "Chantier sans SIRET",
        date_maj: "2026-01-01",
        code_postal: "57000",
        commune: "Metz",
        reseaux_porteurs: ["aci"],
      },
      {
        source: "dora",
        id: "3",
        nom: "Chantier sans lieu",
        date_maj: "2026-01-01",
        siret: withSiretKey("5550000000002"),
        commune: "Metz",
        reseaux_porteurs: ["aci"],
      },
      {
        source: "dora",
        id: "4",
        nom: "Atelier et entreprise",
        date_maj: "2026-01-01",
        siret: withSiretKey("5550000000003"),
        code_insee: "2A004",
        code_postal: "20000",
        commune: "Ajaccio",
        reseaux_porteurs: ["aci", "ei"],
      },
      "pas une structure",
    ];
    const { plan } = await preview(JSON.stringify(items), "dora.json");
    expect(plan!.rejected).toEqual([
      { line: 1, reason: expect.stringMatching(/^reseaux_porteurs : « mission-locale », aucun type de l’annuaire/) },
      { line: 2, reason: "SIRET : 14 chiffres." },
      { line: 3, reason: "Département introuvable : ni code_insee ni code_postal valable." },
      { line: 5, reason: "Élément qui n’est pas une structure (un objet JSON est attendu)." },
    ]);
    // One structure for each of the directory's kinds it has, in Corse-du-Sud.
    expect(plan!.creates.map((create) => [create.line, create.data.kind, create.data.departmentCode])).toEqual([
      [4, "ACI", "2A"],
      [4, "EI", "2A"],
    ]);
  });

  it("exports names that would run as formulas neutralised, and takes its own CSV back as they were", async () => {
    const names = ['=HYPERLINK("http://x.invalid";"clic")', "+33 CHANTIER", "-SOLIDAIRE", "@SOMME(A1)"];
    const items = names.map((nom, index) => ({
      source: "dora",
      id: String(index),
      nom,
      date_maj: "2026-01-01",
      siret: withSiretKey(`66600000${index}0000`),
      code_postal: "57000",
      commune: "Formuleville",
      reseaux_porteurs: ["aci"],
    }));
    expect((await importFile(JSON.stringify(items), "formules.json")).creates).toHaveLength(4);

    const csv = new TextDecoder().decode(await download("structures.csv", "?q=formuleville"));
    const rows = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.nom).sort()).toEqual(names.map((name) => `'${name}`).sort());

    const again = await importFile(csv, "structures.csv");
    expect(again.unchanged).toHaveLength(4);
    expect(again.updates).toEqual([]);
  });

  it.each([
    [
      '[{"source": "dora", "id": "1", "nom": "Tronqué',
      "Fichier JSON illisible (tronqué ?) : un tableau de structures data·inclusion est attendu.",
    ],
    ['{"items": []}', "Fichier JSON inattendu : un tableau de structures data·inclusion est attendu ([ {…}, {…} ])."],
    ["[]", "Le fichier ne contient aucune structure."],
  ])("refuses %s before writing anything", async (content, message) => {
    const count = await db.structure.count();
    const { batchId, message: shown } = await preview(content, "fichier.json");
    expect(batchId).toBeNull();
    expect(shown).toBe(message);
    expect(await db.structure.count()).toBe(count);
  });

  it("refuses a UTF-16 file with the CSV import's message", async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."[]"].flatMap((char) => [char.charCodeAt(0), 0])]);
    const { batchId, message } = await preview(utf16, "structures.json");
    expect(batchId).toBeNull();
    expect(message).toMatch(/UTF-16/);
  });
});
