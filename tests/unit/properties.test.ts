// Random and adversarial input (fast-check) for what reads input from outside: the directory's URL
// parameters, the CSV parser and every back-office schema.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  accountCreateSchema,
  accountPasswordSchema,
  accountUpdateSchema,
  ownPasswordSchema,
} from "@/lib/accounts/schema";
import { sectionSchema, videoSchema } from "@/lib/content/schema";
import { decodeCsv, parseStructuresCsv } from "@/lib/directory/csv";
import { structureSchema, STRUCTURE_FIELDS } from "@/lib/directory/schema";
import { directorySearchKey, paramsOf, parseDirectorySearchKey } from "@/lib/directory/search-key";
import { directoryHref, MAX_QUERY_LENGTH, parseDirectoryQuery } from "@/lib/directory/search-params";
import { networkFiguresSchema, structureCountSchema } from "@/lib/figures/schema";
import { mandateDeleteSchema, mandateMoveSchema, mandateSchema, mandateUpdateSchema } from "@/lib/mandates/schema";

/** Strings a hostile visitor would try, mixed with any Unicode. */
const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "'; DROP TABLE structure; --",
    "%' AND pg_sleep(5) --",
    "\\x00\u0000\u001b[2J",
    '=HYPERLINK("http://evil")',
    "javascript:alert(1)",
    "a".repeat(20_000),
    "{{content}}",
    "__proto__",
  ),
);

const PARAM_NAMES = ["q", "type", "region", "departement", "page", "autre"] as const;
const rawParams = fc.dictionary(
  fc.constantFrom(...PARAM_NAMES),
  fc.oneof(hostile, fc.array(hostile, { maxLength: 12 })),
);

describe("directory URL parameters", () => {
  test.prop([rawParams], { numRuns: 500 })("are bounded, and survive a round trip through the URL", (params) => {
    const query = parseDirectoryQuery(params);
    expect([...query.q].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.q).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(Number.isInteger(query.page) && query.page >= 1 && query.page <= 10_000).toBe(true);
    expect(query.kinds.length).toBeLessThanOrEqual(8);
    for (const value of [query.region, query.department, ...query.kinds])
      expect([...value].length).toBeLessThanOrEqual(10);
    // The links the page builds lead back to the same search.
    const href = directoryHref(query);
    expect(parseDirectoryQuery(paramsOf(new URL(href, "https://sns.example").searchParams))).toEqual(query);
    // …and to the same cached page, whose address stands for exactly this search.
    const key = directorySearchKey(query);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseDirectorySearchKey(key)).toEqual(query);
  });

  test.prop([fc.string({ maxLength: 300 })], { numRuns: 500 })(
    "turn any made-up page key into a search or nothing",
    (key) => {
      const query = parseDirectorySearchKey(key);
      if (query) expect(directorySearchKey(query)).toBe(key);
    },
  );
});

describe("CSV import parser", () => {
  const HEADER = "siret;kind;name;brand;address;post_code;city;department;website;description";
  // Cells without separators, line breaks or quotes: the file is well formed, each row is judged on its values.
  const row = fc.array(
    hostile.map((cell) => cell.replace(/[;\r\n"]/g, " ")),
    { minLength: 10, maxLength: 10 },
  );

  test.prop([fc.uint8Array({ maxLength: 4_000 })], { numRuns: 300 })("decodes any bytes without failing", (bytes) => {
    expect(typeof decodeCsv(bytes)).toBe("string");
  });

  test.prop([fc.string({ unit: "binary", maxLength: 3_000 })], { numRuns: 300 })(
    "answers any text with rows or a French message",
    (text) => {
      const parsed = parseStructuresCsv(text);
      if (parsed.error !== undefined) expect(parsed.error).toMatch(/[a-zé]{3}/);
      else for (const parsedRow of parsed.rows) expect(parsedRow.line).toBeGreaterThanOrEqual(2);
    },
  );

  test.prop([fc.array(row, { minLength: 1, maxLength: 20 })], { numRuns: 200 })(
    "accepts only rows a structure form would accept, and names each rejected line",
    (rows) => {
      const parsed = parseStructuresCsv([HEADER, ...rows.map((cells) => cells.join(";"))].join("\n"));
      expect(parsed.error).toBeUndefined();
      for (const parsedRow of parsed.rows!) {
        if ("error" in parsedRow) {
          expect(parsedRow.error.length).toBeGreaterThan(0);
          continue;
        }
        const { slug: _slug, source: _source, ...fields } = parsedRow.data;
        const asForm = Object.fromEntries(
          STRUCTURE_FIELDS.map((name) => [name, fields[name] == null ? "" : String(fields[name])]),
        );
        expect(structureSchema.safeParse(asForm).success).toBe(true);
      }
    },
  );
});

// Every schema a server action parses its form with. A form only ever sends strings; a forged request may
// leave fields out or send anything in them.
const SCHEMAS = {
  accountCreateSchema,
  accountUpdateSchema,
  accountPasswordSchema,
  ownPasswordSchema,
  sectionSchema,
  videoSchema,
  structureSchema,
  structureCountSchema,
  networkFiguresSchema,
  mandateSchema,
  mandateUpdateSchema,
  mandateDeleteSchema,
  mandateMoveSchema,
};
const FIELD_NAMES = [
  ...STRUCTURE_FIELDS,
  ...["id", "version", "email", "role", "password", "isDisabled", "currentPassword", "confirmation"],
  ...["key", "eyebrow", "heading", "body", "title", "caption", "videoUrl", "value", "asOf", "source"],
  ...["foundedYear", "members", "aciCount", "employees", "employeesInPathway", "direction"],
  ...["organisation", "level", "url", "startsOn", "endsOn"],
];
const formInput = fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostile);

// zod's default English wording, which a French user must never see.
const ENGLISH = /\b(Invalid|expected|received|Too (small|big)|Required|Unrecognized|must)\b/;

describe("back-office schemas", () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    test.prop([formInput], { numRuns: 200 })(`${name} refuses bad input with French messages only`, (input) => {
      const result = schema.safeParse(input);
      if (result.success) return;
      for (const issue of result.error.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.message).not.toMatch(ENGLISH);
      }
    });
  }
});
