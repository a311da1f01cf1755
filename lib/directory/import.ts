// Importing structures from CSV: a plan that says what would be created, updated, left as is or rejected
// (line and reason), computed against the database; then applied in one transaction.
import { recordChanges } from "@/lib/admin/audit";
import type { StaffUser } from "@/lib/auth/session";
import type { CsvStructure, ParsedRow } from "@/lib/directory/csv";
import { displayName, slugBase } from "@/lib/directory/names";
import { STRUCTURE_FIELDS, type StructureInput } from "@/lib/directory/schema";
import { db } from "@/lib/database/db";
import { communeFinder } from "@/lib/geo/queries";
import { IMPORT_SOURCE } from "@/lib/directory/sources";
import { Prisma } from "@/lib/generated/prisma/client";

/** How long a preview can be confirmed; older ones are deleted at the next preview. */
export const IMPORT_PREVIEW_TTL_MS = 60 * 60 * 1000;

export const previewIsCurrent = (batch: { createdAt: Date }) =>
  Date.now() - batch.createdAt.getTime() < IMPORT_PREVIEW_TTL_MS;

/** Previews nobody confirmed: a file kept in the database for nothing. */
export function expireImportPreviews() {
  return db.importBatch.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - IMPORT_PREVIEW_TTL_MS) } } });
}

let importQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs the reading and planning of import files one after the other in this process: each holds a whole
 * file's text, rows and plan in memory, so concurrent previews would add up.
 */
export function oneImportAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = importQueue.then(work);
  importQueue = result.catch(() => {});
  return result;
}
// What a re-import may change: every field but the identity of the structure (SIRET and kind).
const COMPARED = STRUCTURE_FIELDS.filter((field) => field !== "siret" && field !== "kind");

export type ImportPlan = {
  creates: { line: number; slug: string; data: CsvStructure }[];
  updates: {
    line: number;
    id: number;
    slug: string;
    changed: string[];
    data: CsvStructure;
    before: Record<string, unknown>;
  }[];
  unchanged: { line: number; slug: string }[];
  rejected: { line: number; reason: string }[];
  /** Lines taken, with something the file said that was not: a file's address that could not be kept. */
  warnings: { line: number; message: string }[];
};

/**
 * A file that gives only the displayed name (data·inclusion's `nom`) leaves a structure's enseigne and raison
 * sociale as they are when they already display as that name; another name replaces what was displayed.
 */
function keepNames(data: CsvStructure, current: Record<string, unknown>): CsvStructure {
  if (!data.nameIsDisplayed) return data;
  const brand = typeof current.brand === "string" && current.brand.trim() ? current.brand : null;
  const name = current.name as string;
  if (displayName({ brand, name }) === data.name) return { ...data, name, brand };
  return brand ? { ...data, name, brand: data.name } : data;
}

export async function planImport(tx: Prisma.TransactionClient, rows: ParsedRow[]): Promise<ImportPlan> {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: [], rejected: [], warnings: [] };
  const valid = rows.flatMap((row) => (row.data ? [row] : []));
  const [existing, departments] = await Promise.all([
    tx.structure.findMany({
      where: { siret: { in: [...new Set(valid.map((row) => row.data.siret))] } },
      select: {
        id: true,
        slug: true,
        siret: true,
        kind: true,
        ...Object.fromEntries(COMPARED.map((field) => [field, true])),
      },
    }),
    tx.department.findMany({ select: { code: true } }),
  ]);
  const byKey = new Map(existing.map((s) => [`${s.siret}:${s.kind}`, s]));
  const departmentCodes = new Set(departments.map((d) => d.code));
  const seen = new Map<string, number>();
  const newSlugs = new Set<string>();

  for (const row of rows) {
    if (!row.data) {
      plan.rejected.push({ line: row.line, reason: row.error });
      continue;
    }
    const { data, line } = row;
    const key = `${data.siret}:${data.kind}`;
    if (seen.has(key)) {
      plan.rejected.push({ line, reason: `Même SIRET et même type que la ligne ${seen.get(key)} : ligne ignorée.` });
      continue;
    }
    seen.set(key, line);
    if (!departmentCodes.has(data.departmentCode)) {
      plan.rejected.push({ line, reason: `Département inconnu : ${data.departmentCode}.` });
      continue;
    }
    const current = byKey.get(key) as (Record<string, unknown> & { id: number; slug: string }) | undefined;
    if (current) {
      // Compared and written with the enseigne and raison sociale a data·inclusion file leaves as they are.
      const data = keepNames(row.data, current);
      const changed = COMPARED.filter((field) => (current[field] ?? null) !== (data[field] ?? null));
      if (changed.length === 0) plan.unchanged.push({ line, slug: current.slug });
      else plan.updates.push({ line, id: current.id, slug: current.slug, changed, data, before: current });
      continue;
    }
    plan.creates.push({ line, slug: "", data });
    if (row.warning) plan.warnings.push({ line, message: row.warning });
  }

  // Addresses of new structures: the file's slug when free, else one made from the name and département.
  const wanted = plan.creates.map((c) => c.data.slug ?? slugBase(c.data));
  const taken = new Set(
    plan.creates.length > 0 ? (await tx.structure.findMany({ select: { slug: true } })).map((s) => s.slug) : [],
  );
  plan.creates.forEach((create, index) => {
    const base = wanted[index]!;
    let slug = base;
    for (let n = 2; taken.has(slug) || newSlugs.has(slug); n++) slug = `${base}-${n}`;
    newSlugs.add(slug);
    create.slug = slug;
  });
  return plan;
}

