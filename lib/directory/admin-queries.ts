// Back-office reads of the directory, each checking the session and role itself.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { db } from "@/lib/database/db";
import { parseImportFile } from "@/lib/directory/import-file";
import { oneImportAtATime, planImport, previewIsCurrent } from "@/lib/directory/import";
import { searchStructures } from "@/lib/directory/queries";
import type { DirectoryQuery } from "@/lib/directory/search-params";

export async function searchStructuresForEditing(query: DirectoryQuery) {
  await assertStaff("EDITOR");
  return searchStructures(query);
}

export async function getStructureForEditing(slug: string) {
  await assertStaff("EDITOR");
  return db.structure.findUnique({ where: { slug } });
}

/** The preview of an import: what confirming it now would do. Only its author sees it. */
export async function getImportPreview(batchId: number) {
  const user = await assertStaff("EDITOR");
  if (!Number.isInteger(batchId)) return null;
  const batch = await db.importBatch.findFirst({ where: { id: batchId, userId: user.id } });
  if (!batch || !previewIsCurrent(batch)) return null;
  return oneImportAtATime(async () => {
    const parsed = parseImportFile(batch.content);
    if (parsed.error !== undefined) return null;
    const plan = await db.$transaction((tx) => planImport(tx, parsed.rows));
    return { id: batch.id, fileName: batch.fileName, plan };
  });
}
