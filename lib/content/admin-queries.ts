// Back-office reads of the page text and the video settings, each checking the session and role itself.
import "server-only";
import { assertStaff } from "@/lib/auth/session";
import { SECTION_KEY } from "@/lib/content/schema";
import { db } from "@/lib/database/db";

export async function listSectionsForEditing() {
  await assertStaff("EDITOR");
  return db.pageSection.findMany({
    orderBy: { position: "asc" },
    select: { key: true, heading: true, updatedAt: true },
  });
}

export async function getSectionForEditing(key: string) {
  await assertStaff("EDITOR");
  return SECTION_KEY.test(key) ? db.pageSection.findUnique({ where: { key } }) : null;
}

export async function getVideoForEditing() {
  await assertStaff("EDITOR");
  return db.videoSettings.findUnique({ where: { id: 1 } });
}
