// Visitors' reports of errors on structures, and staff closing them, on the real database: what is kept and
// what is refused (honeypot, sizes, the per-address limit in PostgreSQL, hostile input), correcting or
// dismissing with the journal, and the purge of personal data.
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/admin/form-state";
import { db } from "@/lib/database/db";
import { updateStructure } from "@/lib/directory/actions";
import { reportStructure } from "@/lib/reports/actions";
import { dismissReport } from "@/lib/reports/admin-actions";
import { listReportsForReview } from "@/lib/reports/admin-queries";
import { REPORT_LIMIT } from "@/lib/reports/limit";
import { purgeClosedReports } from "@/lib/reports/purge";
import { REPORT_MESSAGES } from "@/lib/reports/schema";
import { signInAs, signOutLocally, submit } from "@/tests/support/staff-session";

const SLUG = "baluchon-a-table-citoyens-93";
const VALID = {
  slug: SLUG,
  reason: "ADDRESS",
  description: "Le restaurant a déménagé rue de Paris depuis janvier.",
  email: "visiteur@exemple.fr",
  website: "",
};

afterAll(() => db.$disconnect());
// Each test starts with the address's allowance whole.
beforeEach(() => db.$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'report-address%'`);

const reportCount = () => db.structureReport.count();

describe("a visitor's report", () => {
  it("is kept with its structure, reason, text and address, and says what happens next", async () => {
    signOutLocally();
    const { state } = await submit(reportStructure, VALID);
    expect(state).toMatchObject({
      status: "success",
      message: `${REPORT_MESSAGES.received} ${REPORT_MESSAGES.contact}`,
    });
    const report = await db.structureReport.findFirstOrThrow({ orderBy: { id: "desc" }, include: { structure: true } });
    expect(report).toMatchObject({
      reason: "ADDRESS",
      description: VALID.description,
      email: VALID.email,
      status: "OPEN",
    });
    expect(report.structure.slug).toBe(SLUG);
  });

  it("takes no address as no address", async () => {
    const { state } = await submit(reportStructure, { ...VALID, email: "" });
    expect(state!.status).toBe("success");
    expect((await db.structureReport.findFirstOrThrow({ orderBy: { id: "desc" } })).email).toBeNull();
  });

  it("answers a robot that filled the hidden field as a person, and keeps nothing", async () => {
    const before = await reportCount();
    const { state } = await submit(reportStructure, { ...VALID, website: "https://spam.example" });
    expect(state!.status).toBe("success");
    expect(await reportCount()).toBe(before);
  });

  it.each([
    ["description", "Trop bref", "Description : 10 caractères au moins"],
    ["description", "x".repeat(2001), "Description : 2000 caractères au plus."],
    ["reason", "FERME", "Raison : choisissez ce qui ne va pas dans la liste."],
    ["email", "pas-une-adresse", "Adresse électronique invalide"],
  ])("refuses %s « %s » with a French message, keeping what was typed", async (field, value, message) => {
    const before = await reportCount();
    const { state } = await submit(reportStructure, { ...VALID, [field]: value });
    expect(state!.status).toBe("error");
    expect(state!.fieldErrors?.[field]?.join(" ")).toContain(message);
    const { website: _honeypot, ...typed } = VALID;
    expect(state!.values).toEqual({ ...typed, [field]: value });
    expect(await reportCount()).toBe(before);
  });

  it("refuses a report on a structure that does not exist", async () => {
    const { state } = await submit(reportStructure, { ...VALID, slug: "structure-qui-n-existe-pas" });
    expect(state).toMatchObject({ status: "error", message: MESSAGES.notFound });
  });

  it(`takes ${REPORT_LIMIT.points} reports an hour from one address, then refuses with the wait`, async () => {
    const before = await reportCount();
    for (let i = 0; i < REPORT_LIMIT.points; i++) {
      expect((await submit(reportStructure, VALID)).state!.status).toBe("success");
    }
    const { state } = await submit(reportStructure, VALID);
    expect(state!.status).toBe("error");
    expect(state!.message).toMatch(
      /^Plusieurs signalements sont déjà partis de votre connexion cette heure-ci : réessayez dans (60|59) minutes/,
    );
    expect(state!.values?.description).toBe(VALID.description);
    expect(await reportCount()).toBe(before + REPORT_LIMIT.points);
  });

  const hostile = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom("\u0000", "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(5000), "OTHER", SLUG),
  );
  test.prop([fc.record({ slug: hostile, reason: hostile, description: hostile, email: hostile })], { numRuns: 60 })(
    "answers any input with a message, never a failure, and keeps only what it accepts",
    async (form) => {
      await db.$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'report-address%'`;
      const before = await reportCount();
      const { state } = await submit(reportStructure, form);
      expect(["success", "error"]).toContain(state!.status);
      expect(state!.message).not.toBe(MESSAGES.unavailable);
      expect(await reportCount()).toBe(state!.status === "success" ? before + 1 : before);
    },
  );
});

