import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/admin/content-forms";
import { requireUser } from "@/lib/auth/session";
import { updateSection } from "@/lib/content/actions";
import { getSectionForEditing } from "@/lib/content/admin-queries";
import { PLACEHOLDER_DESCRIPTIONS } from "@/lib/content/placeholders";

export const metadata: Metadata = { title: "Modifier un texte" };

export default async function EditSectionPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  await requireUser("EDITOR", `/admin/textes/${key}`);
  const section = await getSectionForEditing(key);
  if (!section) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Modifier « {section.heading} »</h1>
      <SectionForm action={updateSection} section={section} placeholders={PLACEHOLDER_DESCRIPTIONS} />
    </>
  );
}
