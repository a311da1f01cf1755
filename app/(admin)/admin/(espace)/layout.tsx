import { AdminHeader } from "@/components/admin/admin-header";
import { requireUser } from "@/lib/auth/session";
import { countOpenReports } from "@/lib/reports/admin-queries";

// The header needs the account; every page and action still checks it for itself.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AdminHeader user={user} openReports={await countOpenReports()} />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
