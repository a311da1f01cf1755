import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DirectoryBreadcrumb } from "@/components/directory/directory-breadcrumb";
import { KindBadge } from "@/components/directory/kind-badge";
import { StructureLocator } from "@/components/directory/structure-locator";
import { displayName } from "@/lib/directory/names";
import { JsonLd } from "@/components/json-ld";
import { IntentLink } from "@/components/site/intent-link";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { describeSource } from "@/lib/directory/sources";
import { getStructureBySlug, type StructureDetail } from "@/lib/directory/queries";
import { formatDate, truncateAtWord } from "@/lib/format";
import { siteUrl } from "@/lib/site";

type Props = { params: Promise<{ slug: string }> };

// Slugs come from the source data: letters, digits and dashes (2A and 2B keep their capitals).
const SLUG = /^[A-Za-z0-9-]{1,200}$/;

// Structure pages are rendered on their first visit, then served from the cache until staff edit them.
export async function generateStaticParams() {
  return [];
}

async function findStructure(params: Props["params"]) {
  const { slug } = await params;
  return SLUG.test(slug) ? getStructureBySlug(slug) : null;
}

function summary(structure: StructureDetail) {
  const kind = STRUCTURE_KINDS[structure.kind].label;
  const place = `${structure.city} (${structure.departmentName})`;
  const text = structure.description?.replace(/\s+/g, " ").trim();
  // Homonyms (same name, kind and city) are told apart by their SIRET, in the title and the description.
  const siret = `SIRET ${structure.siret}`;
  if (!text) return `${kind} à ${place}, ${siret}.`;
  const lead = structure.homonyms > 0 ? `${kind} à ${place}, ${siret}.` : `${kind} à ${place}.`;
  return truncateAtWord(`${lead} ${text}`, 200);
}

function title(structure: StructureDetail) {
  const base = `${displayName(structure)}, ${STRUCTURE_KINDS[structure.kind].label.toLowerCase()} à ${structure.city}`;
  return structure.homonyms > 0 ? `${base} (SIRET ${structure.siret})` : base;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // The page itself answers 404 for an unknown slug; its not-found page brings its own metadata.
  const structure = await findStructure(params);
  if (!structure) return {};
  const url = `/annuaire/${structure.slug}`;
  return {
    title: title(structure),
    description: summary(structure),
    alternates: { canonical: url },
    openGraph: { url, title: title(structure), description: summary(structure), type: "website" },
  };
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-3 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-slate-900 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}

export default async function StructurePage({ params }: Props) {
  const structure = await findStructure(params);
  if (!structure) notFound();
  const kind = STRUCTURE_KINDS[structure.kind];
  const name = displayName(structure);
  const url = siteUrl(`/annuaire/${structure.slug}`);
  const hasCoordinates = structure.latitude !== null && structure.longitude !== null;

  return (
    <div className="mx-auto max-w-4xl px-4 py-10 sm:px-6">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name,
          legalName: structure.name,
          url,
          ...(structure.website ? { sameAs: [structure.website] } : {}),
          identifier: { "@type": "PropertyValue", propertyID: "SIRET", value: structure.siret },
          address: {
            "@type": "PostalAddress",
            ...(structure.address ? { streetAddress: structure.address } : {}),
            ...(structure.postalCode ? { postalCode: structure.postalCode } : {}),
            addressLocality: structure.city,
            ...(structure.regionName ? { addressRegion: structure.regionName } : {}),
            addressCountry: "FR",
          },
          ...(hasCoordinates
            ? { geo: { "@type": "GeoCoordinates", latitude: structure.latitude, longitude: structure.longitude } }
            : {}),
        }}
      />
      <DirectoryBreadcrumb name={name} path={`/annuaire/${structure.slug}`} />

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <KindBadge kind={structure.kind} />
        <span className="text-sm text-slate-700">{kind.label}</span>
      </div>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-brand-900">{name}</h1>
      {structure.brand && structure.brand !== structure.name ? (
        <p className="mt-1 text-slate-700">Raison sociale : {structure.name}</p>
      ) : null}

      {structure.description ? (
        <div className="mt-6 max-w-[68ch] leading-relaxed whitespace-pre-line text-slate-800">
          {structure.description}
        </div>
      ) : null}

      <section aria-labelledby="fiche" className="mt-8">
        <h2 id="fiche" className="text-xl font-semibold text-slate-900">
          Informations
        </h2>
        <dl className="mt-3">
          <Field label="Type de structure">
            {kind.label} ({structure.kind})
            {kind.isSiae ? ", structure de l’insertion par l’activité économique (SIAE)" : ""}
          </Field>
          <Field label="SIRET">
            <span className="tabular-nums">
              {structure.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4")}
            </span>
          </Field>
          <Field label="Adresse">
            <address className="not-italic">
              {structure.address ? (
                <>
                  {structure.address}
                  <br />
                </>
              ) : null}
              {structure.postalCode} {structure.city}
            </address>
          </Field>
          <Field label="Département">
            <IntentLink href={`/annuaire/departement/${structure.departmentCode}`}>
              {structure.departmentName} ({structure.departmentCode})
            </IntentLink>
          </Field>
          <Field label="Région">{structure.regionName ?? "Hors région (collectivité d’outre-mer)"}</Field>
          {hasCoordinates ? (
            <Field label="Localisation">
              <StructureLocator
                name={name}
                departmentCode={structure.departmentCode}
                latitude={structure.latitude!}
                longitude={structure.longitude!}
              />
            </Field>
          ) : null}
          <Field label="Site internet">
            {structure.website ? (
              <a href={structure.website} rel="noopener noreferrer nofollow" className="break-all">
                {structure.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                <span className="sr-only"> (site externe)</span>
              </a>
            ) : (
              "Non renseigné"
            )}
          </Field>
        </dl>
      </section>

      <section aria-labelledby="type" className="mt-8 rounded-2xl bg-brand-50 p-5">
        <h2 id="type" className="font-semibold text-brand-900">
          Qu’est-ce qu’une structure de type {structure.kind} ?
        </h2>
        <p className="mt-2 text-slate-800">{kind.explanation}</p>
      </section>

      <p className="mt-8 text-sm text-slate-600">
        Source : {describeSource(structure.source)}. Fiche mise à jour le {formatDate(structure.updatedAt.slice(0, 10))}
        .
      </p>
      <p className="mt-2 text-sm">
        Une information est fausse ou a changé ?{" "}
        <IntentLink href={`/annuaire/${structure.slug}/signaler`}>Signaler une erreur</IntentLink>
      </p>
      <p className="mt-4">
        <IntentLink href="/annuaire">← Retour à l’annuaire</IntentLink>
      </p>
    </div>
  );
}
