import Link from "next/link";
import { confirmationPath } from "@/lib/auth/return-path";

/** Shown instead of the forms that change a factor or an access while the session's last proof is too old. */
export function ProofNotice({ from, what }: { from: string; what: string }) {
  return (
    <p role="status" className="mt-3 max-w-xl rounded-lg bg-amber-50 p-3 text-slate-900 ring-1 ring-amber-300">
      Pour {what}, confirmez d’abord votre identité : votre dernière confirmation date de plus de 10 minutes.{" "}
      <Link href={confirmationPath(from)} className="font-medium text-brand-800 underline">
        Confirmer mon identité
      </Link>
    </p>
  );
}
