import type { Metadata } from "next";
import Link from "next/link";
import { OwnPasswordForm } from "@/components/admin/account-forms";
import { DangerForm } from "@/components/admin/form-fields";
import { InlineAction } from "@/components/admin/inline-action";
import { ProofNotice } from "@/components/admin/proof-notice";
import { PasskeyRegistration, PasskeyRenameForm, RegenerateCodesForm } from "@/components/admin/second-factor-forms";
import { changeOwnPassword, endAllOwnSessions } from "@/lib/accounts/actions";
import { regenerateRecoveryCodes, removePasskey, removeTotp, renamePasskey } from "@/lib/auth/second-factor-actions";
import { getOwnSecondFactor } from "@/lib/auth/admin-queries";
import { secondFactorRequired } from "@/lib/auth/second-factor-policy";
import { hasFreshProof, requireUser } from "@/lib/auth/session";
import { formatDateTime, pluralize } from "@/lib/format";

export const metadata: Metadata = { title: "Mon compte" };

export default async function OwnAccountPage({ searchParams }: { searchParams: Promise<{ securite?: string }> }) {
  const user = await requireUser("EDITOR", "/admin/compte");
  const { securite } = await searchParams;
  const [factor, isFresh] = await Promise.all([getOwnSecondFactor(), hasFreshProof()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Mon compte</h1>
      <p className="mt-2 text-slate-700">
        {user.email} — {user.role === "ADMIN" ? "administrateur" : "éditeur"}. Changer de mot de passe met fin à toutes
        vos sessions ouvertes : vous vous reconnecterez avec le nouveau.
      </p>
      <OwnPasswordForm action={changeOwnPassword} />

      <h2 className="mt-10 text-xl font-semibold text-slate-900">Double authentification</h2>
      {securite ? (
        <p role="status" className="mt-2 max-w-xl rounded-lg bg-brand-50 p-3 text-sm text-brand-900">
          Double authentification mise à jour.
        </p>
      ) : null}
      <p className="mt-2 max-w-xl text-slate-700">
        {factor.isEnrolled
          ? "Après votre mot de passe, un code de votre application ou votre clé d’accès vous est demandé."
          : secondFactorRequired(user.role)
            ? "Votre rôle exige une double authentification."
            : "Facultative pour votre rôle, mais recommandée : un mot de passe volé ne suffit plus à ouvrir le back-office."}
      </p>
      {isFresh ? null : <ProofNotice from="/admin/compte" what="ajouter, remplacer ou retirer un moyen de connexion" />}
      <h3 className="mt-6 font-semibold text-slate-900">Application d’authentification</h3>
      {factor.totpEnabledAt ? (
        <>
          <p className="mt-1 text-slate-700">Activée le {formatDateTime(factor.totpEnabledAt)}.</p>
          <p className="mt-2">
            <Link href="/admin/double-authentification" className="text-brand-800 underline">
              Changer d’application (nouveau téléphone)
            </Link>
          </p>
          {isFresh ? <DangerForm action={removeTotp} label="Retirer l’application d’authentification" /> : null}
        </>
      ) : (
        <p className="mt-1">
          <Link href="/admin/double-authentification" className="font-medium text-brand-800 underline">
            Configurer une application d’authentification
          </Link>
        </p>
      )}

      <h3 className="mt-6 font-semibold text-slate-900">Clés d’accès</h3>
      {factor.passkeys.length > 0 ? (
        <ul className="mt-2 max-w-xl space-y-3">
          {factor.passkeys.map((passkey) => (
            <li key={passkey.id} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">
                Ajoutée le {formatDateTime(passkey.createdAt)}
                {passkey.lastUsedAt ? `, utilisée pour la dernière fois le ${formatDateTime(passkey.lastUsedAt)}` : ""}.
              </p>
              <div className="mt-2 flex flex-wrap items-end gap-4">
                <PasskeyRenameForm action={renamePasskey} passkey={passkey} />
                {isFresh ? (
                  <InlineAction
                    action={removePasskey}
                    fields={{ id: passkey.id }}
                    label="Retirer"
                    detail={`la clé « ${passkey.name} »`}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-slate-700">Aucune clé d’accès.</p>
      )}
      {isFresh ? <PasskeyRegistration /> : null}

      {factor.isEnrolled ? (
        <>
          <h3 className="mt-6 font-semibold text-slate-900">Codes de secours</h3>
          <p className="mt-1 text-slate-700">
            Inutilisés : {pluralize(factor.recoveryCodesLeft, "code")} de secours sur 10.
          </p>
          {isFresh ? <RegenerateCodesForm action={regenerateRecoveryCodes} /> : null}
        </>
      ) : null}

      <h2 className="mt-10 text-xl font-semibold text-slate-900">Sessions</h2>
      <p className="mt-2 max-w-xl text-slate-700">
        Un appareil perdu, un ordinateur partagé où vous êtes resté(e) connecté(e) : fermez toutes vos sessions, sur
        tous vos appareils, celle-ci comprise.
      </p>
      <DangerForm action={endAllOwnSessions} label="Se déconnecter de tous les appareils" />
    </>
  );
}
