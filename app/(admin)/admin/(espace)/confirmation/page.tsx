import type { Metadata } from "next";
import { PasswordConfirmationForm } from "@/components/admin/account-forms";
import { PasskeyVerification } from "@/components/admin/second-factor-forms";
import { getOwnSecondFactor } from "@/lib/auth/admin-queries";
import { confirmWithPasskey, confirmWithPassword, passkeyConfirmationOptions } from "@/lib/auth/proof-actions";
import { safeReturn } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Confirmer votre identité" };

type Props = { searchParams: Promise<{ retour?: string }> };

export default async function ConfirmationPage({ searchParams }: Props) {
  const retour = safeReturn((await searchParams).retour);
  // A login is a proof in itself: whoever logs in from here goes straight back to the page they came from.
  const user = await requireUser("EDITOR", retour);
  const factor = await getOwnSecondFactor();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Confirmer votre identité</h1>
      <p className="mt-2 max-w-xl text-slate-700">
        Ajouter ou retirer un moyen de connexion, créer un compte ou en changer l’accès demande une confirmation de
        moins de 10 minutes : une session restée ouverte sur un autre appareil ne doit pas suffire. Compte :{" "}
        {user.email}.
      </p>
      {factor.passkeys.length > 0 ? (
        <PasskeyVerification retour={retour} getOptions={passkeyConfirmationOptions} answerWith={confirmWithPasskey} />
      ) : null}
      <PasswordConfirmationForm action={confirmWithPassword} retour={retour} />
    </>
  );
}
