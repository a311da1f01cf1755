"use client";

import { StaffForm, SubmitButton, TextArea } from "@/components/admin/form-fields";
import type { FormAction } from "@/lib/admin/form-state";

/** « Classer sans suite »: closes a report with a note, without changing the structure. */
export function DismissReportForm({ action, report }: { action: FormAction; report: { id: number; version: number } }) {
  const headingId = `classer-${report.id}`;
  return (
    <StaffForm
      action={action}
      className="mt-3 space-y-3"
      headingId={headingId}
      heading={
        <h4 id={headingId} className="sr-only">
          Classer le signalement {report.id} sans suite
        </h4>
      }
    >
      {(state) => (
        <>
          <input type="hidden" name="id" value={report.id} />
          <input type="hidden" name="version" value={report.version} />
          <TextArea
            name="note"
            label="Note (pourquoi le classer sans suite)"
            state={state}
            rows={2}
            formId={headingId}
            required
          />
          <SubmitButton tone="danger">Classer sans suite</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
