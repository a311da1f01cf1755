"use server";
// Writes of the directory: one structure at a time, or a CSV import after its preview.
import { updateTag } from "next/cache";
import { z } from "zod";
import { ConflictError, GoneError, InvalidInputError, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import type { StaffUser } from "@/lib/auth/session";
import { id, version } from "@/lib/admin/validation";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/admin/limits";
import { decodeCsv } from "@/lib/directory/csv";
import { parseImportFile } from "@/lib/directory/import-file";
import {
  applyImport,
  expireImportPreviews,
  oneImportAtATime,
  planImport,
  previewIsCurrent,
} from "@/lib/directory/import";
import { displayName, slugBase } from "@/lib/directory/names";
import { STRUCTURE_FIELDS, structureSchema } from "@/lib/directory/schema";
import { IMPORT_SOURCE } from "@/lib/directory/sources";
import { findCommuneCode } from "@/lib/geo/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StructureKind } from "@/lib/generated/prisma/enums";

/** Imports and structure edits run one at a time, so that two imports never interleave. */
const DIRECTORY_LOCK = 72707371;

/** Beyond this many pages, every structure page is expired at once: each tag is a message to every instance. */
const MAX_NAMED_PAGES = 100;

function invalidate(slugs: string[]) {
  // The sitemap, and every cached search of the directory (their pages carry this tag), whatever it matched.
  updateTag(CACHE_TAGS.structures);
  const pages = new Set(slugs);
  if (pages.size > MAX_NAMED_PAGES) updateTag(CACHE_TAGS.structurePages);
  else for (const slug of pages) updateTag(CACHE_TAGS.structure(slug));
}

/**
 * Structures sharing a displayed name, kind and city with these: a page shows its SIRET in its title only
 * while such a homonym exists, so each write refreshes the homonyms of what it touched, before and after.
 */
async function homonymSlugs(tx: Prisma.TransactionClient, slugs: string[]) {
  if (slugs.length === 0) return [];
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT h.slug FROM structure s
      JOIN structure h ON h.sort_name = s.sort_name AND h.kind = s.kind AND h.city = s.city AND h.id <> s.id
     WHERE s.slug = ANY(${slugs})`;
  return rows.map((row) => row.slug);
}

async function checkReferences(
  tx: Prisma.TransactionClient,
  input: { departmentCode: string; siret: string; kind: StructureKind },
  id?: number,
) {
  if ((await tx.department.count({ where: { code: input.departmentCode } })) === 0) {
    throw new InvalidInputError({ departmentCode: [`Département inconnu : ${input.departmentCode}.`] });
  }
  const duplicate = await tx.structure.findUnique({
    where: { siret_kind: { siret: input.siret, kind: input.kind } },
    select: { id: true },
  });
  if (duplicate && duplicate.id !== id) {
    throw new InvalidInputError({ siret: ["Une autre structure de ce type a déjà ce SIRET."] });
  }
}

async function currentValues(tx: Prisma.TransactionClient, structureId: number) {
  const s = await tx.structure.findUnique({ where: { id: structureId } });
  if (!s) return null;
  const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
  return Object.fromEntries([...STRUCTURE_FIELDS, "version" as const].map((field) => [field, text(s[field])]));
}

export const createStructure = staffAction("EDITOR", structureSchema, async (input, user) => {
  const { slug, homonyms } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIRECTORY_LOCK})`;
    await checkReferences(tx, input);
    const base = slugBase(input);
    let slug = base;
    for (let n = 2; await tx.structure.findUnique({ where: { slug } }); n++) slug = `${base}-${n}`;
    const communeCode = await findCommuneCode(tx, input);
    const created = await tx.structure.create({ data: { ...input, slug, communeCode, source: IMPORT_SOURCE } });
    await recordChange(tx, user, {
      action: "create",
      entity: "structure",
      entityId: slug,
      summary: `Structure ajoutée : ${displayName(input)}`,
      after: created,
    });
    return { slug, homonyms: await homonymSlugs(tx, [slug]) };
  });
  invalidate([slug, ...homonyms]);
  return { redirectTo: `/admin/annuaire?enregistre=${encodeURIComponent(slug)}` };
});

/** An empty field (an edit not made from a report) is no report. */
const reportId = z.preprocess((value) => (value === "" ? undefined : value), id.optional());

/** The report an edit answered, closed as corrected in the edit's transaction (if still open: nobody else did). */
async function closeAsCorrected(tx: Prisma.TransactionClient, user: StaffUser, reportId: number, structureId: number) {
  const { count } = await tx.structureReport.updateMany({
    where: { id: reportId, structureId, status: "OPEN" },
    data: { status: "CORRECTED", closedAt: new Date(), closedById: user.id, version: { increment: 1 } },
  });
  if (count === 0) return;
  await recordChange(tx, user, {
    action: "update",
    entity: "structure_report",
    entityId: reportId,
    summary: "Signalement traité : fiche corrigée",
    after: { status: "CORRECTED" },
  });
}

