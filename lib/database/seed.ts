// Fills an empty database with the site's own content and the directory's demo data, from prisma/seed/.
// Idempotent: it only creates what is missing and never overwrites what staff have since edited.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { createPrismaClient } from "@/lib/database/client";
import { isStructureKind } from "@/lib/directory/kinds";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedCommunes, type CommuneSeedReport } from "@/lib/geo/seed-communes";
import { MANDATES, NETWORK_FIGURES, SECTIONS, STRUCTURE_COUNTS, VIDEO_SETTINGS } from "@/prisma/seed/content";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");

/** Not in geo.api.gouv.fr's list of départements: a collectivité d'outre-mer, in no région. */
const SAINT_PIERRE_ET_MIQUELON = { code: "975", name: "Saint-Pierre-et-Miquelon", regionCode: null };

const SEED_LOCK_KEY = 72707370;

type SampleRow = Record<string, string>;

const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);
const numberOrNull = (value: string | undefined) => (value?.trim() ? Number(value) : null);

export function toStructure(row: SampleRow): Prisma.StructureCreateManyInput {
  const kind = row.kind ?? "";
  if (!isStructureKind(kind)) throw new Error(`Type de structure inconnu « ${kind} » (SIRET ${row.siret})`);
  return {
    siret: row.siret ?? "",
    kind,
    name: row.name?.trim() ?? "",
    brand: orNull(row.brand),
    slug: row.slug ?? "",
    address: orNull(row.address),
    postalCode: orNull(row.post_code),
    city: row.city?.trim() ?? "",
    departmentCode: row.department ?? "",
    latitude: numberOrNull(row.latitude),
    longitude: numberOrNull(row.longitude),
    website: orNull(row.website),
    description: orNull(row.description),
    source: row.source?.trim() || "ASP",
    createdAt: row.created_at ? new Date(row.created_at) : undefined,
    updatedAt: row.updated_at ? new Date(row.updated_at) : undefined,
  };
}

async function readJson<T>(file: string): Promise<T> {
  return JSON.parse(await readFile(path.join(SEED_DIR, file), "utf8")) as T;
}

export type SeedReport = Record<"regions" | "departments" | "structures" | "sections" | "counts" | "mandates", number> &
  CommuneSeedReport;

export async function seed(databaseUrl: string): Promise<SeedReport> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const regions = await readJson<{ code: string; nom: string }[]>("geoapi_regions.json");
    const departments = await readJson<{ code: string; nom: string; codeRegion: string }[]>("geoapi_departements.json");
    const csv = await readFile(path.join(SEED_DIR, "siae-sample-3853.csv"), "utf8");
    const structures = (parse(csv, { columns: true, skip_empty_lines: true }) as SampleRow[]).map(toStructure);

    // One seed at a time (two processes starting together), all or nothing.
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
        return seedWith(tx, { regions, departments, structures });
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * In batches small enough that Prisma sends each as one statement: its own chunking would run the chunks
 * concurrently on the transaction's single connection, which node-postgres deprecates.
 */
async function createStructures(prisma: Prisma.TransactionClient, structures: Prisma.StructureCreateManyInput[]) {
  let created = 0;
  for (let start = 0; start < structures.length; start += 1000) {
    const batch = structures.slice(start, start + 1000);
    created += (await prisma.structure.createMany({ data: batch, skipDuplicates: true })).count;
  }
  return created;
}

async function seedWith(
  prisma: Prisma.TransactionClient,
  input: {
    regions: { code: string; nom: string }[];
    departments: { code: string; nom: string; codeRegion: string }[];
    structures: Prisma.StructureCreateManyInput[];
  },
): Promise<SeedReport> {
  const { regions, departments, structures } = input;
  const report: SeedReport = {
    regions: (
      await prisma.region.createMany({
        data: regions.map((r) => ({ code: r.code, name: r.nom })),
        skipDuplicates: true,
      })
    ).count,
    departments: (
      await prisma.department.createMany({
        data: [
          ...departments.map((d) => ({ code: d.code, name: d.nom, regionCode: d.codeRegion })),
          SAINT_PIERRE_ET_MIQUELON,
        ],
        skipDuplicates: true,
      })
    ).count,
    structures: await createStructures(prisma, structures),
    // After the structures: a commune without a point of its own may take the centre of its structures.
    ...(await seedCommunes(prisma)),
    sections: (
      await prisma.pageSection.createMany({
        data: SECTIONS.map((section, index) => ({ ...section, position: index + 1 })),
        skipDuplicates: true,
      })
    ).count,
    counts: (
      await prisma.structureCount.createMany({
        data: STRUCTURE_COUNTS.map((count, index) => ({ ...count, position: index + 1 })),
        skipDuplicates: true,
      })
    ).count,
    // Mandates have no natural key: they are seeded only into an empty table.
    mandates:
      (await prisma.mandate.count()) === 0
        ? (await prisma.mandate.createMany({ data: MANDATES.map((m, index) => ({ ...m, position: index + 1 })) })).count
        : 0,
  };
  await prisma.networkFigures.createMany({ data: [{ id: 1, ...NETWORK_FIGURES }], skipDuplicates: true });
  await prisma.videoSettings.createMany({ data: [{ id: 1, ...VIDEO_SETTINGS }], skipDuplicates: true });
  return report;
}
