import type { Metadata } from "next";
import { StructureForm } from "@/components/admin/structure-form";
import { requireUser } from "@/lib/auth/session";
import { createStructure } from "@/lib/directory/actions";
import { KIND_OPTIONS } from "@/lib/directory/kind-options";

export const metadata: Metadata = { title: "Nouvelle structure" };

export default async function NewStructurePage() {
  await requireUser("EDITOR", "/admin/annuaire/nouvelle");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Nouvelle structure</h1>
      <StructureForm action={createStructure} kinds={KIND_OPTIONS} />
    </>
  );
}
