import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { LOGIN_ERRORS } from "@/lib/auth/options";
import { safeReturn } from "@/lib/auth/return-path";
import { getStaffSession, pathForStage } from "@/lib/auth/session";
import { SkipLink } from "@/components/site/skip-link";

export const metadata: Metadata = { title: "Connexion" };

type Props = {
  searchParams: Promise<{
    retour?: string;
    deconnecte?: string;
    motdepasse?: string;
    limite?: string;
    partout?: string;
    code?: string;
  }>;
};

/** Why the person is back on this page, when they did not come by themselves. */
function notice({ deconnecte, motdepasse, limite, partout, code }: Awaited<Props["searchParams"]>) {
  if (code)
    return "Trop de codes de vérification erronés : la session a été fermée. Reconnectez-vous dans quelques minutes.";
  if (partout) return "Vous êtes déconnecté(e) de tous vos appareils : reconnectez-vous ici.";
  if (limite)
    return "Trop d’essais du mot de passe actuel : la session a été fermée. Reconnectez-vous dans quelques minutes.";
  if (motdepasse) return "Mot de passe changé : reconnectez-vous avec le nouveau.";
  if (deconnecte) return "Vous êtes déconnecté(e).";
  return null;
}

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const { retour } = params;
  const message = notice(params);
  // Already logged in: on to the page asked for, or to the second factor this login still awaits.
  const session = await getStaffSession();
  if (session) redirect(pathForStage(session.stage, safeReturn(retour)));
  return (
    <>
      <SkipLink />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-16 focus:outline-none">
        <h1 className="text-2xl font-bold text-brand-900">Connexion au back-office</h1>
        <p className="mt-2 text-slate-700">Réservé à l’équipe du Groupe SNS.</p>
        {message ? (
          <p role="status" className="mt-4 rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
            {message}
          </p>
        ) : null}
        <LoginForm returnTo={safeReturn(retour)} messages={LOGIN_ERRORS} />
      </main>
    </>
  );
}
