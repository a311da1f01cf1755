"use client";

import { useActionState } from "react";
import { Fields, FormMessage, VersionField, SubmitButton, TextField } from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function CountForm(props: {
  action: Action;
  kind: string;
  label: string;
  value: number;
  asOf: string;
  source: string;
  version: number;
}) {
  const [state, formAction] = useActionState(props.action, INITIAL_FORM_STATE);
  const formId = `compte-${props.kind}`;
  return (
    <form
      action={formAction}
      aria-labelledby={`${formId}-titre`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      noValidate
    >
      <h3 id={`${formId}-titre`} className="font-semibold">
        {props.label} ({props.kind})
      </h3>
      <FormMessage state={state} />
      <Fields state={state}>
        <input type="hidden" name="kind" value={props.kind} />
        <VersionField state={state} version={props.version} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            formId={formId}
            name="value"
            label="Nombre"
            type="number"
            state={state}
            initial={props.value}
            required
          />
          <TextField
            formId={formId}
            name="asOf"
            label="Date des données"
            type="date"
            state={state}
            initial={props.asOf}
          />
        </div>
        <TextField formId={formId} name="source" label="Source" state={state} initial={props.source} required />
        <SubmitButton>Enregistrer</SubmitButton>
      </Fields>
    </form>
  );
}

type Network = {
  foundedYear: number;
  members: number;
  aciCount: number;
  employees: number;
  employeesInPathway: number;
  version: number;
};

export function NetworkFiguresForm({ action, figures }: { action: Action; figures: Network }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      <Fields state={state}>
        <VersionField state={state} version={figures.version} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            formId="reseau"
            name="foundedYear"
            label="Année de création"
            type="number"
            state={state}
            initial={figures.foundedYear}
            required
          />
          <TextField
            formId="reseau"
            name="members"
            label="Adhérent(e)s"
            type="number"
            state={state}
            initial={figures.members}
            required
          />
          <TextField
            formId="reseau"
            name="aciCount"
            label="ACI portés par les adhérents"
            type="number"
            state={state}
            initial={figures.aciCount}
            required
          />
          <TextField
            formId="reseau"
            name="employees"
            label="Salarié(e)s"
            type="number"
            state={state}
            initial={figures.employees}
            required
          />
          <TextField
            formId="reseau"
            name="employeesInPathway"
            label="Salarié(e)s en parcours"
            type="number"
            state={state}
            initial={figures.employeesInPathway}
            required
          />
        </div>
        <SubmitButton>Enregistrer les chiffres du réseau</SubmitButton>
      </Fields>
    </form>
  );
}
