// Names, navigation and the public base URL of the site.
import "server-only";
import type { Metadata } from "next";
import { parseServerEnv } from "@/lib/env";

export const site = {
  name: "Groupe SNS — Atelier Chantier d’Insertion",
  shortName: "Groupe SNS",
  description:
    "L’Atelier Chantier d’Insertion du Groupe SNS, en Moselle (Grand Est), membre du réseau national Chantier École : l’insertion par l’activité économique et un annuaire des structures de l’IAE.",
  locale: "fr_FR",
  navigation: [
    { href: "/", label: "L’ACI SNS" },
    { href: "/annuaire", label: "Annuaire de l’IAE" },
  ],
} as const;

/**
 * The absolute URL of a page, from SITE_URL. The home page has no trailing slash, as Next.js writes its
 * canonical link, so that the sitemap, the canonical links and the structured data all agree.
 */
export function siteUrl(pathname = "/") {
  const base = parseServerEnv().SITE_URL;
  return pathname === "/" ? base : `${base}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
}

/** A page of text's metadata: its title and description, for search engines and for a shared link alike. */
export function textPageMetadata(path: string, title: string, description: string): Metadata {
  return { title, description, alternates: { canonical: path }, openGraph: { url: path, title, description } };
}
