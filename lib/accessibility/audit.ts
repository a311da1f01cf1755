// The site's RGAA 4.1 audit (lib/accessibility/audit.json): for each of the 106 criteria, a verdict on each
// page of the sample, with its reason and what checks it. The grid is the data; the accessibility statement,
// its conformity rate and the downloadable grid are computed from it here. tests/pages/rgaa-audit.test.ts
// keeps it true: the pages it names exist, and what a browser can check on them agrees with it.
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import grid from "@/lib/accessibility/audit.json";
import { RGAA_CRITERIA, RGAA_THEMES } from "@/lib/accessibility/rgaa-criteria";
import { neutraliseFormula, SPREADSHEET_CSV } from "@/lib/open-data/export";

/** Where the statement offers the grid for download. */
export const AUDIT_GRID_PATH = "/accessibilite/grille-rgaa.csv";

export const STATUS_LABELS = { C: "Conforme", NC: "Non conforme", NA: "Non applicable" } as const;
export type Status = keyof typeof STATUS_LABELS;

const verdictSchema = z.strictObject({
  status: z.enum(["C", "NC", "NA"]),
  reason: z.string().min(10),
  /** What checks it: `axe:<rule>`, a test file, or `evidence` (the page's accessibility tree, kept beside the grid). */
  checks: z.array(z.string().min(1)).optional(),
  /** The dérogation that takes this content out of the rate, by its id. */
  derogation: z.string().optional(),
});

const pageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  /** The page's address; `{name}` stands for a record the test chooses (a mandate, an account, an import). */
  path: z.string().startsWith("/"),
  /** The file that renders it, so that a new page type is seen missing from the sample. */
  route: z.string().startsWith("app/"),
  /** false for a page whose text changes from one run to the next (a journal): no accessibility tree kept. */
  evidence: z.literal(false).optional(),
});

const gridSchema = z.strictObject({
  referential: z.literal("RGAA 4.1"),
  auditedOn: z.iso.date(),
  auditor: z.string(),
  scope: z.string(),
  technologies: z.array(z.string()),
  environment: z.array(z.string()),
  tools: z.array(z.string()),
  pages: z.array(pageSchema).min(1),
  derogations: z.array(
    z.strictObject({ id: z.string(), content: z.string(), reason: z.string(), alternative: z.string() }),
  ),
  criteria: z.record(z.string(), verdictSchema.extend({ pages: z.record(z.string(), verdictSchema).optional() })),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type AuditPage = z.infer<typeof pageSchema>;
export type AuditGrid = z.infer<typeof gridSchema>;

/** The grid, checked when the module loads: a malformed file stops the build, not a visitor's page. */
export const AUDIT: AuditGrid = gridSchema.parse(grid);

export const CRITERIA = RGAA_CRITERIA.map((criterion) => ({
  ...criterion,
  theme: RGAA_THEMES.find((theme) => String(theme.number) === criterion.number.split(".")[0])!.title,
}));

/** The verdict of a criterion on a page: the page's own, else the criterion's. */
export function verdictOf(criterion: string, pageId: string, audit: AuditGrid = AUDIT): Verdict {
  const entry = audit.criteria[criterion];
  if (!entry) throw new Error(`Critère ${criterion} absent de la grille`);
  const { pages, ...verdict } = entry;
  return pages?.[pageId] ?? verdict;
}

/**
 * A criterion over the whole sample, as the RGAA counts it: non conforme when it fails on one page at least,
 * non applicable when it applies to none, conforme otherwise. Content under a dérogation counts as not applicable.
 */
export function siteStatus(criterion: string, audit: AuditGrid = AUDIT): Status {
  const statuses = audit.pages.map((page) => {
    const verdict = verdictOf(criterion, page.id, audit);
    return verdict.derogation ? "NA" : verdict.status;
  });
  if (statuses.includes("NC")) return "NC";
  return statuses.every((status) => status === "NA") ? "NA" : "C";
}

/** The RGAA's conformity rate: conforming criteria over applicable ones, in percent (two decimals). */
export function conformity(audit: AuditGrid = AUDIT) {
  const statuses = CRITERIA.map((criterion) => siteStatus(criterion.number, audit));
  const count = (status: Status) => statuses.filter((value) => value === status).length;
  const [conforming, failing, notApplicable] = [count("C"), count("NC"), count("NA")];
  const rate = conforming + failing === 0 ? 100 : Math.floor((10_000 * conforming) / (conforming + failing)) / 100;
  return { conforming, failing, notApplicable, rate };
}

/** The site's result, computed once: the footer of every page says its level. */
export const SITE_CONFORMITY = conformity();

/** The statement's wording for a rate, as the RGAA defines it. */
export function conformityLevel(rate: number) {
  if (rate === 100) return "totalement conforme";
  return rate >= 50 ? "partiellement conforme" : "non conforme";
}

/** Every failing criterion, with the pages where it fails and why. */
export function nonConformities(audit: AuditGrid = AUDIT) {
  return CRITERIA.filter((criterion) => siteStatus(criterion.number, audit) === "NC").map((criterion) => {
    const failing = audit.pages.filter((page) => {
      const verdict = verdictOf(criterion.number, page.id, audit);
      return verdict.status === "NC" && !verdict.derogation;
    });
    const reasons = [...new Set(failing.map((page) => verdictOf(criterion.number, page.id, audit).reason))];
    return { ...criterion, pages: failing, reasons };
  });
}

/** The grid as a spreadsheet: one line per criterion and page (UTF-8 with BOM, semicolons, as the site's other CSV). */
export function auditCsv(audit: AuditGrid = AUDIT) {
  const header = ["Critère", "Thématique", "Intitulé", "Page", "Adresse", "Statut", "Justification", "Vérification"];
  const lines = CRITERIA.flatMap((criterion) =>
    audit.pages.map((page) => {
      const verdict = verdictOf(criterion.number, page.id, audit);
      return [
        criterion.number,
        criterion.theme,
        criterion.title,
        page.title,
        page.path,
        STATUS_LABELS[verdict.status],
        verdict.reason,
        (verdict.checks ?? []).join(", "),
      ].map(neutraliseFormula);
    }),
  );
  return `${SPREADSHEET_CSV.bom}${stringify([header, ...lines], SPREADSHEET_CSV.options)}`;
}
