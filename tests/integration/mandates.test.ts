// The governance mandates in the back office: creation, validation, conflicting edits, order, deletion.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/database/db";
import { createMandate, deleteMandate, moveMandate, updateMandate } from "@/lib/mandates/actions";
import { invalidatedTags, signInAs, signOutLocally, submit } from "@/tests/support/staff-session";
import { firstMandate } from "@/tests/support/back-office-fixtures";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

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
