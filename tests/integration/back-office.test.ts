import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeOwnPassword, createAccount, setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { toDateInput } from "@/lib/admin/dates";
import { MESSAGES } from "@/lib/admin/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { checkCredentials } from "@/lib/auth/users";
import { findStructureBySlug } from "@/lib/directory/queries";
import { authOptions } from "@/lib/auth/options";
import { updateSection, updateVideoSettings } from "@/lib/content/actions";
import { db } from "@/lib/db";
import {
  confirmImport,
  createStructure,
  deleteStructure,
  previewImport,
  updateStructure,
} from "@/lib/directory/actions";
import { updateNetworkFigures, updateStructureCount } from "@/lib/figures/actions";
import { changedFields, listJournal } from "@/lib/journal/queries";
import { createMandate, deleteMandate, moveMandate, updateMandate } from "@/lib/mandates/actions";
import { invalidatedTags, signInAs, signOutLocally, staffSession, submit } from "@/tests/support/staff-session";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

const auditCount = () => db.auditEntry.count();
const firstMandate = () => db.mandate.findFirstOrThrow({ orderBy: { position: "asc" } });
const aci = () => db.structureCount.findUniqueOrThrow({ where: { kind: "ACI" } });

const newStructure = {
  siret: "123 456 789 00015",
  kind: "ACI",
  name: "ATELIER DU TEST",
  brand: "L’Atelier du test",
  address: "1 rue de la Paix",
  postalCode: "57000",
  city: "Metz",
  departmentCode: "57",
  latitude: "49.1",
  longitude: "6.17",
  website: "https://atelier.example",
  description: "Une structure créée par les tests.",
};

describe("authorization inside every action", () => {
  // Each action with input that would be valid for an allowed user.
  const editorActions = async () => {
    const mandate = await firstMandate();
    const count = await aci();
    const figures = await db.networkFigures.findUniqueOrThrow({ where: { id: 1 } });
    const section = await db.pageSection.findUniqueOrThrow({ where: { key: "aci" } });
    const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
    const structure = await db.structure.findUniqueOrThrow({ where: { slug: "la-collecterie-93" } });
    return [
      [
        "createMandate",
        createMandate,
        { organisation: "X", role: "Y", level: "NATIONAL", url: "", startsOn: "", endsOn: "" },
      ],
      [
        "updateMandate",
        updateMandate,
        {
          id: mandate.id,
          version: mandate.version,
          organisation: "X",
          role: "Y",
          level: "NATIONAL",
          url: "",
          startsOn: "",
          endsOn: "",
        },
      ],
      ["deleteMandate", deleteMandate, { id: mandate.id, version: mandate.version }],
      ["moveMandate", moveMandate, { id: mandate.id, direction: "down" }],
      [
        "updateStructureCount",
        updateStructureCount,
        { kind: "ACI", value: 1, asOf: "", source: "S", version: count.version },
      ],
      [
        "updateNetworkFigures",
        updateNetworkFigures,
        { foundedYear: 1995, members: 1, aciCount: 1, employees: 2, employeesInPathway: 1, version: figures.version },
      ],
      ["updateSection", updateSection, { key: "aci", eyebrow: "", heading: "H", body: "B", version: section.version }],
      ["updateVideoSettings", updateVideoSettings, { title: "T", caption: "", videoUrl: "", version: video.version }],
      ["createStructure", createStructure, newStructure],
      ["updateStructure", updateStructure, { ...newStructure, id: structure.id, version: structure.version }],
      ["deleteStructure", deleteStructure, { id: structure.id, version: structure.version }],
      [
        "previewImport",
        previewImport,
        { file: new File(["siret,kind,name,city,department\n12345678900015,ACI,A,Metz,57\n"], "a.csv") },
      ],
      ["confirmImport", confirmImport, { batchId: 1 }],
      [
        "changeOwnPassword",
        changeOwnPassword,
        { currentPassword: "x", password: "un nouveau mot de passe", confirmation: "un nouveau mot de passe" },
      ],
    ] as const;
  };

  it("refuses every action without a session, and changes nothing", async () => {
    const before = await Promise.all([
      auditCount(),
      db.mandate.count(),
      aci(),
      db.structure.count(),
      db.importBatch.count(),
    ]);
    for (const [name, action, fields] of await editorActions()) {
      const { state } = await submit(action, fields);
      expect(state, name).toMatchObject({ status: "error", message: MESSAGES.forbidden });
    }
    expect(
      await Promise.all([auditCount(), db.mandate.count(), aci(), db.structure.count(), db.importBatch.count()]),
    ).toEqual(before);
    expect(invalidatedTags).toEqual([]);
  });

  it("refuses account management to an editor, and changes nothing", async () => {
    const admin = await signInAs("ADMIN");
    await signInAs("EDITOR");
    const target = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const before = await Promise.all([
      auditCount(),
      db.user.count(),
      db.user.findUniqueOrThrow({ where: { id: admin.id } }),
    ]);
    for (const [action, fields] of [
      [createAccount, { email: "nouveau@groupe-sns.test", role: "ADMIN", password: "un mot de passe assez long" }],
      [updateAccount, { id: target.id, version: target.version, role: "EDITOR", isDisabled: "true" }],
      [setAccountPassword, { id: target.id, password: "un mot de passe assez long" }],
    ] as const) {
      expect((await submit(action, fields)).state).toMatchObject({ status: "error", message: MESSAGES.forbidden });
    }
    expect(
      await Promise.all([auditCount(), db.user.count(), db.user.findUniqueOrThrow({ where: { id: admin.id } })]),
    ).toEqual(before);
  });
});

