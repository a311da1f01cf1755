"use client";

import { StaffForm, SubmitButton, TextField, VersionField } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";

export function CountForm(props: {
  action: FormAction;
  kind: string;
  label: string;
  value: number;
  asOf: string;
  source: string;
  version: number;
}) {
  const formId = `compte-${props.kind}`;
  return (
    <StaffForm
      action={props.action}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      headingId={`${formId}-titre`}
      heading={
        <h3 id={`${formId}-titre`} className="font-semibold">
          {props.label} ({props.kind})
        </h3>
      }
    >
      {(state) => (
        <>
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
        </>
      )}
    </StaffForm>
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

const NETWORK_FIELDS: [name: Exclude<keyof Network, "version">, label: string][] = [
  ["foundedYear", "Année de création"],
  ["members", "Adhérent(e)s"],
  ["aciCount", "ACI portés par les adhérents"],
  ["employees", "Salarié(e)s"],
  ["employeesInPathway", "Salarié(e)s en parcours"],
];

export function NetworkFiguresForm({ action, figures }: { action: FormAction; figures: Network }) {
  return (
    <StaffForm action={action} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <VersionField state={state} version={figures.version} />
          <div className="grid gap-4 sm:grid-cols-2">
            {NETWORK_FIELDS.map(([name, label]) => (
              <TextField
                key={name}
                formId="reseau"
                name={name}
                label={label}
                type="number"
                state={state}
                initial={figures[name]}
                required
              />
            ))}
          </div>
          <SubmitButton>Enregistrer les chiffres du réseau</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
