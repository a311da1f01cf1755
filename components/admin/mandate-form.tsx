"use client";

import { RecordFields, SelectField, StaffForm, SubmitButton, TextField } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";

type Mandate = {
  id: number;
  organisation: string;
  role: string;
  level: string;
  url: string | null;
  startsOn: string;
  endsOn: string;
  version: number;
};

export const LEVEL_OPTIONS = [
  { value: "DEPARTMENTAL", label: "Départemental" },
  { value: "REGIONAL", label: "Régional" },
  { value: "NATIONAL", label: "National" },
];

export function MandateForm({ action, mandate }: { action: FormAction; mandate?: Mandate }) {
  return (
    <StaffForm action={action} className="mt-6 max-w-2xl space-y-5 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <RecordFields state={state} record={mandate} />
          <TextField name="organisation" label="Organisation" state={state} initial={mandate?.organisation} required />
          <TextField
            name="role"
            label="Fonction"
            hint="Par exemple : Membre du Conseil d’Administration"
            state={state}
            initial={mandate?.role}
            required
          />
          <SelectField
            name="level"
            label="Niveau"
            options={LEVEL_OPTIONS}
            state={state}
            initial={mandate?.level ?? "REGIONAL"}
            required
          />
          <TextField
            name="url"
            label="Lien (facultatif)"
            type="url"
            hint="Adresse du site de l’organisation, commençant par https://"
            state={state}
            initial={mandate?.url}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              name="startsOn"
              label="Début (facultatif)"
              type="date"
              state={state}
              initial={mandate?.startsOn}
            />
            <TextField name="endsOn" label="Fin (facultatif)" type="date" state={state} initial={mandate?.endsOn} />
          </div>
          <SubmitButton>{mandate ? "Enregistrer les modifications" : "Ajouter le mandat"}</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
