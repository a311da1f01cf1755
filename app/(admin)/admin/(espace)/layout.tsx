import { AdminHeader } from "@/components/admin/admin-header";
import { SessionEndNotice } from "@/components/admin/session-end-notice";
import { SkipLink } from "@/components/site/skip-link";
import { getCurrentUser, getStaffSession, timeLeft } from "@/lib/auth/session";
import { countOpenReports } from "@/lib/reports/admin-queries";

// The header needs the account. Every page checks it for itself (requireUser) and sends away whoever may not
// be there, with its own address to come back to: this layout never redirects, so that it never races the
// page with a less precise address.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user)
    return (
      <>
        <SkipLink />
        <main id="contenu" tabIndex={-1} className="focus:outline-none">
          {children}
        </main>
      </>
    );
  const session = await getStaffSession();
  return (
    <>
      <AdminHeader user={user} openReports={await countOpenReports()} />
      {session ? <SessionEndNotice endsAt={session.expiresAt.toISOString()} leftAtRender={timeLeft(session)} /> : null}
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
