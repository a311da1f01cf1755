import { describe, expect, it } from "vitest";
import { fillPlaceholders, placeholderValues } from "@/lib/content/placeholders";

const figures = { foundedYear: 1995, members: 700, aciCount: 1200, employees: 36000, employeesInPathway: 30000 };

describe("placeholders in the page text", () => {
  it("puts the derived total and the network's figures in the text", () => {
    const values = placeholderValues({ total: 3850, figures });
    expect(fillPlaceholders("Les quelques {{total_iae}} organisations", values)).toBe(
      "Les quelques 3\u202f850 organisations",
    );
    expect(fillPlaceholders("né en {{annee_fondation}}, {{ salaries_parcours }} en parcours", values)).toBe(
      "né en 1995, 30\u202f000 en parcours",
    );
  });

  it("leaves an unknown or unavailable placeholder visible, so that a typo shows", () => {
    const values = placeholderValues({ total: 10, figures: null });
    expect(fillPlaceholders("{{adherents}} et {{totl_iae}}", values)).toBe("{{adherents}} et {{totl_iae}}");
  });

  it("shows names of an object's own machinery as typed, never what they hold", () => {
    const values = placeholderValues({ total: 10, figures });
    for (const name of ["__proto__", "constructor", "tostring", "hasownproperty", "valueof"]) {
      expect(fillPlaceholders(`avant {{${name}}} après`, values)).toBe(`avant {{${name}}} après`);
    }
  });
});
