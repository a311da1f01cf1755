"use client";

import { useActionState } from "react";
import { Fields, FormMessage, SubmitButton } from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function ImportUploadForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  const error = state.fieldErrors?.file;
  return (
    <form
      action={formAction}
      className="mt-6 max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      noValidate
    >
      <FormMessage state={state} />
      <Fields state={state}>
        <div>
          <label htmlFor="file" className="block font-medium">
            Fichier CSV
          </label>
          <p id="file-aide" className="text-sm text-slate-600">
            Colonnes de l’annuaire (siret, kind, name, brand, address, post_code, city, department, latitude, longitude,
            website, description), séparées par des virgules ou des points-virgules, en UTF-8 ou Windows-1252. 5 Mo au
            plus.
          </p>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={error ? "file-aide file-erreur" : "file-aide"}
            aria-invalid={error ? true : undefined}
            className="mt-2 block"
          />
          {error ? (
            <p id="file-erreur" className="mt-1 text-sm font-medium text-red-800">
              {error.join(" ")}
            </p>
          ) : null}
        </div>
        <SubmitButton>Prévisualiser l’import</SubmitButton>
      </Fields>
    </form>
  );
}

export function ImportConfirmForm({ action, batchId, isEmpty }: { action: Action; batchId: number; isEmpty: boolean }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="mt-6 space-y-3">
      <FormMessage state={state} />
      <Fields state={state}>
        <input type="hidden" name="batchId" value={batchId} />
        {isEmpty ? <p>Ce fichier ne changerait rien à l’annuaire.</p> : <SubmitButton>Confirmer l’import</SubmitButton>}
      </Fields>
    </form>
  );
}
