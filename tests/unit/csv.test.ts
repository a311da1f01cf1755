import { describe, expect, it } from "vitest";
import { decodeCsv, parseStructuresCsv } from "@/lib/directory/csv";
import { slugify } from "@/lib/directory/schema";

describe("CSV reading", () => {
  it("decodes UTF-8, with or without BOM, and falls back to Windows-1252", () => {
    const utf8 = new TextEncoder().encode("Élan");
    expect(decodeCsv(utf8)).toBe("Élan");
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe("Élan");
    expect(decodeCsv(new Uint8Array([0xc9, 0x6c, 0x61, 0x6e, 0x20, 0x9c]))).toBe("Élan œ");
  });

  it("names a record spanning several lines by its first line", () => {
    const parsed = parseStructuresCsv(
      'siret,kind,name,city,department,description\n11111111100011,ACI,A,Metz,57,"un\ndeux\ntrois"\n123,ACI,B,Metz,57,\n',
    );
    expect(parsed.rows?.map((row) => row.line)).toEqual([2, 5]);
  });
});

describe("slugify", () => {
  it("makes a readable address part", () => {
    expect(slugify("L’Œuvre d’Économie — Solidaire !")).toBe("l-oeuvre-d-economie-solidaire");
    expect(slugify("***")).toBe("");
  });
});
