// Keeps the RGAA audit grid (lib/accessibility/audit.json) true. Every page type of the site is in its sample;
// every check it names exists; on each page of the sample, opened in Chromium as a visitor or a member of staff
// sees it, what a browser can establish (images and their names, frames, media, tables and their headers, form
// fields, their labels and groups, the required-field notice, landmarks, the skip link, the plan of the site,
// the contrast of field borders and of the focus ring, text spacing) agrees with the grid's verdict, both ways: a page that changes
// without its verdict, or a fix left unrecorded, fails. The accessibility tree of each stable page is the
// evidence of the criteria a person judged (names, titles, reading order), kept beside the grid: a change to it
// fails until the page is judged again and the evidence renewed (npm run a11y:evidence).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "csv-parse/sync";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  AUDIT,
  AUDIT_GRID_PATH,
  conformityLevel,
  SITE_CONFORMITY,
  verdictOf,
  type AuditPage,
  type Status,
} from "@/lib/accessibility/audit";
import { createPrismaClient } from "@/lib/database/client";
import { launchBrowser } from "@/tests/support/browser";
import { parseHtml } from "@/tests/support/html";
import { createStaffAccount } from "@/tests/support/second-factor";
import { logIn } from "@/tests/support/staff-browser";

const baseUrl = inject("baseUrl");
const prisma = createPrismaClient(inject("pagesDatabaseUrl"));
const account = { email: "rgaa@groupe-sns.test", password: "phrase de passe pour la grille rgaa" };
let browser: Browser;
let staffPage: Page;
let records: Record<string, number>;

/** The axe that the accessibility tests run: @axe-core/playwright's own (other packages bring other versions). */
const axe = createRequire(createRequire(import.meta.url).resolve("@axe-core/playwright"))(
  "axe-core",
) as typeof import("axe-core");

/** Where each page's accessibility tree is kept, beside the grid. */
const EVIDENCE_DIR = path.resolve("lib/accessibility/evidence");

/** The routes that render pages: every page.tsx and not-found.tsx under app/. */
function pageRoutes() {
  return (readdirSync("app", { recursive: true }) as string[])
    .filter((file) => /(^|\/)(page|not-found)\.tsx$/.test(file))
    .map((file) => `app/${file.split(path.sep).join("/")}`)
    .sort();
}

describe("the audit grid's sample and references", () => {
  it("holds every page type of the site", () => {
    const sampled = new Set(AUDIT.pages.map((page) => page.route));
    const routes = pageRoutes();
    expect(routes.filter((route) => !sampled.has(route))).toEqual([]);
    expect([...sampled].filter((route) => !routes.includes(route))).toEqual([]);
  });

  it("names only axe rules that exist and test files that exist", () => {
    const rules = new Set(axe.getRules().map((rule) => rule.ruleId));
    const checks = new Set(
      Object.values(AUDIT.criteria).flatMap((entry) =>
        [entry, ...Object.values(entry.pages ?? {})].flatMap((verdict) => verdict.checks ?? []),
      ),
    );
    for (const check of checks) {
      if (check.startsWith("axe:")) expect(rules, check).toContain(check.slice(4));
      else if (check !== "evidence") expect(() => readFileSync(check), check).not.toThrow();
    }
  });
});