export const updateStructure = staffAction(
  "EDITOR",
  // `report`: the visitor's report this edit answers (from /admin/signalements), closed with the save.
  z.intersection(structureSchema, z.object({ id, version, report: reportId })),
  async ({ id, version, report, ...input }, user) => {
    const { slug, homonyms } = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIRECTORY_LOCK})`;
      const before = await tx.structure.findUnique({ where: { id } });
      if (!before) throw new GoneError();
      await checkReferences(tx, input, id);
      const homonymsBefore = await homonymSlugs(tx, [before.slug]);
      const { count } = await tx.structure.updateMany({
        where: { id, version },
        data: { ...input, communeCode: await findCommuneCode(tx, input), version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError(await currentValues(tx, id));
      const after = await tx.structure.findUniqueOrThrow({ where: { id } });
      await recordChange(tx, user, {
        action: "update",
        entity: "structure",
        entityId: before.slug,
        summary: `Structure modifiée : ${displayName(input)}`,
        before,
        after,
      });
      if (report) await closeAsCorrected(tx, user, report, id);
      return { slug: before.slug, homonyms: [...homonymsBefore, ...(await homonymSlugs(tx, [before.slug]))] };
    });
    invalidate([slug, ...homonyms]);
    if (report) return { redirectTo: `/admin/signalements?corrige=${report}` };
    return { redirectTo: `/admin/annuaire?enregistre=${encodeURIComponent(slug)}` };
  },
);

export const deleteStructure = staffAction("EDITOR", z.object({ id, version }), async ({ id, version }, user) => {
  const slugs = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIRECTORY_LOCK})`;
    const before = await tx.structure.findUnique({ where: { id } });
    if (!before) throw new GoneError();
    const homonyms = await homonymSlugs(tx, [before.slug]);
    const { count } = await tx.structure.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError(await currentValues(tx, id));
    await recordChange(tx, user, {
      action: "delete",
      entity: "structure",
      entityId: before.slug,
      summary: `Structure supprimée : ${displayName(before)}`,
      before,
    });
    return [before.slug, ...homonyms];
  });
  invalidate(slugs);
  return { redirectTo: "/admin/annuaire?supprime=1" };
});

/** Reads the file and keeps it for its preview; nothing is written to the directory. */
export const previewImport = staffAction("EDITOR", z.object({}), async (_input, user, formData) => {
  const file = formData.get("file");
  const refuse = (message: string) => ({ status: "error" as const, message, fieldErrors: { file: [message] } });
  if (!(file instanceof File) || file.size === 0) return refuse("Choisissez un fichier CSV ou JSON.");
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse(`Fichier trop volumineux : ${formatMegabytes(MAX_IMPORT_BYTES)} au plus. Découpez-le en plusieurs.`);
  }
  // One file at a time per server: its text, rows and plan are what a preview holds in memory.
  return oneImportAtATime(async () => {
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    if (decoded.error !== undefined) return refuse(decoded.error);
    const parsed = parseImportFile(decoded.text);
    if (parsed.error !== undefined) return refuse(parsed.error);
    await expireImportPreviews();
    const batch = await db.importBatch.create({
      data: { userId: user.id, fileName: file.name.slice(0, 200), content: decoded.text },
      select: { id: true },
    });
    return { redirectTo: `/admin/annuaire/import/${batch.id}` };
  });
});

/** Applies a previewed file in one transaction, against the directory as it is now. */
export const confirmImport = staffAction("EDITOR", z.object({ batchId: id }), async ({ batchId }, user) => {
  const { written, homonyms } = await oneImportAtATime(() =>
    db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DIRECTORY_LOCK})`;
        // Deleting the batch first makes a second confirmation of the same preview find nothing.
        const batch = await tx.importBatch.findFirst({ where: { id: batchId, userId: user.id } });
        if (!batch || !previewIsCurrent(batch)) throw new GoneError();
        await tx.importBatch.delete({ where: { id: batch.id } });
        const parsed = parseImportFile(batch.content);
        if (parsed.error !== undefined) throw new GoneError();
        const plan = await planImport(tx, parsed.rows);
        const homonymsBefore = await homonymSlugs(
          tx,
          plan.updates.map((update) => update.slug),
        );
        const written = await applyImport(tx, plan, user, batch.fileName);
        return { written, homonyms: [...homonymsBefore, ...(await homonymSlugs(tx, written))] };
      },
      { timeout: 120_000, maxWait: 30_000 },
    ),
  );
  invalidate([...written, ...homonyms]);
  return { redirectTo: `/admin/annuaire?importe=${written.length}` };
});
