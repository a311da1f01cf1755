"use client";

import { useState } from "react";
import { StaffForm, SubmitButton } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/admin/limits";

const TOO_LARGE = `Fichier trop volumineux : ${formatMegabytes(MAX_IMPORT_BYTES)} au plus. Découpez-le en plusieurs.`;

export function ImportUploadForm({ action }: { action: FormAction }) {
  return (
    <StaffForm action={action} className="mt-6 max-w-2xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => <FileField error={state.fieldErrors?.file} />}
    </StaffForm>
  );
}

/**
 * The file to import, with its own error: a file chosen cannot be put back in the field after a refusal, so
 * a file too large is refused here, before it is sent, and stays chosen. (Without JavaScript, the server
 * refuses it the same way.)
 */
function FileField({ error: serverError }: { error: string[] | undefined }) {
  const [tooLarge, setTooLarge] = useState(false);
  const error = tooLarge ? [TOO_LARGE] : serverError;
  const checkSize = (input: HTMLInputElement) => {
    const isTooLarge = (input.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES;
    input.setCustomValidity(isTooLarge ? TOO_LARGE : "");
    setTooLarge(isTooLarge);
  };
  return (
    <>
      <div>
        <label htmlFor="file" className="block font-medium">
          Fichier CSV ou JSON<span aria-hidden="true"> *</span>
        </label>
        <p id="file-aide" className="text-sm text-slate-600">
          Un CSV aux colonnes de l’annuaire (siret, kind, name, brand, address, post_code, city, department, latitude,
          longitude, website, description), ou un fichier au format data·inclusion v1 : tableau JSON de structures, ou
          CSV aux colonnes du schéma (comme les téléchargements de l’annuaire) ; une structure y est importée pour
          chaque type de l’annuaire de ses reseaux_porteurs. Virgules ou points-virgules, UTF-8 ou Windows-1252.{" "}
          {formatMegabytes(MAX_IMPORT_BYTES)} au plus.
        </p>
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv,.json,application/json"
          required
          aria-describedby={error ? "file-aide file-erreur" : "file-aide"}
          aria-invalid={error ? true : undefined}
          onChange={(event) => checkSize(event.currentTarget)}
          className="mt-2 block"
        />
        {error ? (
          <p id="file-erreur" className="mt-1 text-sm font-medium text-red-800">
            {error.join(" ")}
          </p>
        ) : null}
      </div>
      <SubmitButton>Prévisualiser l’import</SubmitButton>
    </>
  );
}

export function ImportConfirmForm({
  action,
  batchId,
  isEmpty,
}: {
  action: FormAction;
  batchId: number;
  isEmpty: boolean;
}) {
  return (
    <StaffForm action={action} className="mt-6 space-y-3">
      {() => (
        <>
          <input type="hidden" name="batchId" value={batchId} />
          {isEmpty ? (
            <p>Ce fichier ne changerait rien à l’annuaire.</p>
          ) : (
            <SubmitButton>Confirmer l’import</SubmitButton>
          )}
        </>
      )}
    </StaffForm>
  );
}
