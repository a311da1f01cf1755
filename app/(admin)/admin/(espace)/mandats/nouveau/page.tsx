import type { Metadata } from "next";
import { MandateForm } from "@/components/admin/mandate-form";
import { requireUser } from "@/lib/auth/session";
import { createMandate } from "@/lib/mandates/actions";

export const metadata: Metadata = { title: "Nouveau mandat" };

export default async function NewMandatePage() {
  await requireUser("EDITOR", "/admin/mandats/nouveau");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Nouveau mandat</h1>
      <MandateForm action={createMandate} />
    </>
  );
}
