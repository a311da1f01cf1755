import Link from "next/link";
import { LogoutButton } from "@/components/admin/logout-button";
import { NavLink } from "@/components/site/nav-link";
import { SkipLink } from "@/components/site/skip-link";
import type { StaffUser } from "@/lib/auth/session";

const SECTIONS = [
  { href: "/admin/mandats", label: "Mandats" },
  { href: "/admin/chiffres", label: "Chiffres" },
  { href: "/admin/textes", label: "Textes et vidéo" },
  { href: "/admin/annuaire", label: "Annuaire" },
  { href: "/admin/journal", label: "Journal" },
];

export function AdminHeader({ user, openReports }: { user: StaffUser; openReports: number }) {
  const reports = { href: "/admin/signalements", label: `Signalements (${openReports})` };
  const sections = [...SECTIONS.slice(0, 4), reports, ...SECTIONS.slice(4)];
  if (user.role === "ADMIN") sections.push({ href: "/admin/comptes", label: "Comptes" });
  return (
    <header className="border-b border-slate-200 bg-white">
      <SkipLink />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/admin" className="font-semibold text-slate-900 no-underline">
          Back-office · Groupe SNS
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link href="/admin/compte">{user.email}</Link>
          <span className="text-slate-600">({user.role === "ADMIN" ? "administrateur" : "éditeur"})</span>
          <LogoutButton />
        </div>
      </div>
      <nav aria-label="Sections du back-office" className="mx-auto max-w-6xl px-4 pb-2 sm:px-6">
        <ul className="flex flex-wrap gap-1 text-sm">
          {sections.map((section) => (
            <li key={section.href}>
              <NavLink href={section.href}>{section.label}</NavLink>
            </li>
          ))}
          <li>
            <Link href="/" className="inline-block px-3 py-2">
              Voir le site
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
