// The one path every back-office server action takes: authorize (session checked against the database,
// role, second factor given) → validate with zod → write → invalidate the cache tags → redirect, outside any
// try. The second-factor actions take the same path with `sessionAction`, open to sessions at given stages.
// Those that add or remove a factor or give access also ask for a recent proof of identity (`freshProof`).
import "server-only";
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import { MESSAGES, STALE_PROOF_STATE, type FormState } from "@/lib/admin/form-state";
import {
  authorize,
  sessionAt,
  sessionWithProof,
  STALE_PROOF,
  type SessionStage,
  type StaffSession,
  type StaffUser,
} from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/enums";

/** Raised inside a write when the record changed since the form was shown. */
export class ConflictError extends Error {
  constructor(readonly current: Record<string, string> | null) {
    super("conflict");
  }
}

/** Raised inside a write when the record no longer exists. */
export class GoneError extends Error {}

/** Raised inside a write when a check that needs the database fails (unknown code, duplicate…). */
export class InvalidInputError extends Error {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message: string = MESSAGES.invalid,
  ) {
    super(message);
  }
}

type Outcome = FormState | { redirectTo: string } | void;

/** Never sent back to the browser, even to keep what was typed. */
const SECRET_FIELDS = new Set(["password", "currentPassword", "confirmation", "code"]);

/** What was typed, to show again after a refused save: text fields only, passwords left out. */
export function formValues(formData: FormData): Record<string, string> {
  // Own properties only, whatever the field names posted (`__proto__` included): never an assignment.
  return Object.fromEntries(
    [...formData].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !entry[0].startsWith("$ACTION") && !SECRET_FIELDS.has(entry[0]),
    ),
  );
}

/** The state after a save that stays on its form: what was typed, with the record's new version. */
export function savedState(formData: FormData, version: number): FormState {
  return { status: "success", message: MESSAGES.saved, values: { ...formValues(formData), version: String(version) } };
}

/** A fault (database unreachable, bug): the cause goes to the server log, never the values typed; the person
 * gets a message and keeps their input. */
function failed(error: unknown, values: Record<string, string>): FormState {
  console.error(
    `Échec d’une action du back-office : ${error instanceof Error ? error.name : "inconnu"}`,
    error instanceof Error ? error.message : "",
  );
  return { status: "error", message: MESSAGES.unavailable, values };
}

/** `freshProof`: the action adds or removes a factor or gives access, and needs a proof of the last 10 minutes. */
type ActionOptions = { freshProof?: boolean };
export const FRESH_PROOF: ActionOptions = { freshProof: true };

/** An action of a complete session whose account has `role`. */
export function staffAction<S extends z.ZodType>(
  role: Role,
  schema: S,
  run: (input: z.infer<S>, user: StaffUser, formData: FormData) => Promise<Outcome>,
  { freshProof = false }: ActionOptions = {},
) {
  const authorizeNow = freshProof
    ? async () => {
        const session = await sessionWithProof(["ready"], role);
        return session === STALE_PROOF || session === null ? session : session.user;
      }
    : () => authorize(role);
  return formAction(authorizeNow, schema, run);
}

/** An action of the second-factor pages: open to a session at one of `stages`, whatever its role. */
export function sessionAction<S extends z.ZodType>(
  stages: readonly SessionStage[],
  schema: S,
  run: (input: z.infer<S>, session: StaffSession, formData: FormData) => Promise<Outcome>,
  { freshProof = false }: ActionOptions = {},
) {
  return formAction(() => (freshProof ? sessionWithProof(stages) : sessionAt(stages)), schema, run);
}

function formAction<S extends z.ZodType, P>(
  authorizeNow: () => Promise<P | null | typeof STALE_PROOF>,
  schema: S,
  run: (input: z.infer<S>, principal: P, formData: FormData) => Promise<Outcome>,
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => ({
    ...(await answer(previous, formData)),
    id: randomUUID(),
  });

  async function answer(_previous: FormState, formData: FormData): Promise<FormState> {
    const values = formValues(formData);
    let user: P | null | typeof STALE_PROOF;
    try {
      user = await authorizeNow();
    } catch (error) {
      return failed(error, values);
    }
    if (!user) return { status: "error", message: MESSAGES.forbidden, values };
    if (user === STALE_PROOF) return { ...STALE_PROOF_STATE, values };
    const parsed = schema.safeParse(Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")));
    if (!parsed.success) {
      return {
        status: "error",
        message: MESSAGES.invalid,
        fieldErrors: z.flattenError(parsed.error).fieldErrors,
        values,
      };
    }
    let outcome: Outcome;
    try {
      outcome = await run(parsed.data, user, formData);
    } catch (error) {
      if (error instanceof ConflictError) {
        return { status: "conflict", message: MESSAGES.conflict, values, current: error.current ?? undefined };
      }
      if (error instanceof GoneError) return { status: "error", message: MESSAGES.notFound, values };
      if (error instanceof InvalidInputError)
        return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
      return failed(error, values);
    }
    if (outcome && "redirectTo" in outcome) redirect(outcome.redirectTo);
    return outcome ?? { status: "success", message: MESSAGES.saved };
  }
}