describe("mandates", () => {
  it("creates, journals and refreshes the home page", async () => {
    const user = await signInAs("EDITOR");
    const { redirectTo } = await submit(createMandate, {
      organisation: "Réseau test",
      role: "Président",
      level: "NATIONAL",
      url: "https://reseau.example",
      startsOn: "2025-01-01",
      endsOn: "",
    });
    expect(redirectTo).toBe("/admin/mandats?enregistre=1");
    expect(invalidatedTags).toEqual(["mandates"]);
    const created = await db.mandate.findFirstOrThrow({ where: { organisation: "Réseau test" } });
    expect(created.position).toBe((await db.mandate.aggregate({ _max: { position: true } }))._max.position);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "mandate", entityId: String(created.id) } });
    expect(entry).toMatchObject({ userEmail: user.email, action: "create", before: null });
    expect(entry.after).toMatchObject({ organisation: "Réseau test", role: "Président" });
  });

  it("says what to fix, keeps what was typed and writes nothing", async () => {
    await signInAs("EDITOR");
    const before = await db.mandate.count();
    const { state } = await submit(createMandate, {
      organisation: "  ",
      role: "Membre",
      level: "GALACTIC",
      url: "javascript:alert(1)",
      startsOn: "",
      endsOn: "",
    });
    expect(state?.status).toBe("error");
    expect(Object.keys(state?.fieldErrors ?? {}).sort()).toEqual(["level", "organisation", "url"]);
    expect(state?.values).toMatchObject({ role: "Membre", url: "javascript:alert(1)" });
    const dates = await submit(createMandate, {
      organisation: "O",
      role: "R",
      level: "REGIONAL",
      url: "",
      startsOn: "2025-02-01",
      endsOn: "2025-01-01",
    });
    expect(dates.state?.fieldErrors).toEqual({ endsOn: ["La fin du mandat ne peut pas précéder son début."] });
    expect(await db.mandate.count()).toBe(before);
  });

  it("refuses the second of two edits made from the same version, and shows the current values", async () => {
    await signInAs("EDITOR");
    const mandate = await firstMandate();
    const edit = (role: string) => ({
      id: mandate.id,
      version: mandate.version,
      organisation: mandate.organisation,
      role,
      level: mandate.level,
      url: "",
      startsOn: "",
      endsOn: "",
    });
    expect((await submit(updateMandate, edit("Première modification"))).redirectTo).toBe("/admin/mandats?enregistre=1");
    const { state } = await submit(updateMandate, edit("Seconde modification"));
    expect(state).toMatchObject({
      status: "conflict",
      current: { role: "Première modification", version: String(mandate.version + 1) },
    });
    expect((await firstMandate()).role).toBe("Première modification");
  });

  it("reorders and deletes", async () => {
    await signInAs("EDITOR");
    const [first, second] = await db.mandate.findMany({ orderBy: { position: "asc" }, take: 2 });
    await submit(moveMandate, { id: first!.id, direction: "down" });
    const order = await db.mandate.findMany({ orderBy: { position: "asc" }, take: 2 });
    expect(order.map((m) => m.id)).toEqual([second!.id, first!.id]);

    const target = await db.mandate.findUniqueOrThrow({ where: { id: first!.id } });
    const { redirectTo } = await submit(deleteMandate, { id: target.id, version: target.version });
    expect(redirectTo).toBe("/admin/mandats?supprime=1");
    expect(await db.mandate.findUnique({ where: { id: target.id } })).toBeNull();
    expect(
      await db.auditEntry.count({ where: { entity: "mandate", action: "delete", entityId: String(target.id) } }),
    ).toBe(1);
  });
});

