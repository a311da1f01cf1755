// Cache tags of the public reads: each write invalidates exactly the tags of what it changed.
export const CACHE_TAGS = {
  sections: "page-sections",
  video: "video-settings",
  counts: "structure-counts",
  networkFigures: "network-figures",
  mandates: "mandates",
  geography: "geography",
  /** The directory as a whole: the sitemap and the lists (every search). */
  structures: "structures",
  /** Every structure's own page at once, for writes too large to name them one by one (an import). */
  structurePages: "structure-pages",
  /** The results of directory searches: kept in memory only (lib/cache/shared-invalidation-handler.mjs). */
  searches: "directory-search",
  structure: (slug: string) => `structure:${slug}`,
} as const;
