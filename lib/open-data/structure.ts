// A structure of the directory as the inclusion ecosystem publishes them: the data·inclusion schema v1
// (github.com/gip-inclusion/data-inclusion-schema, Licence Ouverte 2.0), field for field. The API, the
// downloads and the import all speak it.
import { z } from "zod";
import { truncateAtWord } from "@/lib/format";
import type { StructureKind } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/directory/names";
import { isoDay } from "@/lib/format";

/** The directory's kinds, as data·inclusion's `reseaux_porteurs` values. */
export const KIND_NETWORKS: Record<StructureKind, string> = {
  ACI: "aci",
  AI: "ai",
  EI: "ei",
  EITI: "eiti",
  ETTI: "etti",
  GEIQ: "geiq",
  EA: "ea",
  EATT: "eatt",
};

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** One structure in data·inclusion v1: the fields the schema defines, in its order of importance. */
export const dataInclusionStructure = z
  .object({
    source: z.string().meta({ description: "Producteur de la donnée : l’identifiant de ce site (OPEN_DATA_SOURCE)." }),
    id: z
      .string()
      .meta({ description: "Identifiant de la structure chez ce producteur, stable d’une modification à l’autre." }),
    nom: z
      .string()
      .min(3)
      .max(150)
      .meta({ description: "Nom de la structure : son enseigne, sinon sa raison sociale." }),
    date_maj: z.iso.date().meta({ description: "Date de la dernière modification de la fiche dans l’annuaire." }),
    siret: nullable(z.string().regex(/^\d{14}$/)),
    adresse: nullable(z.string()),
    complement_adresse: nullable(z.string()),
    code_postal: nullable(z.string().regex(/^\d{5}$/)),
    commune: nullable(z.string()),
    code_insee: nullable(z.string().regex(/^\w{5}$/)),
    latitude: nullable(z.number()),
    longitude: nullable(z.number()),
    telephone: nullable(z.string()),
    courriel: nullable(z.email()),
    site_web: nullable(z.url()),
    lien_source: nullable(z.url()).meta({ description: "La page publique de la structure dans l’annuaire." }),
    horaires_accueil: nullable(z.string()),
    accessibilite_lieu: nullable(z.url()),
    description: nullable(z.string().min(5).max(10_000)),
    reseaux_porteurs: nullable(z.array(z.string())).meta({
      description: "Le type de la structure, en valeur du schéma : aci, ai, ei, eiti, etti, geiq, ea, eatt.",
    }),
  })
  .meta({ title: "Structure (data·inclusion v1)" });

export type DataInclusionStructure = z.infer<typeof dataInclusionStructure>;

/** The columns of the downloads, the schema's field names in its order. */
export const DATA_INCLUSION_FIELDS = Object.keys(dataInclusionStructure.shape) as (keyof DataInclusionStructure)[];

/** What the directory holds of a structure, as the open-data reads select it. */
export type OpenDataRow = {
  id: number;
  siret: string;
  kind: StructureKind;
  name: string;
  brand: string | null;
  slug: string;
  address: string | null;
  postalCode: string | null;
  city: string;
  communeCode: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  description: string | null;
  updatedAt: Date;
};

/**
 * The schema's `nom` (3 to 150 characters): the displayed name, else the raison sociale when it fits, else
 * the name cut at a word, or followed by its city when it is too short to be one on its own (« 3F (Paris) »).
 */
function nameOf({ brand, name, city }: Pick<OpenDataRow, "brand" | "name" | "city">) {
  const fits = (text: string): boolean => text.length >= 3 && text.length <= 150;
  const displayed = displayName({ brand, name });
  if (fits(displayed)) return displayed;
  if (fits(name)) return name;
  if (displayed.length > 150) return truncateAtWord(displayed, 150);
  return truncateAtWord(`${displayed} (${city})`, 150);
}

export function toDataInclusion(
  row: OpenDataRow,
  { source, siteUrl }: { source: string; siteUrl: string },
): DataInclusionStructure {
  const description = row.description?.trim() ?? "";
  return {
    source,
    id: String(row.id),
    nom: nameOf(row),
    date_maj: isoDay(row.updatedAt),
    siret: row.siret,
    adresse: row.address,
    complement_adresse: null,
    code_postal: row.postalCode,
    commune: row.city,
    code_insee: row.communeCode,
    latitude: row.latitude,
    longitude: row.longitude,
    telephone: null,
    courriel: null,
    site_web: row.website,
    lien_source: `${siteUrl}/annuaire/${row.slug}`,
    horaires_accueil: null,
    accessibilite_lieu: null,
    // The schema wants 5 characters at least: a shorter text says nothing.
    description: description.length >= 5 ? description.slice(0, 10_000) : null,
    reseaux_porteurs: [KIND_NETWORKS[row.kind]],
  };
}
