import type { Metadata } from "next";
import { ImportUploadForm } from "@/components/admin/import-form";
import { requireUser } from "@/lib/auth/session";
import { previewImport } from "@/lib/directory/actions";

export const metadata: Metadata = { title: "Importer des structures" };

export default async function ImportPage() {
  await requireUser("EDITOR", "/admin/annuaire/import");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Importer des structures</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Rien n’est enregistré avant votre confirmation : la prévisualisation liste ce qui sera créé, mis à jour et
        rejeté (avec la ligne et la raison). Une structure est reconnue par son SIRET et son type ; réimporter le même
        fichier ne change rien.
      </p>
      <ImportUploadForm action={previewImport} />
    </>
  );
}
