// The parameters of the open-data API and downloads: the directory's own URL names (?q=…&type=ACI&departement=57
// &commune=57463&rayon=10), plus `date_maj_min` for incremental harvesting and `page`/`size`. Unlike the HTML
// directory, which shows whatever it can of a mistyped URL, a program gets a 400 naming the parameter at fault:
// this schema both checks them and describes them in /api/v1/openapi.json.
import { z } from "zod";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { paramsOf } from "@/lib/directory/search-key";
import { parseDirectoryQuery, RADII, type DirectoryQuery } from "@/lib/directory/search-params";

// zod's own messages (a parameter repeated where one is expected) in French too.
z.config(z.locales.fr());

const KINDS = Object.keys(STRUCTURE_KINDS) as [keyof typeof STRUCTURE_KINDS, ...(keyof typeof STRUCTURE_KINDS)[]];
const DECIMAL = /^-?\d{1,3}(\.\d+)?$/;

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 100;

const filters = {
  q: z.string().max(200, "q : 200 caractères au plus.").optional().meta({
    description:
      "Texte cherché : nom, enseigne, ville, code postal ou SIRET (chaque mot doit commencer un mot de la fiche).",
  }),
  type: z
    .array(z.enum(KINDS, { message: `type : l’un de ${KINDS.join(", ")}.` }))
    .max(8)
    .optional()
    .meta({ description: "Types de structures, répétable : type=ACI&type=EI." }),
  region: z
    .string()
    .regex(/^\d{2}$/, "region : un code de région INSEE à 2 chiffres, par exemple 44.")
    .optional()
    .meta({ description: "Code INSEE de la région." }),
  departement: z
    .string()
    .regex(/^(\d{2}|2A|2B|\d{3})$/, "departement : un code comme 57, 2A ou 974.")
    .optional()
    .meta({ description: "Code du département." }),
  commune: z
    .string()
    .regex(/^[0-9][0-9AB][0-9]{3}$/, "commune : un code INSEE de commune à 5 caractères, par exemple 57463.")
    .optional()
    .meta({ description: "Code INSEE d’une commune : ses structures, et celles à moins de `rayon` km." }),
  lat: z
    .string()
    .regex(DECIMAL, "lat : une latitude en degrés décimaux, par exemple 49.119.")
    .refine((value) => Math.abs(Number(value)) <= 90, "lat : entre -90 et 90.")
    .optional()
    .meta({ description: "Latitude d’un point (avec lon) : les structures à moins de `rayon` km." }),
  lon: z
    .string()
    .regex(DECIMAL, "lon : une longitude en degrés décimaux, par exemple 6.176.")
    .refine((value) => Math.abs(Number(value)) <= 180, "lon : entre -180 et 180.")
    .optional()
    .meta({ description: "Longitude du point (avec lat)." }),
  rayon: z
    .enum(RADII.map(String) as [string, ...string[]], { message: `rayon : l’un de ${RADII.join(", ")} (km).` })
    .optional()
    .meta({ description: "Rayon en km autour de la commune ou du point (25 par défaut)." }),
  date_maj_min: z.iso
    .date("date_maj_min : une date AAAA-MM-JJ.")
    .optional()
    .meta({ description: "Seulement les fiches modifiées ce jour-là ou après : pour moissonner les changements." }),
};

const checkPlace = (params: { lat?: string; lon?: string; commune?: string }, context: z.RefinementCtx) => {
  if ((params.lat === undefined) !== (params.lon === undefined)) {
    context.addIssue({ code: "custom", message: "lat et lon vont ensemble.", path: ["lat"] });
  }
  if (params.commune && params.lat) {
    context.addIssue({ code: "custom", message: "commune ou lat/lon, pas les deux.", path: ["commune"] });
  }
};

/** A search of the downloads: the filters only (a download is the whole search). */
export const exportParamsSchema = z.strictObject(filters).superRefine(checkPlace);

/** A page of the API. */
export const apiParamsSchema = z
  .strictObject({
    ...filters,
    page: z.coerce
      .number({ message: "page : un nombre entier à partir de 1." })
      .int("page : un nombre entier à partir de 1.")
      .min(1, "page : un nombre entier à partir de 1.")
      .max(100_000, "page : 100 000 au plus.")
      .default(1)
      .meta({ description: "Numéro de la page, à partir de 1." }),
    size: z.coerce
      .number({ message: `size : un nombre entier de 1 à ${MAX_PAGE_SIZE}.` })
      .int(`size : un nombre entier de 1 à ${MAX_PAGE_SIZE}.`)
      .min(1, `size : un nombre entier de 1 à ${MAX_PAGE_SIZE}.`)
      .max(MAX_PAGE_SIZE, `size : un nombre entier de 1 à ${MAX_PAGE_SIZE}.`)
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: `Structures par page (${DEFAULT_PAGE_SIZE} par défaut, ${MAX_PAGE_SIZE} au plus).` }),
  })
  .superRefine(checkPlace);

export type OpenDataSearch = { query: DirectoryQuery; updatedSince: string | null };

/** Query-string parameters as the schemas read them: `type` always a list, every other one a single value. */
export const rawParams = (search: URLSearchParams) => paramsOf(search, ["type"]);

/** The directory's own query for checked parameters: the same search the list shows. */
export function toSearch(params: z.infer<typeof exportParamsSchema>): OpenDataSearch {
  const query = parseDirectoryQuery({
    q: params.q,
    type: params.type,
    region: params.region,
    departement: params.departement,
    commune: params.commune,
    lat: params.lat,
    lon: params.lon,
    rayon: params.rayon,
  });
  return { query, updatedSince: params.date_maj_min ?? null };
}