describe("staff closing a report", () => {
  async function openReport() {
    signOutLocally();
    await db.$executeRaw`DELETE FROM rate_limit WHERE key LIKE 'report-address%'`;
    await submit(reportStructure, VALID);
    return db.structureReport.findFirstOrThrow({ orderBy: { id: "desc" } });
  }

  it("lists the open reports to staff only", async () => {
    await openReport();
    signOutLocally();
    await expect(listReportsForReview()).rejects.toThrow();
    await signInAs("EDITOR");
    const { open } = await listReportsForReview();
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]!.structure.slug).toBe(SLUG);
  });

  it("dismisses one with a note, journaled without the reporter's data", async () => {
    const report = await openReport();
    const editor = await signInAs("EDITOR");
    const refused = await submit(dismissReport, { id: report.id, version: report.version, note: "" });
    expect(refused.state?.fieldErrors?.note).toEqual(["Note : ce champ est obligatoire."]);

    const { redirectTo } = await submit(dismissReport, {
      id: report.id,
      version: report.version,
      note: "Adresse vérifiée : elle est juste.",
    });
    expect(redirectTo).toBe(`/admin/signalements?classe=${report.id}`);
    expect(await db.structureReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "DISMISSED",
      note: "Adresse vérifiée : elle est juste.",
      closedById: editor.id,
    });
    const entry = await db.auditEntry.findFirstOrThrow({
      where: { entity: "structure_report", entityId: String(report.id) },
    });
    expect(entry.userEmail).toBe(editor.email);
    expect(JSON.stringify(entry)).not.toContain(VALID.email);

    // A second dismissal of the same version (another tab) changes nothing.
    const again = await submit(dismissReport, { id: report.id, version: report.version, note: "encore" });
    expect(again.state?.status).toBe("conflict");
  });

  it("closes it as corrected when the structure is saved from it, in the same transaction", async () => {
    const report = await openReport();
    await signInAs("EDITOR");
    const structure = await db.structure.findUniqueOrThrow({ where: { slug: SLUG } });
    const fields = {
      id: structure.id,
      version: structure.version,
      report: report.id,
      siret: structure.siret,
      kind: structure.kind,
      name: structure.name,
      brand: structure.brand ?? "",
      address: "12 rue de Paris",
      postalCode: structure.postalCode ?? "",
      city: structure.city,
      departmentCode: structure.departmentCode,
      latitude: String(structure.latitude ?? ""),
      longitude: String(structure.longitude ?? ""),
      website: structure.website ?? "",
      description: structure.description ?? "",
    };
    const { redirectTo } = await submit(updateStructure, fields);
    expect(redirectTo).toBe(`/admin/signalements?corrige=${report.id}`);
    expect((await db.structure.findUniqueOrThrow({ where: { slug: SLUG } })).address).toBe("12 rue de Paris");
    expect((await db.structureReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("CORRECTED");
    expect(await db.auditEntry.count({ where: { entity: "structure_report", entityId: String(report.id) } })).toBe(1);
  });
});

describe("the purge of personal data", () => {
  it("erases the address and text of reports closed longer ago than the retention, and nothing else", async () => {
    const structure = await db.structure.findUniqueOrThrow({ where: { slug: SLUG } });
    const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 24 * 3600 * 1000);
    const base = {
      structureId: structure.id,
      reason: "OTHER" as const,
      description: "Un texte assez long.",
      email: "a@exemple.fr",
    };
    const old = await db.structureReport.create({ data: { ...base, status: "DISMISSED", closedAt: monthsAgo(13) } });
    const recent = await db.structureReport.create({ data: { ...base, status: "CORRECTED", closedAt: monthsAgo(11) } });
    const stillOpen = await db.structureReport.create({ data: { ...base, createdAt: monthsAgo(24) } });

    expect(await purgeClosedReports(process.env.DATABASE_URL!, 12)).toBe(1);
    const after = (id: number) => db.structureReport.findUniqueOrThrow({ where: { id } });
    expect(await after(old.id)).toMatchObject({
      email: null,
      description: null,
      reason: "OTHER",
      purgedAt: expect.any(Date),
    });
    expect(await after(recent.id)).toMatchObject({ email: "a@exemple.fr", description: base.description });
    expect(await after(stillOpen.id)).toMatchObject({ email: "a@exemple.fr", purgedAt: null });
    // Run again: nothing more to erase.
    expect(await purgeClosedReports(process.env.DATABASE_URL!, 12)).toBe(0);
  });
});