describe("figures", () => {
  it("updates a count, which changes the derived total, and refreshes only the counts", async () => {
    await signInAs("EDITOR");
    const count = await aci();
    const { state } = await submit(updateStructureCount, {
      kind: "ACI",
      value: 2000,
      asOf: "2026-01-01",
      source: "DREETS",
      version: count.version,
    });
    expect(state).toMatchObject({ status: "success", values: { version: String(count.version + 1) } });
    expect(invalidatedTags).toEqual(["structure-counts"]);
    const total = (await db.structureCount.findMany()).reduce((sum, c) => sum + c.value, 0);
    expect(total).toBe(950 + 750 + 250 + 2000);
  });

  it("refuses impossible figures", async () => {
    await signInAs("EDITOR");
    const figures = await db.networkFigures.findUniqueOrThrow({ where: { id: 1 } });
    const { state } = await submit(updateNetworkFigures, {
      foundedYear: "mil neuf cent",
      members: "-1",
      aciCount: "1.5",
      employees: 10,
      employeesInPathway: 11,
      version: figures.version,
    });
    expect(Object.keys(state?.fieldErrors ?? {}).sort()).toEqual(["aciCount", "foundedYear", "members"]);
    const { state: pathway } = await submit(updateNetworkFigures, {
      foundedYear: 1995,
      members: 1,
      aciCount: 1,
      employees: 10,
      employeesInPathway: 11,
      version: figures.version,
    });
    expect(pathway?.fieldErrors?.employeesInPathway).toBeDefined();
    expect(await db.networkFigures.findUniqueOrThrow({ where: { id: 1 } })).toEqual(figures);
  });
});

describe("texts and video", () => {
  it("saves a section's Markdown as typed, for safe rendering", async () => {
    await signInAs("EDITOR");
    const section = await db.pageSection.findUniqueOrThrow({ where: { key: "aci" } });
    const body = "Texte **important**.\n\n<script>alert(1)</script>";
    const { state } = await submit(updateSection, {
      key: "aci",
      eyebrow: "",
      heading: "Qu’est-ce qu’une ACi ?",
      body,
      version: section.version,
    });
    expect(state?.status).toBe("success");
    expect(invalidatedTags).toEqual(["page-sections"]);
    expect((await db.pageSection.findUniqueOrThrow({ where: { key: "aci" } })).body).toBe(body);
  });

  it.each(["javascript:alert(1)", "https://evil.example/video", "ftp://x.example/a.mp4", "http://cdn.example/a.mp4"])(
    "refuses the video address %s",
    async (videoUrl) => {
      await signInAs("EDITOR");
      const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
      const { state } = await submit(updateVideoSettings, {
        title: "Vidéo",
        caption: "",
        videoUrl,
        version: video.version,
      });
      expect(state?.fieldErrors?.videoUrl?.[0]).toMatch(/^Adresse non acceptée/);
      expect(await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).toEqual(video);
    },
  );

  it("accepts a YouTube address and an empty one", async () => {
    await signInAs("EDITOR");
    for (const videoUrl of ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", ""]) {
      const video = await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
      expect(
        (await submit(updateVideoSettings, { title: "Vidéo", caption: "", videoUrl, version: video.version })).state
          ?.status,
      ).toBe("success");
      expect((await db.videoSettings.findUniqueOrThrow({ where: { id: 1 } })).videoUrl).toBe(videoUrl || null);
    }
  });
});

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

