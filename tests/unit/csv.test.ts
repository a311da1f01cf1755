import { describe, expect, it } from "vitest";
import { decodeCsv, parseStructuresCsv } from "@/lib/directory/csv";
import { slugify } from "@/lib/directory/names";

describe("CSV reading", () => {
  it("decodes UTF-8, with or without BOM, and falls back to Windows-1252", () => {
    const utf8 = new TextEncoder().encode("Élan");
    expect(decodeCsv(utf8)).toEqual({ text: "Élan" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "Élan" });
    expect(decodeCsv(new Uint8Array([0xc9, 0x6c, 0x61, 0x6e, 0x20, 0x9c]))).toEqual({ text: "Élan œ" });
  });

  it("refuses a file in UTF-8 but for one line in Windows-1252, naming the line", () => {
    const utf8 = new TextEncoder().encode("name\nÉconomie solidaire\n");
    const file = new Uint8Array([...utf8, 0xc9, 0x6c, 0x61, 0x6e, 0x0a, ...new TextEncoder().encode("Fin\n")]);
    expect(decodeCsv(file).error).toMatch(/^Encodage mélangé : ce fichier est en UTF-8 sauf ligne 3,/);
  });

  it("refuses text garbled by a double conversion, naming the lines", () => {
    const garbled = new TextEncoder().encode("name\nÃ‰conomie\nBonne ligne\nAtelier Ã©lan\n");
    expect(decodeCsv(garbled).error).toMatch(/^Lettres accentuées abîmées .* lignes 2 et 4 :/);
    // Real text that merely contains those letters is not garbled.
    expect(decodeCsv(new TextEncoder().encode("name\nÃ la bonne heure, Â€ dû\n")).text).toBeDefined();
  });

  it("names UTF-16 files and NUL bytes instead of reading them", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."name\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(utf16).error).toMatch(/^Fichier en UTF-16/);
    const withoutBom = new Uint8Array([..."siret,kind,name\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeCsv(withoutBom).error).toMatch(/^Fichier en UTF-16/);
    const nul = new TextEncoder().encode("siret,name\n1,A\n2,B\u0000\n");
    expect(decodeCsv(nul).error).toBe(
      "Caractère nul (octet 0) dans le fichier, ligne 3 : ce n’est pas un fichier texte CSV.",
    );
  });

  it("refuses a column given twice instead of letting one win", () => {
    expect(parseStructuresCsv("siret,kind,name,city,department,name\n1,ACI,A,Metz,57,B\n").error).toBe(
      "Colonne en double : name. Gardez-en une seule.",
    );
  });

  it("names a record spanning several lines by its first line", () => {
    const parsed = parseStructuresCsv(
      'siret,kind,name,city,department,description\n11111111100014,ACI,A,Metz,57,"un\ndeux\ntrois"\n123,ACI,B,Metz,57,\n',
    );
    expect(parsed.rows?.map((row) => row.line)).toEqual([2, 5]);
  });

  const HEADER = "siret,kind,name,brand,city,department,latitude,longitude,website,slug,source";
  const row = (cells: Record<string, string>) => {
    const base: Record<string, string> = {
      siret: "73282932000074",
      kind: "EI",
      name: "A",
      city: "Metz",
      department: "57",
    };
    const values = { ...base, ...cells };
    const parsed = parseStructuresCsv(
      `${HEADER}\n${HEADER.split(",")
        .map((c) => values[c] ?? "")
        .join(",")}\n`,
    );
    return parsed.rows![0]!;
  };

  it.each([
    [
      { siret: "73282932000075" },
      "SIRET : ce numéro n’existe pas (sa clé de contrôle est fausse) ; vérifiez chaque chiffre.",
    ],
    [{ longitude: "0x10" }, "Longitude : un nombre entre -180 et 180, avec un point décimal."],
    [{ latitude: "0b1" }, "Latitude : un nombre entre -90 et 90, avec un point décimal."],
    [{ latitude: "Infinity" }, "Latitude : un nombre entre -90 et 90, avec un point décimal."],
    [
      { website: "https://evil.example@good.example/" },
      "Site internet : une adresse complète commençant par http:// ou https://",
    ],
    [{ website: "https://localhost/" }, "Site internet : une adresse complète commençant par http:// ou https://"],
    [
      { name: "Atelier\u202egnirts" },
      "Raison sociale : caractère invisible ou de contrôle non accepté (copié d’un autre logiciel ?).",
    ],
    [
      { brand: "Nom\u0007" },
      "Enseigne : caractère invisible ou de contrôle non accepté (copié d’un autre logiciel ?).",
    ],
    [
      { source: "ASP" },
      "Source « ASP » : un import ne peut pas se réclamer d’une autre source que SNS (laissez la colonne vide).",
    ],
    [
      { source: "__proto__" },
      "Source « __proto__ » : un import ne peut pas se réclamer d’une autre source que SNS (laissez la colonne vide).",
    ],
  ])("rejects the line %o with a French reason", (cells, reason) => {
    expect(row(cells)).toEqual({ line: 2, error: reason });
  });

  it("reads coordinates as spreadsheets write them", () => {
    expect(row({ latitude: "49.1", longitude: "2.4e-05" }).data).toMatchObject({ latitude: 49.1, longitude: 0.000024 });
  });

  it("accepts a La Poste SIRET, whose key follows another rule, and the team's own source", () => {
    expect(row({ siret: "35600000012346", source: "SNS" }).data).toMatchObject({
      siret: "35600000012346",
      source: "SNS",
    });
  });

  it.each([
    ["Atelier-57", "adresse (slug) : lettres minuscules sans accent, chiffres et tirets"],
    ["recherche", "adresse (slug) : ce mot est réservé par le site"],
    ["-tiret", "adresse (slug) : lettres minuscules sans accent, chiffres et tirets"],
  ])("does not keep the file's address %s, and says so", (slug, reason) => {
    const parsed = row({ slug });
    expect(parsed.data?.slug).toBeNull();
    expect(parsed.data && "warning" in parsed ? parsed.warning : "").toContain(reason);
  });
});

describe("slugify", () => {
  it("makes a readable address part", () => {
    expect(slugify("L’Œuvre d’Économie — Solidaire !")).toBe("l-oeuvre-d-economie-solidaire");
    expect(slugify("***")).toBe("");
  });
});
