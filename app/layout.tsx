import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import "./globals.css";
import { site, siteUrl } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: site.name, template: `%s · ${site.shortName}` },
  description: site.description,
  applicationName: site.shortName,
  openGraph: { siteName: site.shortName, locale: site.locale, type: "website" },
  formatDetection: { telephone: false },
};

// Inter's Latin subset (Fontsource's file, self-hosted), which every page's French text is set in. Next.js
// preloads it, so the first layout already has it and is not done again at the swap; its fallback is sized
// like it. Characters outside the subset (arrows) come from the system font.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "swap",
  variable: "--font-inter",
});

export const viewport: Viewport = {
  themeColor: "#116655",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr" className={inter.variable}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