describe("accounts and sessions", () => {
  it("lets an admin create an account, never storing or returning the password", async () => {
    await signInAs("ADMIN");
    const { redirectTo } = await submit(createAccount, {
      email: "Nouvelle.Personne@Groupe-SNS.test",
      role: "EDITOR",
      password: "une phrase de passe solide",
    });
    expect(redirectTo).toBe("/admin/comptes?enregistre=1");
    const account = await db.user.findUniqueOrThrow({ where: { email: "nouvelle.personne@groupe-sns.test" } });
    expect(account).not.toHaveProperty("passwordHash");
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: account.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityId: String(account.id) } });
    expect(JSON.stringify(entry)).not.toContain("argon2");
  });

  it("refuses a password shorter than 12 characters, never sends it back, and accepts 128 without cutting it", async () => {
    await signInAs("ADMIN");
    const { state } = await submit(createAccount, {
      email: "court@groupe-sns.test",
      role: "EDITOR",
      password: "trop court",
    });
    expect(state?.fieldErrors?.password).toEqual(["Le mot de passe doit compter au moins 12 caractères."]);
    // What was typed comes back to the form, except the password.
    expect(state?.values).toEqual({ email: "court@groupe-sns.test", role: "EDITOR" });
    // 128 accented letters in no repeating pattern (a repeated one is refused as too easy to guess).
    const long = Array.from({ length: 128 }, (_, i) => "éàèùçôêâîûëïüœæ"[(i * 7 + ((i * i) % 13)) % 15]).join("");
    await submit(createAccount, { email: "long@groupe-sns.test", role: "EDITOR", password: long });
    const { checkCredentials } = await import("@/lib/auth/users");
    expect(await checkCredentials(db, "long@groupe-sns.test", long)).not.toBeNull();
    expect(await checkCredentials(db, "long@groupe-sns.test", long.slice(0, 127))).toBeNull();
  });

  it("ends a session at once on logout, password change or disabling", async () => {
    const editor = await signInAs("EDITOR");
    expect(await getCurrentUser()).toMatchObject({ id: editor.id });
    await authOptions().events!.signOut!({ token: { uid: editor.id }, session: null as never });
    expect(await getCurrentUser()).toBeNull();

    const other = await signInAs("EDITOR");
    const session = staffSession.current;
    await signInAs("ADMIN");
    await submit(setAccountPassword, { id: other.id, password: "un tout nouveau mot de passe" });
    staffSession.current = session;
    expect(await getCurrentUser()).toBeNull();

    const third = await signInAs("EDITOR");
    const thirdSession = staffSession.current;
    await signInAs("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: third.id } });
    await submit(updateAccount, { id: third.id, version: row.version, role: "EDITOR", isDisabled: "true" });
    staffSession.current = thirdSession;
    expect(await getCurrentUser()).toBeNull();
  });

  it("limits wrong current passwords like logins, then ends the session that guessed", async () => {
    const editor = await signInAs("EDITOR");
    const change = (currentPassword: string) =>
      submit(changeOwnPassword, {
        currentPassword,
        password: "un nouveau mot de passe",
        confirmation: "un nouveau mot de passe",
      });
    for (let i = 0; i < 5; i++) {
      const { state } = await change(`essai numéro ${i}`);
      expect(state?.fieldErrors?.currentPassword).toEqual(["Mot de passe actuel incorrect."]);
    }
    // The sixth attempt, even with the right password, ends the session instead of checking it.
    expect((await change(editor.password)).redirectTo).toBe("/admin/connexion?limite=1");
    expect(await getCurrentUser()).toBeNull();
    expect((await checkCredentials(db, editor.email, editor.password))?.id).toBe(editor.id);
    await signInAs("EDITOR");
    // The newest entries: this account's creation by the test's sign-in, and before it the sessions ended.
    const { entries } = await listJournal(1);
    expect(entries.map((entry) => entry.summary)).toContain(
      `Sessions terminées : trop d’essais du mot de passe actuel pour ${editor.email}`,
    );
  });

  it("keeps at least one active administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isDisabled: true } });
    const admin = await signInAs("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const { state } = await submit(updateAccount, {
      id: admin.id,
      version: row.version,
      role: "EDITOR",
      isDisabled: "false",
    });
    expect(state?.fieldErrors?.role?.[0]).toMatch(/dernier administrateur actif/);
  });
});