const toRow = (data: CsvStructure) => {
  const { slug: _slug, source: _source, nameIsDisplayed: _displayed, communeCode: _commune, ...fields } = data;
  return fields;
};

/** The fields of a structure as a JSON batch carries them, typed for PostgreSQL. */
const BATCH_COLUMNS = Prisma.sql`r(id int, siret text, kind text, name text, brand text, slug text, address text,
  "postalCode" text, city text, "departmentCode" text, latitude float8, longitude float8, website text,
  description text, "communeCode" text)`;
const BATCH_SIZE = 5_000;

/** Rows 5,000 at a time, each batch one JSON parameter: not one parameter per cell, as createMany binds. */
function batchesOf<T>(rows: T[]) {
  return Array.from({ length: Math.ceil(rows.length / BATCH_SIZE) }, (_, index) =>
    JSON.stringify(rows.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE)),
  );
}

// Prisma's createMany and one update per row took 28 s and 1.6 GB for a 100,000-line file; this, a few
// seconds and a few hundred megabytes.
type Located = { communeCode: string | null };

async function insertStructures(tx: Prisma.TransactionClient, rows: (StructureInput & Located & { slug: string })[]) {
  for (const batch of batchesOf(rows)) {
    await tx.$executeRaw`
      INSERT INTO structure (siret, kind, name, brand, slug, address, postal_code, city, department_code,
                             latitude, longitude, website, description, commune_code, source, updated_at)
      SELECT r.siret, r.kind::"StructureKind", r.name, r.brand, r.slug, r.address, r."postalCode", r.city,
             r."departmentCode", r.latitude, r.longitude, r.website, r.description, r."communeCode",
             ${IMPORT_SOURCE}, now()
        FROM jsonb_to_recordset(${batch}::jsonb) AS ${BATCH_COLUMNS}`;
  }
}

/** Every field but the identity (SIRET and kind), which is how the line found its structure. */
async function updateStructures(tx: Prisma.TransactionClient, rows: (StructureInput & Located & { id: number })[]) {
  for (const batch of batchesOf(rows)) {
    await tx.$executeRaw`
      UPDATE structure s
         SET name = r.name, brand = r.brand, address = r.address, postal_code = r."postalCode", city = r.city,
             department_code = r."departmentCode", latitude = r.latitude, longitude = r.longitude,
             website = r.website, description = r.description, commune_code = r."communeCode",
             version = s.version + 1, updated_at = now()
        FROM jsonb_to_recordset(${batch}::jsonb) AS ${BATCH_COLUMNS}
       WHERE s.id = r.id`;
  }
}

/** Writes the plan; returns the addresses whose pages changed. */
export async function applyImport(tx: Prisma.TransactionClient, plan: ImportPlan, user: StaffUser, fileName: string) {
  // Each structure's commune, from its postal code and city, against the communes of the database.
  const communeOf = await communeFinder(tx);
  await insertStructures(
    tx,
    plan.creates.map((c) => ({ ...toRow(c.data), slug: c.slug, communeCode: communeOf(c.data) })),
  );
  await updateStructures(
    tx,
    plan.updates.map((u) => ({ ...toRow(u.data), id: u.id, communeCode: communeOf(u.data) })),
  );
  await recordChanges(tx, user, [
    {
      action: "import",
      entity: "structure",
      summary: `Import de ${fileName} : ${plan.creates.length} créée(s), ${plan.updates.length} mise(s) à jour, ${plan.unchanged.length} inchangée(s), ${plan.rejected.length} rejetée(s)`,
    },
    ...plan.creates.map((c) => ({
      action: "create" as const,
      entity: "structure",
      entityId: c.slug,
      summary: `Structure importée : ${displayName(c.data)}`,
      after: toRow(c.data),
    })),
    ...plan.updates.map((u) => ({
      action: "update" as const,
      entity: "structure",
      entityId: u.slug,
      summary: `Structure mise à jour par import (${u.changed.join(", ")}) : ${displayName(u.data)}`,
      before: u.before,
      after: toRow(u.data),
    })),
  ]);
  return [...plan.creates.map((c) => c.slug), ...plan.updates.map((u) => u.slug)];
}
