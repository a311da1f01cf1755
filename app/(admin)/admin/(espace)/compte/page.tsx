import type { Metadata } from "next";
import { OwnPasswordForm } from "@/components/admin/account-forms";
import { changeOwnPassword } from "@/lib/accounts/actions";
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
    </>
  );
}
