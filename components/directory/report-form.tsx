"use client";

import { SelectField, StaffForm, SubmitButton, TextArea, TextField } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";
import { MAX_REPORT_TEXT, MIN_REPORT_TEXT, REPORT_REASONS } from "@/lib/reports/reasons";

const REASON_OPTIONS = [
  { value: "", label: "Choisissez…" },
  ...Object.entries(REPORT_REASONS).map(([value, label]) => ({ value, label })),
];

/** « Signaler une erreur »: works without JavaScript (a plain form posting the server action). */
export function ReportForm({ action, slug }: { action: FormAction; slug: string }) {
  return (
    <StaffForm action={action} className="mt-6 space-y-5">
      {(state) => (
        <>
          <input type="hidden" name="slug" value={slug} />
          <SelectField name="reason" label="Ce qui ne va pas" state={state} options={REASON_OPTIONS} required />
          <TextArea
            name="description"
            label="Description"
            hint={`Ce qui est faux, et ce qui serait juste si vous le savez (${MIN_REPORT_TEXT} à ${MAX_REPORT_TEXT} caractères).`}
            state={state}
            rows={5}
            required
          />
          <TextField
            name="email"
            type="email"
            label="Votre adresse électronique (facultatif)"
            hint="Seulement pour que l’équipe puisse vous dire ce qu’elle en a fait : elle n’est ni publiée ni réutilisée."
            autoComplete="email"
            maxLength={320}
            state={state}
          />
          {/* Left empty by people: hidden from sight and from assistive technologies. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label htmlFor="report-website">Ne pas remplir</label>
            <input id="report-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <SubmitButton>Envoyer le signalement</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