describe("session cookies", () => {
  it("use __Secure- and __Host- names and the Secure flag when the site is served over HTTPS", () => {
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = "https://www.groupe-sns.fr";
    expect(authOptions().useSecureCookies).toBe(true);
    process.env.SITE_URL = "http://localhost:3000";
    expect(authOptions().useSecureCookies).toBe(false);
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
    expect(authOptions().session).toMatchObject({ strategy: "jwt", maxAge: 8 * 60 * 60 });
  });
});

describe("login rate limit", () => {
  const authorize = (email: string, password: string, address = "203.0.113.7") => {
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: unknown, r: unknown) => Promise<unknown> };
    };
    return provider.options.authorize({ email, password }, { headers: { [CLIENT_ADDRESS_HEADER]: address } });
  };

  it("accepts the right password and refuses a wrong one", async () => {
    const user = await signInAs("EDITOR");
    expect(await authorize(user.email, user.password)).toMatchObject({ email: user.email });
    expect(await authorize(user.email, "mauvais mot de passe")).toBeNull();
  });

  it("blocks an account after 5 failures, even with the right password, and an unknown one the same way", async () => {
    const user = await signInAs("EDITOR");
    for (let i = 0; i < 5; i++)
      expect(await authorize(user.email, "mauvais mot de passe", `198.51.100.${i}`)).toBeNull();
    await expect(authorize(user.email, user.password, "198.51.100.99")).rejects.toThrow("RateLimited");

    for (let i = 0; i < 5; i++) expect(await authorize("personne@groupe-sns.test", "x", `198.51.100.${i}`)).toBeNull();
    await expect(authorize("personne@groupe-sns.test", "x", "198.51.100.99")).rejects.toThrow("RateLimited");
  });

  it("blocks an address that tries many accounts", async () => {
    for (let i = 0; i < 30; i++) await authorize(`inconnu-${i}@groupe-sns.test`, "x", "192.0.2.50");
    await expect(authorize("encore-un@groupe-sns.test", "x", "192.0.2.50")).rejects.toThrow("RateLimited");
  });
});

describe("journal", () => {
  it("lists changes newest first, with the fields that changed", async () => {
    await signInAs("EDITOR");
    const count = await aci();
    await submit(updateStructureCount, {
      kind: "ACI",
      value: count.value + 1,
      asOf: toDateInput(count.asOf),
      source: count.source,
      version: count.version,
    });
    const { entries } = await listJournal(1);
    expect(entries[0]?.summary).toBe(`Nombre de structures ACI : ${count.value} → ${count.value + 1}`);
    expect(changedFields(entries[0]?.before, entries[0]?.after)).toEqual([
      { field: "value", before: String(count.value), after: String(count.value + 1) },
    ]);
  });

  it("is not readable without a session", async () => {
    await expect(listJournal(1)).rejects.toThrow("Accès refusé");
  });
});
