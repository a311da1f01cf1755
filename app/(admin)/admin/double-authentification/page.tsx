import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LogoutButton } from "@/components/admin/logout-button";
import { PasskeyRegistration, TotpEnrolmentForm } from "@/components/admin/second-factor-forms";
import { confirmationPath, safeReturn } from "@/lib/auth/return-path";
import { confirmTotp, extendEnrolmentSession } from "@/lib/auth/second-factor-actions";
import { getEnrolment } from "@/lib/auth/admin-queries";
import { getStaffSession, hasFreshProof, pathForStage, timeLeft } from "@/lib/auth/session";
import { SessionEndNotice } from "@/components/admin/session-end-notice";
import { SkipLink } from "@/components/site/skip-link";

export const metadata: Metadata = { title: "Double authentification" };

type Props = { searchParams: Promise<{ retour?: string }> };

export default async function EnrolmentPage({ searchParams }: Props) {
  const requested = (await searchParams).retour;
  const session = await getStaffSession();
  if (!session) redirect(`/admin/connexion?retour=/admin/double-authentification`);
  if (session.stage === "verify") redirect(pathForStage("verify", "/admin/double-authentification"));
  // Replacing a factor by choice needs a recent proof (a first enrolment follows the password by minutes).
  if (session.stage === "ready" && !(await hasFreshProof()))
    redirect(confirmationPath("/admin/double-authentification"));
  const { stage, user, totp, overview } = await getEnrolment();
  // Required and not set up yet: on to the page asked for once done; set up by choice: back to « Mon compte ».
  const continueHref = stage === "enrol" ? safeReturn(requested) : "/admin/compte?securite=1";
  return (
    <>
      <SkipLink />
      <SessionEndNotice
        endsAt={session.expiresAt.toISOString()}
        leftAtRender={timeLeft(session)}
        extendHere={session.stage === "enrol" ? extendEnrolmentSession : undefined}
      />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-12 focus:outline-none">
        <h1 className="text-2xl font-bold text-brand-900">Double authentification</h1>
        {stage === "enrol" ? (
          <p role="status" className="mt-4 rounded-lg bg-amber-50 p-3 text-slate-900 ring-1 ring-amber-300">
            Votre rôle ({user.role === "ADMIN" ? "administrateur" : "éditeur"}) exige une double authentification : un
            mot de passe volé ne doit pas suffire à ouvrir le back-office. Configurez-en une pour continuer ; elle vous
            sera demandée à chaque connexion.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">
            <Link href="/admin/compte" className="text-brand-800 underline">
              Retour à « Mon compte »
            </Link>
          </p>
        )}

        <h2 className="mt-8 text-xl font-semibold text-slate-900">
          {overview.totpEnabledAt
            ? "Remplacer votre application d’authentification"
            : "Avec une application d’authentification"}
        </h2>
        <ol className="mt-2 max-w-xl list-decimal space-y-1 pl-5 text-slate-800">
          <li>
            Ouvrez votre application (FreeOTP, Aegis, Google Authenticator, le gestionnaire de mots de passe de votre
            téléphone…) et ajoutez un compte.
          </li>
          <li>Scannez ce QR code, ou saisissez la clé écrite dessous.</li>
          <li>Saisissez le code à 6 chiffres qu’elle affiche.</li>
        </ol>
        <div className="mt-4 flex flex-wrap items-start gap-6">
          <div
            role="img"
            aria-label="QR code de la clé de votre application d’authentification"
            className="w-48 rounded-lg bg-white p-2 ring-1 ring-slate-300"
            // Drawn on this server by the qrcode package from the key above: no third-party service sees it.
            dangerouslySetInnerHTML={{ __html: totp.qrSvg }}
          />
          <div>
            <p className="font-medium text-slate-900">Clé à saisir à la main</p>
            <p className="mt-1 font-mono text-lg tracking-wider text-slate-900" id="cle-totp">
              {totp.grouped}
            </p>
            <p className="mt-1 text-sm text-slate-600">Type : basé sur l’heure (TOTP), 6 chiffres, 30 secondes.</p>
          </div>
        </div>
        <TotpEnrolmentForm action={confirmTotp} sealed={totp.sealed} continueHref={continueHref} />

        <h2 className="mt-10 text-xl font-semibold text-slate-900">Avec une clé d’accès</h2>
        <p className="mt-2 max-w-xl text-slate-800">
          L’empreinte ou le code de verrouillage de cet appareil, ou une clé de sécurité USB ou NFC, remplacent alors le
          code à 6 chiffres.
        </p>
        <PasskeyRegistration continueHref={continueHref} />

        <div className="mt-10">
          <LogoutButton />
        </div>
      </main>
    </>
  );
}
