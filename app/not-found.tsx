import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { PageShell } from "@/components/site/page-shell";

export const metadata: Metadata = { title: "Page introuvable", robots: { index: false } };

/** Addresses that match no route at all. */
export default function NotFound() {
  return (
    <PageShell>
      <NotFoundContent />
    </PageShell>
  );
}
