import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/delete-form";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/admin/validation";
import { deleteMandate } from "@/lib/mandates/actions";
import { getMandateForEditing } from "@/lib/mandates/admin-queries";

export const metadata: Metadata = { title: "Supprimer un mandat" };

export default async function DeleteMandatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("EDITOR", `/admin/mandats/${id}/supprimer`);
  const recordId = parseRecordId(id);
  const mandate = recordId === null ? null : await getMandateForEditing(recordId);
  if (!mandate) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Supprimer un mandat</h1>
      <DeleteForm
        action={deleteMandate}
        id={mandate.id}
        version={mandate.version}
        what={`le mandat « ${mandate.role} — ${mandate.organisation} »`}
        cancelHref="/admin/mandats"
      />
    </>
  );
}
