// Cache tags of the public reads: each write invalidates exactly the tags of what it changed.
export const CACHE_TAGS = {
  sections: "page-sections",
  video: "video-settings",
  counts: "structure-counts",
  networkFigures: "network-figures",
  mandates: "mandates",
  geography: "geography",
  /** Every structure: the sitemap and the directory's lists. */
  structures: "structures",
  /** The results of directory searches: kept in memory only (lib/cache/shared-invalidation-handler.mjs). */
  searches: "directory-search",
  structure: (slug: string) => `structure:${slug}`,
} as const;
