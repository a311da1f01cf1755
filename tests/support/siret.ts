import { hasValidSiretKey } from "@/lib/directory/schema";

/** A SIRET made of these 13 digits and the check digit that makes it valid. */
export function withSiretKey(first13: string | number) {
  for (let key = 0; key <= 9; key++) if (hasValidSiretKey(`${first13}${key}`)) return `${first13}${key}`;
  throw new Error(`pas de clé pour ${first13}`);
}
