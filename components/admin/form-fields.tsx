"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/admin/form-state";
import { confirmationPath } from "@/lib/auth/return-path";

const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** The value to show: what was just typed (kept on a refused save), else the record's. */
export function valueOf(state: FormState, name: string, initial: string | number | null | undefined) {
  return state.values?.[name] ?? (initial === null || initial === undefined ? "" : String(initial));
}

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  initial?: string | number | null;
  hint?: string;
  required?: boolean;
  formId?: string;
};

function FieldShell({
  name,
  label,
  state,
  hint,
  required,
  formId,
  children,
}: FieldProps & { children: (a11y: object) => React.ReactNode }) {
  const id = `${formId ?? "f"}-${name}`;
  const errors = state.fieldErrors?.[name];
  const describedBy =
    [hint ? `${id}-aide` : null, errors ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-aide`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, name, required, "aria-invalid": errors ? true : undefined, "aria-describedby": describedBy })}
      {errors ? (
        <p id={`${id}-erreur`} className="mt-1 text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(props: FieldProps & { type?: string; autoComplete?: string; maxLength?: number }) {
  return (
    <FieldShell {...props}>
      {(a11y) => (
        <input
          {...a11y}
          type={props.type ?? "text"}
          defaultValue={valueOf(props.state, props.name, props.initial)}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          className={inputClass}
        />
      )}
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  return (
    <FieldShell {...props}>
      {(a11y) => (
        <textarea
          {...a11y}
          rows={props.rows ?? 6}
          defaultValue={valueOf(props.state, props.name, props.initial)}
          className={inputClass}
        />
      )}
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...props}>
      {(a11y) => (
        <select {...a11y} defaultValue={valueOf(props.state, props.name, props.initial)} className={inputClass}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** After a refusal for want of a recent proof: the way to give one, and back to this page. */
export function ConfirmIdentityLink() {
  const pathname = usePathname();
  return (
    <>
      {" "}
      <Link href={confirmationPath(pathname)} className="underline">
        Confirmer mon identité
      </Link>
    </>
  );
}

/** The result of the last save, announced to screen readers; a refusal also takes the focus. */
export function FormMessage({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  const isError = state.status !== "success";
  useEffect(() => {
    if (state.id && isError) ref.current?.focus();
  }, [state.id, isError]);
  if (!state.message) return <div role="status" aria-live="polite" />;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={isError ? "alert" : "status"}
      className={`rounded-lg p-3 text-sm font-medium ${isError ? "bg-red-50 text-red-900 ring-1 ring-red-200" : "bg-brand-50 text-brand-900 ring-1 ring-brand-200"}`}
    >
      {state.message}
      {state.needsProof ? <ConfirmIdentityLink /> : null}
      {state.status === "conflict" && state.current ? (
        <dl className="mt-2 grid gap-1 font-normal">
          {Object.entries(state.current)
            .filter(([name]) => name !== "version")
            .map(([name, value]) => (
              <div key={name} className="flex flex-wrap gap-2">
                <dt className="font-medium">{name}&nbsp;:</dt>
                <dd className="whitespace-pre-line">{value || "—"}</dd>
              </div>
            ))}
        </dl>
      ) : null}
    </div>
  );
}

export function SubmitButton({
  children,
  tone = "primary",
}: {
  children: React.ReactNode;
  tone?: "primary" | "danger";
}) {
  const { pending } = useFormStatus();
  const colors = tone === "danger" ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800";
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-lg px-4 py-2 font-semibold text-white disabled:opacity-60 ${colors}`}
    >
      {pending ? "Enregistrement…" : children}
    </button>
  );
}

/**
 * A back-office form: the server's last answer announced above the fields, which are drawn again from it
 * each time it answers, so that what was typed stays on screen after a refusal and the new version is used
 * after a save. The browser's own validation is off: the server's French messages are the ones shown.
 */
/**
 * What the asterisk of a required field means, said before the fields (RGAA 11.10); shown by the styles only in
 * a form that has a required field (globals.css: required-note).
 */
export function RequiredNote() {
  return (
    <p className="required-note mt-2 text-sm text-slate-700">
      Les champs marqués d’un astérisque (*) sont obligatoires.
    </p>
  );
}

export function StaffForm({
  action,
  className,
  heading,
  headingId,
  children,
}: {
  action: FormAction;
  className: string;
  /** A heading that names the form, for pages that hold several. */
  heading?: React.ReactNode;
  headingId?: string;
  children: (state: FormState) => React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} aria-labelledby={headingId} className={className} noValidate>
      {heading}
      <RequiredNote />
      <FormMessage state={state} />
      <div key={state.id ?? "initial"} className="space-y-5">
        {children(state)}
      </div>
    </form>
  );
}

/** Which record the form edits and the version it was drawn from; nothing when the form creates one. */
export function RecordFields({ state, record }: { state: FormState; record?: { id: number; version: number } }) {
  if (!record) return null;
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <VersionField state={state} version={record.version} />
    </>
  );
}

/** The version of the record the form was drawn from; after a conflict, the version just seen. */
export function VersionField({ state, version }: { state: FormState; version: number }) {
  return <input type="hidden" name="version" value={state.current?.version ?? state.values?.version ?? version} />;
}

/** A one-button form that removes or resets something, in red. */
export function DangerForm({
  action,
  fields = {},
  label,
}: {
  action: FormAction;
  fields?: Record<string, string | number>;
  label: string;
}) {
  return (
    <StaffForm action={action} className="mt-3 max-w-xl space-y-3">
      {() => (
        <>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton tone="danger">{label}</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
