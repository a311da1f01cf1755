import type { Metadata } from "next";
import Link from "next/link";
import { AccountCreateForm } from "@/components/admin/account-forms";
import { ProofNotice } from "@/components/admin/proof-notice";
import { createAccount } from "@/lib/accounts/actions";
import { listAccounts } from "@/lib/accounts/admin-queries";
import { hasFreshProof, requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Comptes" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ enregistre?: string }> }) {
  await requireUser("ADMIN", "/admin/comptes");
  const [accounts, { enregistre }, isFresh] = await Promise.all([listAccounts(), searchParams, hasFreshProof()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Comptes</h1>
      {enregistre ? (
        <p role="status" className="mt-4 rounded-lg bg-brand-50 p-3 text-brand-900">
          Compte créé.
        </p>
      ) : null}
      <table className="mt-6 w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Comptes du back-office</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Adresse
            </th>
            <th scope="col" className="p-2">
              Rôle
            </th>
            <th scope="col" className="p-2">
              État
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/admin/comptes/${account.id}`}>{account.email}</Link>
              </td>
              <td className="p-2">{account.role === "ADMIN" ? "Administrateur" : "Éditeur"}</td>
              <td className="p-2">{account.isDisabled ? "Désactivé" : "Actif"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mt-10 text-xl font-semibold">Nouveau compte</h2>
      {isFresh ? (
        <AccountCreateForm action={createAccount} />
      ) : (
        <ProofNotice from="/admin/comptes" what="créer un compte" />
      )}
    </>
  );
}
