// Place names compared as people write them: accents, case, hyphens, apostrophes and « St » for « Saint » do
// not matter ("St-Avold" is Saint-Avold, "L'HOPITAL" is L'Hôpital). Pure: the seed, the import and the
// directory's place field share it.
import { foldText } from "@/lib/format";

const ABBREVIATIONS = new Map([
  ["st", "saint"],
  ["ste", "sainte"],
  ["sts", "saints"],
  ["stes", "saintes"],
]);

/** The words of a place name, folded: no accents, lower case, abbreviations spelt out. */
export function placeWords(name: string) {
  return foldText(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => ABBREVIATIONS.get(word) ?? word);
}

/** One key per place name: "Saint-Avold", "ST AVOLD" and "st-avold" share "saintavold". */
export function placeKey(name: string) {
  const words = placeWords(name);
  // "Havre (Le)" as some registers write it: the article goes back in front.
  const last = words.at(-1);
  if (words.length > 1 && (last === "le" || last === "la" || last === "les" || last === "l") && /\(\s*l/i.test(name))
    words.unshift(words.pop()!);
  return words.join("");
}
