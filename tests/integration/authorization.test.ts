// Authorization inside every back-office action: refused without a session, and account management refused
// to an editor, changing nothing.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeOwnPassword, createAccount, setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { MESSAGES } from "@/lib/admin/form-state";
import { updateSection, updateVideoSettings } from "@/lib/content/actions";
import { db } from "@/lib/database/db";
import {
  confirmImport,
  createStructure,
  deleteStructure,
  previewImport,
  updateStructure,
} from "@/lib/directory/actions";
import { updateNetworkFigures, updateStructureCount } from "@/lib/figures/actions";
import { createMandate, deleteMandate, moveMandate, updateMandate } from "@/lib/mandates/actions";
import { invalidatedTags, signInAs, signOutLocally, submit } from "@/tests/support/staff-session";
import { auditCount, firstMandate, aci, newStructure } from "@/tests/support/back-office-fixtures";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

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
