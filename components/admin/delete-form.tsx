"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Fields, FormMessage, VersionField, SubmitButton } from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The confirmation step of a deletion: a page of its own, so it works without JavaScript. */
export function DeleteForm(props: { action: Action; id: number; version: number; what: string; cancelHref: string }) {
  const [state, formAction] = useActionState(props.action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="mt-6 max-w-2xl space-y-4 rounded-xl border border-red-200 bg-white p-5">
      <FormMessage state={state} />
      <Fields state={state}>
        <p>
          Supprimer définitivement <strong>{props.what}</strong> ? Cette action sera inscrite au journal.
        </p>
        <input type="hidden" name="id" value={props.id} />
        <VersionField state={state} version={props.version} />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton tone="danger">Confirmer la suppression</SubmitButton>
          <Link href={props.cancelHref}>Annuler</Link>
        </div>
      </Fields>
    </form>
  );
}
