import { Markdown } from "@/components/markdown";
import { fillPlaceholders, type PlaceholderValues } from "@/lib/content/placeholders";
import type { PageSection } from "@/lib/content/queries";
import { frenchTypography } from "@/lib/format";

/**
 * One block of the home page's prose, with what the data adds: beside the text on wide screens (`aside`,
 * the counts chart) or below it (`children`, the mandates and the network's figures).
 */
export function HomeSection({
  section,
  values,
  isShaded,
  aside,
  children,
}: {
  section: PageSection;
  values: PlaceholderValues;
  isShaded: boolean;
  aside?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const headingId = `section-${section.key}`;
  return (
    <section aria-labelledby={headingId} className={isShaded ? "bg-slate-50" : "bg-white"}>
      <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6 sm:py-16">
        {section.eyebrow ? (
          <p className="text-sm font-semibold tracking-wide text-accent-700 uppercase">{section.eyebrow}</p>
        ) : null}
        <h2 id={headingId} className="text-2xl font-bold tracking-tight text-brand-900 sm:text-3xl">
          {frenchTypography(fillPlaceholders(section.heading, values))}
        </h2>
        <div className={aside ? "mt-5 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] lg:items-start" : "mt-5"}>
          <Markdown>{fillPlaceholders(section.body, values)}</Markdown>
          {aside}
        </div>
        {children}
      </div>
    </section>
  );
}
