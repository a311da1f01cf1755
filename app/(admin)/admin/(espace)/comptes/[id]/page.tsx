import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountPasswordForm, AccountUpdateForm } from "@/components/admin/account-forms";
import { DangerForm } from "@/components/admin/form-fields";
import { ProofNotice } from "@/components/admin/proof-notice";
import { resetAccountSecondFactor, setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { getAccount } from "@/lib/accounts/admin-queries";
import { getAccountSecondFactor } from "@/lib/auth/admin-queries";
import { hasFreshProof, requireUser } from "@/lib/auth/session";
import { formatDateTime, pluralize } from "@/lib/format";
import { parseRecordId } from "@/lib/admin/validation";

export const metadata: Metadata = { title: "Modifier un compte" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("ADMIN", `/admin/comptes/${id}`);
  const recordId = parseRecordId(id);
  const account = recordId === null ? null : await getAccount(recordId);
  if (!account) notFound();
  const [factor, isFresh] = await Promise.all([getAccountSecondFactor(account.id), hasFreshProof()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Compte {account.email}</h1>
      <h2 className="mt-6 mb-3 text-lg font-semibold">Rôle et état</h2>
      {isFresh ? (
        <AccountUpdateForm action={updateAccount} account={account} />
      ) : (
        <>
          <p className="text-slate-800">
            {account.role === "ADMIN" ? "Administrateur" : "Éditeur"}, {account.isDisabled ? "désactivé" : "actif"}.
          </p>
          <ProofNotice
            from={`/admin/comptes/${account.id}`}
            what="changer le rôle, l’état, le mot de passe ou la double authentification de ce compte"
          />
        </>
      )}
      {isFresh ? (
        <>
          <h2 className="mt-8 mb-3 text-lg font-semibold">Nouveau mot de passe</h2>
          <AccountPasswordForm action={setAccountPassword} accountId={account.id} />
        </>
      ) : null}
      <h2 className="mt-8 mb-3 text-lg font-semibold">Double authentification</h2>
      <ul className="max-w-xl list-disc space-y-1 pl-5 text-slate-800">
        <li>
          Application d’authentification :{" "}
          {factor.totpEnabledAt ? `activée le ${formatDateTime(factor.totpEnabledAt)}` : "aucune"}
        </li>
        <li>Clés d’accès : {factor.passkeys.map((passkey) => passkey.name).join(", ") || "aucune"}</li>
        <li>Codes de secours inutilisés : {pluralize(factor.recoveryCodesLeft, "code")}</li>
      </ul>
      {factor.isEnrolled && isFresh ? (
        <>
          <p className="mt-3 max-w-xl text-slate-700">
            Téléphone ou clé perdus : la réinitialisation retire l’application, les clés d’accès et les codes de
            secours, et ferme les sessions du compte. À sa prochaine connexion, il en configurera une nouvelle.
          </p>
          <DangerForm
            action={resetAccountSecondFactor}
            fields={{ id: account.id }}
            label="Réinitialiser la double authentification"
          />
        </>
      ) : null}
    </>
  );
}
