"use client";

import Link from "next/link";
import { RecordFields, StaffForm, SubmitButton } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";

/** The confirmation step of a deletion: a page of its own, so it works without JavaScript. */
export function DeleteForm(props: {
  action: FormAction;
  id: number;
  version: number;
  what: string;
  cancelHref: string;
}) {
  return (
    <StaffForm action={props.action} className="mt-6 max-w-2xl space-y-4 rounded-xl border border-red-200 bg-white p-5">
      {(state) => (
        <>
          <p>
            Supprimer définitivement <strong>{props.what}</strong> ? Cette action sera inscrite au journal.
          </p>
          <RecordFields state={state} record={props} />
          <div className="flex flex-wrap items-center gap-4">
            <SubmitButton tone="danger">Confirmer la suppression</SubmitButton>
            <Link href={props.cancelHref}>Annuler</Link>
          </div>
        </>
      )}
    </StaffForm>
  );
}
