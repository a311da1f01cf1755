"use client";

import { useActionState } from "react";
import { ConfirmIdentityLink } from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormAction } from "@/lib/admin/form-state";

/** A one-button form (move up, move down…) that still says why when the action is refused. */
export function InlineAction(props: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  detail: string;
  disabled?: boolean;
}) {
  const [state, formAction, isPending] = useActionState(props.action, INITIAL_FORM_STATE);
  return (
    <form action={formAction}>
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={props.disabled || isPending}
        className="rounded px-2 py-1 ring-1 ring-slate-300 disabled:opacity-40"
      >
        {props.label}
        <span className="sr-only"> {props.detail}</span>
      </button>
      {state.status === "error" || state.status === "conflict" ? (
        <span role="alert" className="ml-2 text-sm text-red-800">
          {state.message}
          {state.needsProof ? <ConfirmIdentityLink /> : null}
        </span>
      ) : null}
    </form>
  );
}
