// The national counts and the network's key figures in the back office.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/database/db";
import { updateNetworkFigures, updateStructureCount } from "@/lib/figures/actions";
import { invalidatedTags, signInAs, signOutLocally, submit } from "@/tests/support/staff-session";
import { aci } from "@/tests/support/back-office-fixtures";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

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
