import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogoutButton } from "@/components/admin/logout-button";
import { MoreTimeForm, PasskeyVerification, SecondFactorCodeForm } from "@/components/admin/second-factor-forms";
import { safeReturn } from "@/lib/auth/return-path";
import {
  extendSecondFactorWindow,
  passkeyVerificationOptions,
  verifySecondFactor,
  verifyWithPasskey,
} from "@/lib/auth/second-factor-actions";
import { formatTime } from "@/lib/format";
import { getVerificationChoices } from "@/lib/auth/admin-queries";
import { getStaffSession, pathForStage } from "@/lib/auth/session";
import { SkipLink } from "@/components/site/skip-link";

export const metadata: Metadata = { title: "Vérification en deux étapes" };

type Props = { searchParams: Promise<{ retour?: string }> };

export default async function VerificationPage({ searchParams }: Props) {
  const retour = safeReturn((await searchParams).retour);
  const session = await getStaffSession();
  if (!session) redirect(`/admin/connexion?retour=${encodeURIComponent(retour)}`);
  if (session.stage !== "verify") redirect(pathForStage(session.stage, retour));
  const { hasApp, hasPasskeys } = await getVerificationChoices();
  return (
    <>
      <SkipLink />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-16 focus:outline-none">
        <h1 className="text-2xl font-bold text-brand-900">Vérification en deux étapes</h1>
        <p className="mt-2 text-slate-700">
          Mot de passe accepté pour {session.user.email}.{" "}
          {hasApp ? "Saisissez le code de votre application d’authentification" : "Saisissez un code de secours"}
          {hasPasskeys ? ", ou utilisez votre clé d’accès." : "."}
        </p>
        {hasPasskeys ? (
          <PasskeyVerification retour={retour} getOptions={passkeyVerificationOptions} answerWith={verifyWithPasskey} />
        ) : null}
        <SecondFactorCodeForm action={verifySecondFactor} retour={retour} />
        <MoreTimeForm action={extendSecondFactorWindow} retour={retour} until={formatTime(session.secondFactorUntil)} />
        <p className="mt-6 text-sm text-slate-700">
          Plus de téléphone ni de code de secours ? Un administrateur peut réinitialiser votre double authentification.
        </p>
        <div className="mt-4">
          <LogoutButton />
        </div>
      </main>
    </>
  );
}
