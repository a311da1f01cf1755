// Random and adversarial query strings (fast-check) against the directory of the running production build:
// never a server error, and whatever was typed comes back as text, never as markup.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, inject } from "vitest";
import { parseHtml } from "@/tests/support/html";

const baseUrl = inject("baseUrl");
const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</title><script>alert(1)</script>",
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "' OR 1=1 --",
];

const value = fc.oneof(
  fc.constantFrom(...MARKUP),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...MARKUP)).map(([a, b]) => a + b),
);
const query = fc.record(
  {
    q: value,
    type: fc.array(fc.oneof(value, fc.constantFrom("ACI", "EI")), { maxLength: 3 }),
    departement: value,
    region: value,
    page: fc.oneof(value, fc.integer().map(String)),
    commune: fc.oneof(value, fc.constantFrom("57463", "2A004", "99999", "0")),
    rayon: fc.oneof(value, fc.constantFrom("2", "100", "-5", "1e309", "NaN")),
    lat: fc.oneof(value, fc.double().map(String)),
    lon: fc.oneof(value, fc.double().map(String)),
  },
  { requiredKeys: [] },
);

describe("the directory under hostile query strings", () => {
  const view = fc.constantFrom("/annuaire", "/annuaire/carte");
  test.prop([view, query], { numRuns: 40 })(
    "answers 200 with the input as text only, list and map",
    async (path, params) => {
      const search = new URLSearchParams();
      for (const [name, raw] of Object.entries(params)) for (const item of [raw].flat()) search.append(name, item);
      const response = await fetch(`${baseUrl}${path}?${search}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      const document = parseHtml(html);
      // No element the input could have created: the input appears in Next.js's own scripts only as data in a
      // string, never as a script of its own, an event handler or a javascript: link.
      for (const script of document.querySelectorAll("script")) {
        expect((script.textContent ?? "").trim()).not.toBe("alert(1)");
      }
      expect(document.querySelectorAll('a[href^="javascript:"]').length).toBe(0);
      expect([...document.querySelectorAll("*")].some((element) => element.hasAttribute("onerror"))).toBe(false);
      expect(document.querySelectorAll("svg[onload]").length).toBe(0);
      // The title shows the search as text: no element inside it (the map's départements have titles of their own).
      expect(document.head.querySelectorAll("title")).toHaveLength(1);
      expect(document.head.querySelector("title")?.childElementCount).toBe(0);
    },
  );
});
