import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/delete-form";
import { requireUser } from "@/lib/auth/session";
import { deleteStructure } from "@/lib/directory/actions";
import { getStructureForEditing } from "@/lib/directory/admin-queries";
import { displayName } from "@/lib/directory/names";

export const metadata: Metadata = { title: "Supprimer une structure" };

export default async function DeleteStructurePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireUser("EDITOR", `/admin/annuaire/${slug}/supprimer`);
  const structure = await getStructureForEditing(slug);
  if (!structure) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Supprimer une structure</h1>
      <DeleteForm
        action={deleteStructure}
        id={structure.id}
        version={structure.version}
        what={displayName(structure)}
        cancelHref="/admin/annuaire"
      />
    </>
  );
}
