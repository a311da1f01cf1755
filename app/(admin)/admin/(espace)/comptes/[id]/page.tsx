import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountPasswordForm, AccountUpdateForm } from "@/components/admin/account-forms";
import { setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { getAccount } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/admin/validation";

export const metadata: Metadata = { title: "Modifier un compte" };

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser("ADMIN", `/admin/comptes/${id}`);
  const recordId = parseRecordId(id);
  const account = recordId === null ? null : await getAccount(recordId);
  if (!account) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">Compte {account.email}</h1>
      <h2 className="mt-6 mb-3 text-lg font-semibold">Rôle et état</h2>
      <AccountUpdateForm action={updateAccount} account={account} />
      <h2 className="mt-8 mb-3 text-lg font-semibold">Nouveau mot de passe</h2>
      <AccountPasswordForm action={setAccountPassword} accountId={account.id} />
    </>
  );
}