describe("the statement and its grid, as a visitor downloads them", () => {
  it("states the grid's level and rate, and links the grid, served as a CSV file to save", async () => {
    const statement = parseHtml(await (await fetch(`${baseUrl}/accessibilite`)).text());
    const text = statement.querySelector("main")!.textContent!.replace(/\s+/g, " ");
    const { rate } = SITE_CONFORMITY;
    expect(text).toContain(`Le site est ${conformityLevel(rate)} avec le référentiel`);
    expect(text).toContain(`révèle que ${rate.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} % des critères`);
    const link = [...statement.querySelectorAll("main a")].find(
      (a) => a.textContent === "Télécharger la grille d’audit",
    );
    expect(link?.getAttribute("href")).toBe(AUDIT_GRID_PATH);
    // Twice: the first visit of a prerendered file, then the one a cache would keep.
    for (let visit = 0; visit < 2; visit++) {
      const response = await fetch(`${baseUrl}${AUDIT_GRID_PATH}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="grille-rgaa-groupe-sns.csv"');
      const rows = parse((await response.text()).replace(/^\uFEFF/, ""), { delimiter: ";", columns: true });
      expect(rows).toHaveLength(106 * AUDIT.pages.length);
    }
  });
});

/** What a browser can establish about one page, for the criteria that depend on it. */
type Facts = Awaited<ReturnType<typeof probe>>;

function probe(page: Page) {
  return page.evaluate(() => {
    const hiddenFromAll = (element: Element) => element.closest('[aria-hidden="true"]') !== null;
    const shown = (element: Element) => {
      const box = (element as HTMLElement).getBoundingClientRect?.();
      const style = getComputedStyle(element);
      return style.display !== "none" && style.visibility !== "hidden" && box !== undefined;
    };
    const text = (element: Element | null | undefined) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
    const nameOf = (element: Element) =>
      element.getAttribute("aria-label") ??
      (element.getAttribute("aria-labelledby") ?? "")
        .split(/\s+/)
        .map((id) => text(document.getElementById(id)))
        .join(" ")
        .trim() ??
      "";
    const all = (selector: string) => [...document.querySelectorAll(selector)];

    // Images (RGAA 1): what carries information, and what is decoration.
    const informative = all('img:not([alt=""]), [role="img"], svg, input[type="image"], canvas, object, embed')
      .filter((element) => !hiddenFromAll(element) && element.getAttribute("role") !== "presentation")
      // Inside an image, or an svg inside an svg: part of that image.
      .filter((element) => element.parentElement?.closest('[role="img"], svg') == null)
      .map((element) => ({
        tag: element.tagName.toLowerCase(),
        name: nameOf(element) || element.getAttribute("alt") || text(element.querySelector(":scope > title")),
      }));
    const decorative = all('img[alt=""], img[role="presentation"], svg[aria-hidden="true"]').length;

    // Forms (RGAA 11).
    const fields = all("input, select, textarea")
      .filter(
        (element) => !["hidden", "submit", "button", "reset", "image"].includes((element as HTMLInputElement).type),
      )
      .filter((element) => !hiddenFromAll(element) && shown(element))
      .map((element) => {
        const field = element as HTMLInputElement;
        const label = field.labels?.[0];
        return {
          type: field.type,
          label: label ? text(label) : nameOf(field),
          required: field.required || field.getAttribute("aria-required") === "true",
          autocomplete: field.getAttribute("autocomplete"),
          inFieldsetWithLegend: Boolean(field.closest("fieldset")?.querySelector(":scope > legend")),
          name: field.name,
        };
      });
    const choiceGroups = Object.values(
      Object.groupBy(
        fields.filter((field) => field.type === "checkbox" || field.type === "radio"),
        (field) => field.name,
      ),
    ).filter((group) => group && group.length > 1);

    // Contrast of the fields' borders against what is around them (RGAA 3.3).
    // The browser gives colours in any space (Tailwind's are oklch): a canvas turns them into sRGB.
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const srgb = (colour: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const luminance = (colour: string) => {
      const [r, g, b] = srgb(colour)
        .slice(0, 3)
        .map((value) => {
          const channel = value / 255;
          return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backgroundOf = (element: Element | null): string => {
      for (let node = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (srgb(colour)[3] === 255) return colour;
      }
      return "rgb(255, 255, 255)";
    };
    const ratio = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const faintBorders = all("input, select, textarea")
      .filter(
        (element) =>
          !["hidden", "checkbox", "radio", "file", "submit", "button"].includes((element as HTMLInputElement).type),
      )
      .filter((element) => shown(element) && !hiddenFromAll(element))
      .map((element) => {
        const style = getComputedStyle(element);
        return {
          name: element.getAttribute("name"),
          width: parseFloat(style.borderTopWidth),
          colour: style.borderTopColor,
          around: backgroundOf(element.parentElement),
        };
      })
      .filter((border) => border.width > 0 && ratio(border.colour, border.around) < 3)
      .map((border) => `${border.name} ${border.colour} sur ${border.around}`);

    // The focus ring of the element the keyboard reached (the test presses Tab first), on what is around it.
    const focused = document.activeElement;
    const focusRing =
      focused && focused !== document.body
        ? ratio(getComputedStyle(focused).outlineColor, backgroundOf(focused.parentElement))
        : null;

    const ids = all("[id]").map((element) => element.id);
    const focusables = all(
      'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])',
    ).filter(
      (element) =>
        !hiddenFromAll(element) && !(element as HTMLButtonElement).disabled && (element as HTMLElement).tabIndex >= 0,
    );
    const first = focusables[0] as HTMLAnchorElement | undefined;
    const skipTarget = first?.getAttribute("href")?.startsWith("#")
      ? document.getElementById(first.hash.slice(1))
      : null;
    const footer = document.querySelector("footer");

    return {
      doctype: document.doctype?.name === "html" && !document.doctype.publicId,
      lang: document.documentElement.lang,
      title: document.title.trim(),
      duplicateIds: [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))],
      informative,
      decorative,
      frames: all("iframe").map((frame) => frame.getAttribute("title") ?? ""),
      media: all("video, audio, iframe").length,
      videosWithoutCaptions: all("video").filter((video) => !video.querySelector('track[kind="captions"][src]')).length,
      transcripts: all("details > summary").filter((summary) => /^Transcription\b/.test(text(summary))).length,
      autoplay: all("video[autoplay], audio[autoplay]").length,
      tables: all("table")
        .filter((table) => !["presentation", "none"].includes(table.getAttribute("role") ?? ""))
        .map((table) => ({
          caption: text(table.querySelector("caption")),
          headers: table.querySelectorAll("th").length,
          headersWithoutScope: [...table.querySelectorAll("th")].filter(
            (th) => !["col", "row"].includes(th.getAttribute("scope") ?? ""),
          ).length,
        })),
      layoutTables: all('table[role="presentation"], table[role="none"]').length,
      quotes: all("q, blockquote").length,
      presentational: all("font, center, marquee, blink, [align], [bgcolor], [valign], table[border]").length,
      mains: all("main").filter((main) => !(main as HTMLElement).hidden).length,
      headers: all("header").length,
      footers: all("footer").length,
      navs: all("nav").length,
      skipLink: Boolean(skipTarget && skipTarget.tagName === "MAIN"),
      fields,
      choiceGroups: choiceGroups.map((group) => ({
        name: group![0]!.name,
        grouped: group!.every((field) => field.inFieldsetWithLegend),
      })),
      optgroups: all("optgroup").map((group) => group.getAttribute("label") ?? ""),
      requiredNotice: /Les champs marqués d’un astérisque \(\*\) sont obligatoires/.test(document.body.innerText),
      planLink: Boolean(footer && [...footer.querySelectorAll("a")].some((link) => text(link) === "Plan du site")),
      mainNavigation: all('nav[aria-label="Navigation principale"] a').map((link) => link.getAttribute("href")),
      faintBorders,
      focusRing,
    };
  });
}

/**
 * With WCAG's text spacing applied (line height 1.5, paragraphs 2, letters 0.12, words 0.16 times the font size),
 * the elements whose text no longer fits their box (clipped or cut), and any horizontal scrolling (RGAA 10.12).
 */
async function textSpacingLosses(page: Page) {
  await page.addStyleTag({
    content:
      "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
  });
  return page.evaluate(() => {
    const losses = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = style.overflowX === "hidden" || style.overflowY === "hidden" || style.overflow === "clip";
        if (!clips || !element.textContent?.trim() || element.closest(".sr-only, [aria-hidden='true']")) return false;
        // The map's frame shows a part of the map by design: its tiles and markers, not text to read.
        if (element.classList.contains("leaflet-container") || element.closest(".leaflet-container")) return false;
        if (style.position === "absolute" && style.clip !== "auto") return false;
        const box = element as HTMLElement;
        return box.scrollHeight > box.clientHeight + 2 || box.scrollWidth > box.clientWidth + 2;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].slice(0, 3).join(".")}`);
    if (document.documentElement.scrollWidth > window.innerWidth) losses.push("défilement horizontal");
    return losses;
  });
}

/**
 * The verdicts a page's facts call for, by criterion: a status, or "applies" (anything but NA) and
 * "not applicable", for the criteria a browser can decide only that much of.
 */
function expectedVerdicts(page: AuditPage, facts: Facts, losses: string[]) {
  const expected: Record<string, Status | "applies"> = {};
  const applies = (criteria: string[], present: boolean, status: Status | "applies" = "applies") => {
    for (const criterion of criteria) expected[criterion] = present ? status : "NA";
  };
  const isPublic = !page.path.startsWith("/admin");
  applies(["1.1"], facts.informative.length > 0, facts.informative.every((image) => image.name) ? "C" : "NC");
  applies(["1.3"], facts.informative.length > 0);
  applies(["1.2"], facts.decorative > 0);
  applies(["2.1"], facts.frames.length > 0, facts.frames.every(Boolean) ? "C" : "NC");
  applies(["2.2"], facts.frames.length > 0);
  applies(["4.1"], facts.media > 0, facts.transcripts >= facts.media ? "C" : "NC");
  applies(["4.3"], facts.media > 0, facts.videosWithoutCaptions === 0 ? "C" : "NC");
  applies(["4.7", "4.11", "4.13"], facts.media > 0);
  for (const criterion of ["4.2", "4.4", "4.5", "4.6"]) if (facts.media === 0) expected[criterion] = "NA";
  applies(["4.10"], facts.media > 0, facts.autoplay === 0 ? "C" : "NC");
  const tables = facts.tables.length > 0;
  applies(["5.4"], tables, facts.tables.every((table) => table.caption) ? "C" : "NC");
  applies(["5.5"], tables);
  applies(["5.6"], tables, facts.tables.every((table) => table.headers > 0) ? "C" : "NC");
  applies(["5.7"], tables, facts.tables.every((table) => table.headersWithoutScope === 0) ? "C" : "NC");
  applies(["5.3", "5.8"], facts.layoutTables > 0);
  expected["8.1"] = facts.doctype ? "C" : "NC";
  if (facts.duplicateIds.length > 0) expected["8.2"] = "NC";
  expected["8.3"] = facts.lang ? "C" : "NC";
  expected["8.4"] = facts.lang === "fr" ? "C" : "NC";
  expected["8.5"] = facts.title ? "C" : "NC";
  const structured = facts.mains === 1 && (!isPublic || (facts.headers > 0 && facts.footers > 0 && facts.navs > 0));
  expected["9.2"] = structured ? "C" : "NC";
  applies(["9.4"], facts.quotes > 0);
  expected["10.1"] = facts.presentational === 0 ? "C" : "NC";
  expected["10.12"] = losses.length === 0 ? "C" : "NC";
  const fields = facts.fields.length > 0;
  applies(["11.1"], fields, facts.fields.every((field) => field.label) ? "C" : "NC");
  applies(["11.2", "11.3", "11.4"], fields);
  const groups = facts.choiceGroups.length > 0;
  applies(["11.5", "11.6"], groups, facts.choiceGroups.every((group) => group.grouped) ? "C" : "NC");
  applies(["11.7"], groups);
  if (verdictOf("11.8", page.id).status === "C")
    expected["11.8"] = facts.optgroups.length > 0 && facts.optgroups.every(Boolean) ? "C" : "NC";
  const required = facts.fields.filter((field) => field.required);
  if (required.length > 0) {
    expected["11.10"] = facts.requiredNotice && required.every((field) => field.label.includes("*")) ? "C" : "NC";
  }
  const personal = facts.fields.filter((field) => field.type === "email" || field.type === "password");
  if (personal.length > 0 && verdictOf("11.13", page.id).status !== "NA") {
    expected["11.13"] = personal.every((field) => field.autocomplete) ? "C" : "NC";
  }
  if (isPublic) expected["12.1"] = facts.planLink ? "C" : "NC";
  expected["12.7"] = facts.skipLink ? "C" : "NC";
  expected["3.3"] = facts.faintBorders.length === 0 && facts.focusRing !== null && facts.focusRing >= 3 ? "C" : "NC";
  return expected;
}

/** The page's accessibility tree as kept for evidence: the back office's count of open reports and the hours it gives vary. */
const evidenceText = async (page: Page) =>
  (await page.locator("body").ariaSnapshot())
    .replace(/Signalements \(\d+\)/g, "Signalements (n)")
    .replace(/\b\d{2}:\d{2}\b/g, "hh:mm");

beforeAll(async () => {
  const staff = await createStaffAccount(prisma, { ...account, role: "ADMIN" });
  const mandate = await prisma.mandate.findFirstOrThrow({ orderBy: { id: "asc" } });
  // A file to preview: one structure, as the site's own download gives it.
  const file = await (await fetch(`${baseUrl}/donnees/structures.csv?q=baluchon`)).text();
  const batch = await prisma.importBatch.create({
    data: { userId: staff.id, fileName: "apercu.csv", content: file.replace(/^\uFEFF/, "") },
  });
  // A report waiting and one dealt with, so that the reports' page shows its forms and its table.
  const structure = await prisma.structure.findUniqueOrThrow({ where: { slug: "baluchon-a-table-citoyens-93" } });
  const report = { structureId: structure.id, reason: "CONTACT", description: "Le numéro a changé." } as const;
  await prisma.structureReport.create({ data: { ...report, email: "b@exemple.fr" } });
  await prisma.structureReport.create({
    data: { ...report, status: "CORRECTED", closedById: staff.id, closedAt: new Date() },
  });
  records = { mandat: mandate.id, compte: staff.id, import: batch.id };
  browser = await launchBrowser();
  staffPage = await (await browser.newContext()).newPage();
  await logIn(staffPage, baseUrl, staff);
});

afterAll(async () => {
  await browser.close();
  await prisma.$disconnect();
});

const addressOf = (page: AuditPage) => page.path.replace(/\{(\w+)\}/g, (_, name: string) => String(records[name]));

describe("each page of the sample, as the grid judges it", () => {
  const navigations: Record<string, (string | null)[]> = {};

  it.each(AUDIT.pages.map((page) => [page.id, page] as const))("%s", async (_id, auditPage) => {
    const isStaff = auditPage.path.startsWith("/admin") && !auditPage.path.startsWith("/admin/connexion");
    const page = isStaff ? staffPage : await (await browser.newContext()).newPage();
    try {
      if (auditPage.id === "verification") {
        // The second step of a login: after the password.
        await page.goto(`${baseUrl}/admin/connexion`);
        await page.getByLabel("Adresse électronique").fill(account.email);
        await page.getByLabel("Mot de passe").fill(account.password);
        await page.getByRole("button", { name: "Se connecter" }).click();
        await page.waitForURL((url) => url.pathname === auditPage.path);
      } else {
        await page.goto(`${baseUrl}${addressOf(auditPage)}`);
      }
      expect(new URL(page.url()).pathname).toBe(addressOf(auditPage).split("?")[0]);
      await page.locator("h1").first().waitFor();
      // The map draws its markers once its code has loaded.
      if (auditPage.id === "carte") await page.locator(".marker-cluster, .structure-marker").first().waitFor();
      if (auditPage.id === "accueil") {
        // The sample's home page is seen with its video open.
        await page.getByRole("button", { name: "Voir la vidéo" }).click();
        await page.getByRole("dialog").waitFor();
      }
      // Two steps of the keyboard: past the skip link, onto the first link or control of the page.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      const facts = await probe(page);
      if (!auditPage.path.startsWith("/admin")) navigations[auditPage.id] = facts.mainNavigation;
      if (auditPage.evidence !== false) {
        await expect(
          await evidenceText(page),
          `${auditPage.id} a changé : jugez-la de nouveau dans la grille, puis npm run a11y:evidence`,
        ).toMatchFileSnapshot(path.join(EVIDENCE_DIR, `${auditPage.id}.yml`));
      }
      const losses = await textSpacingLosses(page);
      const expected = expectedVerdicts(auditPage, facts, losses);
      const disagreements = Object.entries(expected).flatMap(([criterion, status]) => {
        const verdict = verdictOf(criterion, auditPage.id);
        const agrees = status === "applies" ? verdict.status !== "NA" : verdict.status === status;
        return agrees
          ? []
          : [
              `${criterion} : la grille dit ${verdict.status}, la page appelle ${status === "applies" ? "C ou NC" : status}`,
            ];
      });
      expect(disagreements, JSON.stringify({ facts, losses }, null, 1).slice(0, 4000)).toEqual([]);
    } finally {
      // A failing page is kept open for the evidence hook only until here.
      if (!isStaff) await page.context().close();
    }
  });

  it("shows the same main navigation, in the same order, on every public page (12.2)", () => {
    const menus = new Set(Object.values(navigations).map((links) => JSON.stringify(links)));
    expect(Object.keys(navigations).length).toBe(AUDIT.pages.filter((page) => !page.path.startsWith("/admin")).length);
    expect(menus.size).toBe(1);
  });
});
