import type { Metadata } from "next";
import { CountsChart } from "@/components/home/counts-chart";
import { HomeSection } from "@/components/home/home-section";
import { KeyFigures } from "@/components/home/key-figures";
import { MandateList } from "@/components/home/mandate-list";
import { VideoDialog } from "@/components/home/video-dialog";
import { JsonLd } from "@/components/json-ld";
import { Markdown } from "@/components/markdown";
import { IntentLink } from "@/components/site/intent-link";
import { fillPlaceholders, placeholderValues } from "@/lib/content/placeholders";
import { getPageSections, getVideoSettings } from "@/lib/content/queries";
import { toVideoSource } from "@/lib/content/video";
import { totalOf } from "@/lib/figures/figures";
import { getNetworkFigures, getStructureCounts } from "@/lib/figures/queries";
import { frenchTypography } from "@/lib/format";
import { getMandates } from "@/lib/mandates/queries";
import { site, siteUrl } from "@/lib/site";

export const metadata: Metadata = {
  title: { absolute: "L’Atelier Chantier d’Insertion du Groupe SNS, en Moselle" },
  description: site.description,
  alternates: { canonical: "/" },
  openGraph: { url: "/", title: "L’Atelier Chantier d’Insertion du Groupe SNS", description: site.description },
};

const HERO_KEY = "presentation";

export default async function HomePage() {
  const [sections, counts, figures, mandates, video] = await Promise.all([
    getPageSections(),
    getStructureCounts(),
    getNetworkFigures(),
    getMandates(),
    getVideoSettings(),
  ]);
  const values = placeholderValues({ total: totalOf(counts), figures });
  const hero = sections.find((section) => section.key === HERO_KEY);
  const videoSource = toVideoSource(video?.videoUrl);
  // What the data adds to a section of prose, by the section's key: beside the text, or below it.
  const asides: Record<string, React.ReactNode> = {
    siae: counts.length > 0 ? <CountsChart counts={counts} /> : null,
  };
  const additions: Record<string, React.ReactNode> = {
    engagement: <MandateList mandates={mandates} />,
    "chantier-ecole": figures ? <KeyFigures figures={figures} /> : null,
  };

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: "Groupe SNS — Atelier Chantier d’Insertion",
          url: siteUrl("/"),
          description: site.description,
          areaServed: { "@type": "AdministrativeArea", name: "Moselle" },
          address: { "@type": "PostalAddress", addressRegion: "Grand Est", addressCountry: "FR" },
          memberOf: { "@type": "Organization", name: "Chantier École" },
        }}
      />
      <section aria-labelledby="titre" className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-14 sm:px-6 sm:py-20">
          {hero?.eyebrow ? (
            <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">
              {frenchTypography(hero.eyebrow)}
            </p>
          ) : null}
          <h1 id="titre" className="mt-2 max-w-3xl text-3xl font-bold tracking-tight text-brand-900 sm:text-5xl">
            {frenchTypography(fillPlaceholders(hero?.heading ?? site.name, values))}
          </h1>
          {hero ? (
            <div className="mt-6 text-lg">
              <Markdown>{fillPlaceholders(hero.body, values)}</Markdown>
            </div>
          ) : null}
          <div className="mt-8 flex flex-wrap items-center gap-3">
            <IntentLink
              href="/annuaire"
              className="rounded-full bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
            >
              Consulter l’annuaire de l’IAE
            </IntentLink>
            {video && videoSource ? (
              <VideoDialog
                title={video.title}
                caption={video.caption}
                source={videoSource}
                transcript={video.transcript}
                captionsUrl={video.captionsUrl}
                describedUrl={video.describedUrl}
              />
            ) : null}
          </div>
        </div>
      </section>
      {sections
        .filter((section) => section.key !== HERO_KEY)
        .map((section, index) => (
          <HomeSection
            key={section.key}
            section={section}
            values={values}
            isShaded={index % 2 === 1}
            aside={asides[section.key]}
          >
            {additions[section.key]}
          </HomeSection>
        ))}
    </>
  );
}
