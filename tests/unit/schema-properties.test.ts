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

  test.prop([fc.uint8Array({ maxLength: 4_000 })], { numRuns: 300 })(
    "reads any bytes as text without NUL, or refuses them with a French message",
    (bytes) => {
      const decoded = decodeCsv(bytes);
      if (decoded.error !== undefined) expect(decoded.error).toMatch(/^[A-Z].* : .*[a-z]{3}/);
      else expect(decoded.text).not.toContain("\u0000");
    },
  );

  // French text as staff type it: letters, accents, the Windows-1252 extras (œ, €, ’), punctuation. An accent
  // is followed by a plain character, as in words: two Windows-1252 letters in a row can happen to be valid
  // UTF-8 ("é’Œ" is E9 92 8C), which no reader can tell apart from a Chinese character.
  const frenchLine = fc
    .array(
      fc.oneof(
        fc.constantFrom(..."abcde ABC;,.0123456789-'"),
        fc.tuple(fc.constantFrom(..."ÉéèêàçôûœŒ€’«»"), fc.constantFrom(..."aeintrs ")).map((pair) => pair.join("")),
      ),
      { maxLength: 30 },
    )
    .map((tokens) => tokens.join(""));
  const WINDOWS_1252 = new Map([
    ["€", 0x80],
    ["’", 0x92],
    ["Œ", 0x8c],
    ["œ", 0x9c],
    ["«", 0xab],
    ["»", 0xbb],
  ]);
  const asWindows1252 = (text: string) =>
    Uint8Array.from([...text].map((char) => WINDOWS_1252.get(char) ?? char.charCodeAt(0)));
  const asUtf8 = (text: string) => new TextEncoder().encode(text);

  test.prop([fc.array(frenchLine, { minLength: 1, maxLength: 30 }), fc.constantFrom("utf8", "bom", "windows-1252")], {
    numRuns: 300,
  })("reads back exactly what was written, in UTF-8, UTF-8 with BOM or Windows-1252", (lines, encoding) => {
    const text = lines.join("\n");
    const bytes =
      encoding === "windows-1252"
        ? asWindows1252(text)
        : encoding === "bom"
          ? Uint8Array.from([0xef, 0xbb, 0xbf, ...asUtf8(text)])
          : asUtf8(text);
    expect(decodeCsv(bytes)).toEqual({ text });
  });

  test.prop([fc.array(frenchLine, { minLength: 2, maxLength: 30 }), fc.nat()], { numRuns: 300 })(
    "never accepts a UTF-8 file with one line in Windows-1252 with broken letters",
    (lines, pick) => {
      const odd = pick % lines.length;
      const parts = lines.map((line, index) => (index === odd ? asWindows1252(line) : asUtf8(line)));
      const bytes = Uint8Array.from(parts.flatMap((part, index) => [...(index > 0 ? [0x0a] : []), ...part]));
      const decoded = decodeCsv(bytes);
      const hasAccents = (line: string) => /[^\x00-\x7f]/.test(line);
      if (decoded.text !== undefined) {
        // Accepted only when it reads as what was written: one encoding only carried accents.
        expect(decoded.text).toBe(lines.join("\n"));
      } else if (hasAccents(lines[odd]!) && lines.some((line, index) => index !== odd && hasAccents(line))) {
        expect(decoded.error).toContain(`ligne ${odd + 1}`);
      }
    },
  );

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
        if (!parsedRow.data) {
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
