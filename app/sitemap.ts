import type { MetadataRoute } from "next";
import { getDepartmentsWithStructures, getStructureSitemapEntries } from "@/lib/directory/queries";
import { siteUrl } from "@/lib/site";

// One file holds up to 50,000 addresses; the directory is far below that.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [structures, departments] = await Promise.all([getStructureSitemapEntries(), getDepartmentsWithStructures()]);
  return [
    { url: siteUrl("/"), changeFrequency: "monthly", priority: 1 },
    { url: siteUrl("/annuaire"), changeFrequency: "weekly", priority: 0.8 },
    { url: siteUrl("/donnees"), changeFrequency: "monthly", priority: 0.5 },
    { url: siteUrl("/accessibilite"), changeFrequency: "yearly", priority: 0.2 },
    { url: siteUrl("/confidentialite"), changeFrequency: "yearly", priority: 0.2 },
    { url: siteUrl("/plan-du-site"), changeFrequency: "monthly", priority: 0.2 },
    ...departments.map((code) => ({
      url: siteUrl(`/annuaire/departement/${code}`),
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...structures.map((structure) => ({
      url: siteUrl(`/annuaire/${structure.slug}`),
      lastModified: structure.updatedAt,
      changeFrequency: "yearly" as const,
      priority: 0.5,
    })),
  ];
}
