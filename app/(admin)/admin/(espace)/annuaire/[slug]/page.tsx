import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StructureForm } from "@/components/admin/structure-form";
import { requireUser } from "@/lib/auth/session";
import { updateStructure } from "@/lib/directory/actions";
import { getStructureForEditing } from "@/lib/directory/admin-queries";
import { KIND_OPTIONS } from "@/lib/directory/kind-options";

export const metadata: Metadata = { title: "Modifier une structure" };

export default async function EditStructurePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireUser("EDITOR", `/admin/annuaire/${slug}`);
  const structure = await getStructureForEditing(slug);
  if (!structure) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Modifier « {structure.brand ?? structure.name} »</h1>
      <p className="mt-2">
        <Link href={`/annuaire/${structure.slug}`}>Voir la page publique</Link>
      </p>
      <StructureForm action={updateStructure} structure={structure} kinds={KIND_OPTIONS} />
    </>
  );
}
