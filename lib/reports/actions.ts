"use server";
// The one public write of the site: a visitor's report of an error on a structure. No account: a honeypot
// field, a limit per address (PostgreSQL), the size limits of the schema, and Next.js's origin check on server
// actions contain abuse. Refused reports keep what was typed.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { formValues } from "@/lib/admin/action";
import { MESSAGES, type FormState } from "@/lib/admin/form-state";
import { db } from "@/lib/database/db";
import { reserveReport } from "@/lib/reports/limit";
import { REPORT_MESSAGES, reportSchema } from "@/lib/reports/schema";
import { requestAddress } from "@/lib/server/request-address";

export async function reportStructure(_state: FormState, formData: FormData): Promise<FormState> {
  const { website: _honeypot, ...values } = formValues(formData);
  const received: FormState = {
    status: "success",
    id: randomUUID(),
    message: `${REPORT_MESSAGES.received} ${REPORT_MESSAGES.contact}`,
  };
  // A robot that filled the hidden field is told what a person would be, and nothing is kept.
  if (formData.get("website")) return received;
  const parsed = reportSchema.safeParse(values);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return { status: "error", id: randomUUID(), message: MESSAGES.invalid, fieldErrors, values };
  }
  try {
    const structure = await db.structure.findUnique({ where: { slug: parsed.data.slug }, select: { id: true } });
    if (!structure) return { status: "error", id: randomUUID(), message: MESSAGES.notFound, values };
    const address = await requestAddress();
    const wait = await reserveReport(address);
    if (wait > 0) return { status: "error", id: randomUUID(), message: REPORT_MESSAGES.limited(wait), values };
    const { reason, description, email } = parsed.data;
    await db.structureReport.create({ data: { structureId: structure.id, reason, description, email } });
    return received;
  } catch (error) {
    console.error("Signalement non enregistré :", error instanceof Error ? error.name : "inconnu");
    return { status: "error", id: randomUUID(), message: MESSAGES.unavailable, values };
  }
}
