// The journal of changes: newest first, with the fields that changed, staff only.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { toDateInput } from "@/lib/admin/dates";
import { db } from "@/lib/database/db";
import { updateStructureCount } from "@/lib/figures/actions";
import { changedFields, listJournal } from "@/lib/journal/admin-queries";
import { signInAs, signOutLocally, submit } from "@/tests/support/staff-session";
import { aci } from "@/tests/support/back-office-fixtures";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

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
