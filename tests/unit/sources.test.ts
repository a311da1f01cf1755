import { describe, expect, it } from "vitest";
import { describeSource } from "@/lib/directory/sources";

describe("a structure's source", () => {
  it("is described in French for the known lists and the team's own records", () => {
    expect(describeSource("ASP")).toMatch(/^liste des SIAE conventionnées/);
    expect(describeSource("SNS")).toBe("fiche saisie par l’équipe du Groupe SNS");
  });

  it("never reads an object's machinery for a source nobody knows", () => {
    for (const source of ["__proto__", "constructor", "toString", "inconnue"]) {
      expect(describeSource(source)).toBe("source non précisée");
    }
  });
});
