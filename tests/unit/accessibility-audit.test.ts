import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  AUDIT,
  auditCsv,
  conformity,
  conformityLevel,
  CRITERIA,
  nonConformities,
  siteStatus,
  verdictOf,
  type AuditGrid,
} from "@/lib/accessibility/audit";

/** The grid with every verdict replaced by `status`, except those given. */
function gridWith(status: "C" | "NC" | "NA", changes: Record<string, AuditGrid["criteria"][string]> = {}): AuditGrid {
  const criteria = Object.fromEntries(
    CRITERIA.map((criterion) => [criterion.number, changes[criterion.number] ?? { status, reason: "Raison d’essai." }]),
  );
  return { ...AUDIT, derogations: [], criteria };
}

describe("the RGAA audit grid", () => {
  it("judges the 106 criteria of the RGAA 4.1, in their 13 themes, and nothing else", () => {
    expect(CRITERIA).toHaveLength(106);
    expect(new Set(CRITERIA.map((criterion) => criterion.theme)).size).toBe(13);
    expect(Object.keys(AUDIT.criteria).sort()).toEqual(CRITERIA.map((criterion) => criterion.number).sort());
  });

  it("gives every page of the sample a verdict on every criterion, naming only pages of the sample", () => {
    const ids = AUDIT.pages.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [number, entry] of Object.entries(AUDIT.criteria)) {
      for (const pageId of Object.keys(entry.pages ?? {})) expect(ids, `${number} : ${pageId}`).toContain(pageId);
      for (const pageId of ids) expect(["C", "NC", "NA"]).toContain(verdictOf(number, pageId).status);
    }
  });

  it("names each dérogation a verdict refers to", () => {
    const derogations = new Set(AUDIT.derogations.map((derogation) => derogation.id));
    for (const [number, entry] of Object.entries(AUDIT.criteria)) {
      for (const verdict of [entry, ...Object.values(entry.pages ?? {})]) {
        if (verdict.derogation) expect(derogations, number).toContain(verdict.derogation);
      }
    }
  });
});

describe("the conformity rate, as the RGAA computes it", () => {
  it("is 100 % and « totalement conforme » when every applicable criterion holds on every page", () => {
    const audit = gridWith("C", { "1.1": { status: "NA", reason: "Aucune image." } });
    expect(conformity(audit)).toEqual({ conforming: 105, failing: 0, notApplicable: 1, rate: 100 });
    expect(conformityLevel(conformity(audit).rate)).toBe("totalement conforme");
  });

  it("counts a criterion failing on one page as failing for the site, and says where", () => {
    const page = AUDIT.pages[1]!;
    const audit = gridWith("C", {
      "3.2": { status: "C", reason: "Contrastes suffisants.", pages: { [page.id]: { status: "NC", reason: "Gris." } } },
    });
    expect(siteStatus("3.2", audit)).toBe("NC");
    // 105 of 106 applicable criteria: 99.05 %, never rounded up to 100.
    expect(conformity(audit)).toMatchObject({ conforming: 105, failing: 1, rate: 99.05 });
    expect(conformityLevel(99.99)).toBe("partiellement conforme");
    expect(nonConformities(audit)).toEqual([
      expect.objectContaining({ number: "3.2", pages: [page], reasons: ["Gris."] }),
    ]);
  });

  it("leaves out a criterion applicable nowhere, and content under a dérogation", () => {
    const audit = gridWith("NA", {
      "4.1": { status: "NC", reason: "Vidéo tierce.", derogation: "video" },
      "4.7": { status: "C", reason: "Identifiée." },
    });
    expect(siteStatus("1.1", audit)).toBe("NA");
    expect(siteStatus("4.1", audit)).toBe("NA");
    expect(conformity(audit)).toEqual({ conforming: 1, failing: 0, notApplicable: 105, rate: 100 });
  });

  it("is below half « non conforme »", () => {
    expect(conformityLevel(49.99)).toBe("non conforme");
    expect(conformityLevel(50)).toBe("partiellement conforme");
  });
});

describe("the downloadable grid", () => {
  it("has one line per criterion and page, readable by a spreadsheet, with the statuses in words", () => {
    const text = auditCsv();
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parse(text.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(106 * AUDIT.pages.length);
    const first = rows[0]!;
    expect(Object.keys(first)).toEqual([
      "Critère",
      "Thématique",
      "Intitulé",
      "Page",
      "Adresse",
      "Statut",
      "Justification",
      "Vérification",
    ]);
    expect(first).toMatchObject({ Critère: "1.1", Thématique: "Images", Page: AUDIT.pages[0]!.title });
    for (const row of rows) {
      const page = AUDIT.pages.find((candidate) => candidate.title === row.Page && candidate.path === row.Adresse)!;
      const verdict = verdictOf(row.Critère!, page.id);
      expect(row.Statut).toBe({ C: "Conforme", NC: "Non conforme", NA: "Non applicable" }[verdict.status]);
      expect(row.Justification).toBe(verdict.reason);
    }
  });
});
