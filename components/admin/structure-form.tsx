"use client";

import {
  RecordFields,
  SelectField,
  StaffForm,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";

export type EditableStructure = Record<
  | "siret"
  | "kind"
  | "name"
  | "brand"
  | "address"
  | "postalCode"
  | "city"
  | "departmentCode"
  | "latitude"
  | "longitude"
  | "website"
  | "description",
  string | number | null
> & { id: number; version: number };

export function StructureForm(props: {
  action: FormAction;
  structure?: EditableStructure;
  kinds: { value: string; label: string }[];
  /** The visitor's report this edit answers: saving closes it. */
  reportId?: number;
}) {
  const s = props.structure;
  return (
    <StaffForm
      action={props.action}
      className="mt-6 max-w-3xl space-y-5 rounded-xl border border-slate-200 bg-white p-5"
    >
      {(state) => (
        <>
          <RecordFields state={state} record={s} />
          {props.reportId ? <input type="hidden" name="report" value={props.reportId} /> : null}
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField name="siret" label="SIRET" hint="14 chiffres" state={state} initial={s?.siret} required />
            <SelectField
              name="kind"
              label="Type"
              options={props.kinds}
              state={state}
              initial={s?.kind ?? "ACI"}
              required
            />
          </div>
          <TextField name="name" label="Raison sociale" state={state} initial={s?.name} required />
          <TextField
            name="brand"
            label="Enseigne (facultatif)"
            hint="Le nom affiché, quand il diffère de la raison sociale"
            state={state}
            initial={s?.brand}
          />
          <TextField name="address" label="Adresse (facultatif)" state={state} initial={s?.address} />
          <div className="grid gap-5 sm:grid-cols-3">
            <TextField name="postalCode" label="Code postal" state={state} initial={s?.postalCode} />
            <TextField name="city" label="Ville" state={state} initial={s?.city} required />
            <TextField
              name="departmentCode"
              label="Département"
              hint="Code : 57, 2A, 974…"
              state={state}
              initial={s?.departmentCode}
              required
            />
          </div>
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField name="latitude" label="Latitude (facultatif)" state={state} initial={s?.latitude} />
            <TextField name="longitude" label="Longitude (facultatif)" state={state} initial={s?.longitude} />
          </div>
          <TextField name="website" label="Site internet (facultatif)" type="url" state={state} initial={s?.website} />
          <TextArea
            name="description"
            label="Description (facultatif)"
            rows={6}
            state={state}
            initial={s?.description}
          />
          <SubmitButton>{s ? "Enregistrer les modifications" : "Ajouter la structure"}</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
