import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MandateForm } from "@/components/admin/mandate-form";
import { toDateInput } from "@/lib/admin/dates";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/admin/validation";
import { updateMandate } from "@/lib/mandates/actions";
import { getMandateForEditing } from "@/lib/mandates/admin-queries";

export const metadata: Metadata = { title: "Modifier un mandat" };

export default async function EditMandatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("EDITOR", `/admin/mandats/${id}`);
  const recordId = parseRecordId(id);
  const mandate = recordId === null ? null : await getMandateForEditing(recordId);
  if (!mandate) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Modifier un mandat</h1>
      <MandateForm
        action={updateMandate}
        mandate={{ ...mandate, startsOn: toDateInput(mandate.startsOn), endsOn: toDateInput(mandate.endsOn) }}
      />
    </>
  );
}
