import type { Metadata } from "next";
import { EndAllSessionsForm, OwnPasswordForm } from "@/components/admin/account-forms";
import { changeOwnPassword, endAllOwnSessions } from "@/lib/accounts/actions";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mon compte" };

export default async function OwnAccountPage() {
  const user = await requireUser("EDITOR", "/admin/compte");
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Mon compte</h1>
      <p className="mt-2 text-slate-700">
        {user.email} — {user.role === "ADMIN" ? "administrateur" : "éditeur"}. Changer de mot de passe met fin à toutes
        vos sessions ouvertes : vous vous reconnecterez avec le nouveau.
      </p>
      <OwnPasswordForm action={changeOwnPassword} />
      <h2 className="mt-10 text-xl font-semibold text-slate-900">Sessions</h2>
      <p className="mt-2 max-w-xl text-slate-700">
        Un appareil perdu, un ordinateur partagé où vous êtes resté(e) connecté(e) : fermez toutes vos sessions, sur
        tous vos appareils, celle-ci comprise.
      </p>
      <EndAllSessionsForm action={endAllOwnSessions} />
    </>
  );
}
