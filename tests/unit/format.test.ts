import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, frenchTypography, pluralize, truncateAtWord } from "@/lib/format";

describe("French formatting", () => {
  it("groups thousands with a narrow no-break space", () => {
    expect(formatNumber(3850)).toBe("3\u202f850");
    expect(formatNumber(36000)).toBe("36\u202f000");
    expect(formatNumber(950)).toBe("950");
  });

  it("writes dates in words", () => {
    expect(formatDate("2025-03-01")).toBe("1 mars 2025");
  });

  it("keeps punctuation from starting a line", () => {
    expect(frenchTypography("Qu’est-ce qu’une SIAE ?")).toBe("Qu’est-ce qu’une SIAE\u202f?");
    expect(frenchTypography("Cerise sur le gâteau : elles")).toBe("Cerise sur le gâteau\u00a0: elles");
    expect(frenchTypography("« portés »")).toBe("«\u202fportés\u202f»");
    expect(frenchTypography("https://exemple.fr")).toBe("https://exemple.fr");
  });

  it("agrees counts with their noun", () => {
    expect(pluralize(1, "structure")).toBe("1\u00a0structure");
    expect(pluralize(0, "structure")).toBe("0\u00a0structure");
    expect(pluralize(1234, "structure")).toBe("1\u202f234\u00a0structures");
  });

  it("cuts a long text at a word, and leaves a text that fits whole", () => {
    expect(truncateAtWord("Atelier chantier d’insertion à Metz.", 200)).toBe("Atelier chantier d’insertion à Metz.");
    expect(truncateAtWord("un deux trois quatre", 20)).toBe("un deux trois quatre");
    expect(truncateAtWord("un deux trois quatre", 15)).toBe("un deux trois…");
    expect(truncateAtWord("anticonstitutionnellement", 10)).toBe("anticonst…");
    expect(truncateAtWord("un deux trois quatre", 15).length).toBeLessThanOrEqual(15);
  });
});
