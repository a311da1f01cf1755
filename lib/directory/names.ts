// How the site names a structure and builds its address: one rule each, for pages, the back office, the journal,
// the import and the open data. Pure (no zod): the browser may load it.
import { foldText } from "@/lib/format";

/** The name the site shows: the brand (enseigne) when the structure has one, else its legal name. */
export function displayName({ brand, name }: { brand: string | null; name: string }) {
  return brand?.trim() || name;
}

/** Turns a name into the readable part of an address: lower case, no accents, words joined by dashes. */
export function slugify(text: string) {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The start of a new structure's address: its displayed name and département (`atelier-du-test-57`). */
export function slugBase(structure: { brand: string | null; name: string; departmentCode: string }) {
  return `${slugify(displayName(structure)) || "structure"}-${structure.departmentCode.toLowerCase()}`;
}
