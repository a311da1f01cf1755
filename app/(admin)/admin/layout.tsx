import type { Metadata } from "next";

// Every back-office page depends on who is asking: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Back-office", template: "%s · Back-office Groupe SNS" },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="flex min-h-screen flex-col bg-slate-50">{children}</div>;
}
