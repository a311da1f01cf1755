// The directory in the back office: creation, validation, versioned edits, deletion, the pages refreshed.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { findStructureBySlug } from "@/lib/directory/queries";
import { db } from "@/lib/database/db";
import { createStructure, deleteStructure, updateStructure } from "@/lib/directory/actions";
import { invalidatedTags, signInAs, signOutLocally, submit } from "@/tests/support/staff-session";
import { newStructure } from "@/tests/support/back-office-fixtures";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

describe("directory", () => {
  it("creates a structure with a readable address, and refreshes its page and the sitemap", async () => {
    await signInAs("EDITOR");
    const { redirectTo } = await submit(createStructure, newStructure);
    expect(redirectTo).toBe("/admin/annuaire?enregistre=l-atelier-du-test-57");
    expect(invalidatedTags).toEqual(["structures", "structure:l-atelier-du-test-57"]);
    expect(await db.structure.findUniqueOrThrow({ where: { slug: "l-atelier-du-test-57" } })).toMatchObject({
      siret: "12345678900015",
      source: "SNS",
    });

    const again = await submit(createStructure, newStructure);
    expect(again.state?.fieldErrors?.siret).toEqual(["Une autre structure de ce type a déjà ce SIRET."]);
  });

  it("refuses an unknown département and invalid fields", async () => {
    await signInAs("EDITOR");
    const { state } = await submit(createStructure, { ...newStructure, siret: "12345678900098", departmentCode: "99" });
    expect(state?.fieldErrors).toEqual({ departmentCode: ["Département inconnu : 99."] });
    const invalid = await submit(createStructure, {
      ...newStructure,
      siret: "123",
      postalCode: "ABC",
      latitude: "north",
      website: "www.sans-protocole.fr",
      kind: "XYZ",
    });
    expect(Object.keys(invalid.state?.fieldErrors ?? {}).sort()).toEqual([
      "kind",
      "latitude",
      "postalCode",
      "siret",
      "website",
    ]);
  });

  it("updates with a version check, and deletes", async () => {
    await signInAs("EDITOR");
    const structure = await db.structure.findUniqueOrThrow({ where: { slug: "utileco-services-67" } });
    const fields = {
      ...newStructure,
      siret: structure.siret,
      kind: structure.kind,
      name: structure.name,
      departmentCode: "67",
      city: "Haguenau",
      id: structure.id,
      version: structure.version,
    };
    expect((await submit(updateStructure, { ...fields, brand: "Utiléco" })).redirectTo).toContain(
      "utileco-services-67",
    );
    expect(invalidatedTags).toEqual(["structures", "structure:utileco-services-67"]);
    expect((await submit(updateStructure, { ...fields, brand: "Autre" })).state?.status).toBe("conflict");

    const current = await db.structure.findUniqueOrThrow({ where: { id: structure.id } });
    expect(current.brand).toBe("Utiléco");
    expect((await submit(deleteStructure, { id: current.id, version: current.version })).redirectTo).toBe(
      "/admin/annuaire?supprime=1",
    );
    expect(await db.structure.findUnique({ where: { id: current.id } })).toBeNull();
  });
  it("refreshes the page of a homonym when a structure of the same name, kind and city comes, is renamed or goes", async () => {
    await signInAs("EDITOR");
    const twin = { ...newStructure, name: "ATELIER JUMEAU", brand: "L’Atelier jumeau", siret: "98765432100015" };
    await submit(createStructure, twin);
    const homonyms = async (slug: string) => (await findStructureBySlug(slug))?.homonyms;
    expect(await homonyms("l-atelier-jumeau-57")).toBe(0);

    // The second one's arrival changes the first one's title (it now needs its SIRET).
    await submit(createStructure, { ...twin, siret: "98765432100023" });
    expect(await homonyms("l-atelier-jumeau-57")).toBe(1);
    expect(invalidatedTags).toContain("structure:l-atelier-jumeau-57");
    expect(invalidatedTags).toContain("structure:l-atelier-jumeau-57-2");

    // Renamed, it leaves the first one alone again: both pages are refreshed.
    const second = await db.structure.findUniqueOrThrow({ where: { slug: "l-atelier-jumeau-57-2" } });
    await submit(updateStructure, { ...twin, siret: second.siret, brand: "Le Jumeau", id: second.id, version: 1 });
    expect(await homonyms("l-atelier-jumeau-57")).toBe(0);
    expect(invalidatedTags).toContain("structure:l-atelier-jumeau-57");

    // Named back, then deleted: the first one's page is refreshed each time.
    await submit(updateStructure, { ...twin, siret: second.siret, id: second.id, version: 2 });
    expect(await homonyms("l-atelier-jumeau-57")).toBe(1);
    expect(invalidatedTags).toContain("structure:l-atelier-jumeau-57");
    await submit(deleteStructure, { id: second.id, version: 3 });
    expect(await homonyms("l-atelier-jumeau-57")).toBe(0);
    expect(invalidatedTags).toEqual(["structures", "structure:l-atelier-jumeau-57-2", "structure:l-atelier-jumeau-57"]);
  });
});
