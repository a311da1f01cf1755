// Reads of the home page's prose and of the video pop-in. `find*` query the database; `get*` are the cached
// versions the pages use, invalidated by tag when staff save.
import "server-only";
import { unstable_cache } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/database/db";

export type PageSection = { key: string; eyebrow: string | null; heading: string; body: string };
export type VideoSettings = {
  title: string;
  caption: string;
  videoUrl: string | null;
  transcript: string;
  captionsUrl: string | null;
  describedUrl: string | null;
};

export async function findPageSections(): Promise<PageSection[]> {
  return db.pageSection.findMany({
    select: { key: true, eyebrow: true, heading: true, body: true },
    orderBy: { position: "asc" },
  });
}

export async function findVideoSettings(): Promise<VideoSettings | null> {
  return db.videoSettings.findUnique({
    where: { id: 1 },
    select: { title: true, caption: true, videoUrl: true, transcript: true, captionsUrl: true, describedUrl: true },
  });
}

export const getPageSections = unstable_cache(findPageSections, ["page-sections"], { tags: [CACHE_TAGS.sections] });
export const getVideoSettings = unstable_cache(findVideoSettings, ["video-settings"], { tags: [CACHE_TAGS.video] });
