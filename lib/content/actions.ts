"use server";
// Writes of the home page's text sections and of the video pop-in's settings.
import { updateTag } from "next/cache";
import { ConflictError, GoneError, savedState, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { sectionSchema, videoSchema } from "@/lib/content/schema";
import { db } from "@/lib/database/db";

export const updateSection = staffAction(
  "EDITOR",
  sectionSchema,
  async ({ key, version, ...input }, user, formData) => {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.pageSection.findUnique({ where: { key } });
      if (!before) throw new GoneError();
      const { count } = await tx.pageSection.updateMany({
        where: { key, version },
        data: { ...input, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.pageSection.findUniqueOrThrow({ where: { key } });
        throw new ConflictError({
          eyebrow: current.eyebrow ?? "",
          heading: current.heading,
          body: current.body,
          version: String(current.version),
        });
      }
      const after = await tx.pageSection.findUniqueOrThrow({ where: { key } });
      await recordChange(tx, user, {
        action: "update",
        entity: "page_section",
        entityId: key,
        summary: `Texte modifié : ${after.heading}`,
        before,
        after,
      });
      return after;
    });
    updateTag(CACHE_TAGS.sections);
    return savedState(formData, saved.version);
  },
);

export const updateVideoSettings = staffAction("EDITOR", videoSchema, async ({ version, ...input }, user, formData) => {
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.videoSettings.findUnique({ where: { id: 1 } });
    if (!before) throw new GoneError();
    const { count } = await tx.videoSettings.updateMany({
      where: { id: 1, version },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
      throw new ConflictError({
        title: current.title,
        caption: current.caption,
        videoUrl: current.videoUrl ?? "",
        transcript: current.transcript,
        captionsUrl: current.captionsUrl ?? "",
        describedUrl: current.describedUrl ?? "",
        version: String(current.version),
      });
    }
    const after = await tx.videoSettings.findUniqueOrThrow({ where: { id: 1 } });
    await recordChange(tx, user, {
      action: "update",
      entity: "video_settings",
      entityId: 1,
      summary: "Réglages de la vidéo modifiés",
      before,
      after,
    });
    return after;
  });
  updateTag(CACHE_TAGS.video);
  return savedState(formData, saved.version);
});
