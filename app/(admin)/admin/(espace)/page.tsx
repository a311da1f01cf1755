import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Accueil" };

const SECTIONS = [
  {
    href: "/admin/mandats",
    title: "Mandats du Directeur Général",
    text: "Ajouter, modifier, ordonner ou retirer un mandat.",
  },
  {
    href: "/admin/chiffres",
    title: "Chiffres",
    text: "Comptes nationaux des structures par type et chiffres clés du réseau Chantier École.",
  },
  { href: "/admin/textes", title: "Textes et vidéo", text: "Les sections de la page de présentation et la vidéo." },
  { href: "/admin/annuaire", title: "Annuaire", text: "Créer, modifier, supprimer ou importer des structures." },
  { href: "/admin/journal", title: "Journal", text: "Qui a changé quoi, et quand." },
];

export default async function AdminHome({ searchParams }: { searchParams: Promise<{ refus?: string }> }) {
  const user = await requireUser();
  const { refus } = await searchParams;
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Back-office</h1>
      {refus ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-200">
          Cette page est réservée aux administrateurs.
        </p>
      ) : null}
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {[
          ...SECTIONS,
          ...(user.role === "ADMIN"
            ? [{ href: "/admin/comptes", title: "Comptes", text: "Créer, désactiver des comptes, changer leur rôle." }]
            : []),
        ].map((section) => (
          <li key={section.href} className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">
              <Link href={section.href}>{section.title}</Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{section.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
