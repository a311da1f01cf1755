import { Markdown } from "@/components/markdown";
import { fillPlaceholders, type PlaceholderValues } from "@/lib/content/placeholders";
import type { PageSection } from "@/lib/content/queries";
import { frenchTypography } from "@/lib/format";

/** One block of the home page's prose, with what the data adds below it (mandates, counts, figures). */
export function HomeSection({
  section,
  values,
  isShaded,
  children,
}: {
  section: PageSection;
  values: PlaceholderValues;
  isShaded: boolean;
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
        <div className="mt-5">
          <Markdown>{fillPlaceholders(section.body, values)}</Markdown>
        </div>
        {children}
      </div>
    </section>
  );
}
