import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listSectionsForEditing } from "@/lib/content/admin-queries";

export const metadata: Metadata = { title: "Textes et vidéo" };

export default async function SectionsPage() {
  await requireUser("EDITOR", "/admin/textes");
  const sections = await listSectionsForEditing();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Textes de la page d’accueil</h1>
      <ol className="mt-6 space-y-2">
        {sections.map((section) => (
          <li key={section.key} className="rounded-xl border border-slate-200 bg-white p-4">
            <Link href={`/admin/textes/${section.key}`}>{section.heading}</Link>
          </li>
        ))}
      </ol>
      <h2 className="mt-10 text-xl font-semibold">Vidéo</h2>
      <p className="mt-2">
        <Link href="/admin/textes/video">Modifier la vidéo de présentation (titre, légende, adresse)</Link>
      </p>
    </>
  );
}
