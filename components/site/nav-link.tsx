"use client";

import { usePathname } from "next/navigation";
import { IntentLink } from "@/components/site/intent-link";

/** A navigation link that tells assistive technologies which section is the current one. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const isCurrent = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <IntentLink
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className="rounded px-3 py-2 font-medium text-slate-800 no-underline hover:bg-brand-50 hover:text-brand-900 aria-[current=page]:bg-brand-100 aria-[current=page]:text-brand-900"
    >
      {children}
    </IntentLink>
  );
}
