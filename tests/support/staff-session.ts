// Who the integration tests act as. The session cookie is the one thing replaced (there is no HTTP request
// in these tests); the account, its role and its session version are real rows checked by the real code.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { FormState } from "@/lib/admin/form-state";

export const staffSession: { current: { uid: number; sv: number } | null } = { current: null };
export const invalidatedTags: string[] = [];
/** Where the integration tests' requests come from (TEST-NET-3). */
export const TEST_CLIENT_ADDRESS = "203.0.113.10";

let counter = 0;

export async function signInAs(role: "ADMIN" | "EDITOR") {
  // Imported here: the test setup imports this module before it points DATABASE_URL at the file's database.
  const [{ db }, { createUser }] = await Promise.all([import("@/lib/db"), import("@/lib/auth/users")]);
  const email = `${role.toLowerCase()}-${process.pid}-${++counter}@groupe-sns.test`;
  const user = await createUser(db, { email, password: "mot de passe de test", role });
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  staffSession.current = { uid: user.id, sv: sessionVersion };
  return { ...user, password: "mot de passe de test" };
}

export function signOutLocally() {
  staffSession.current = null;
}

export function toFormData(fields: Record<string, string | number | Blob>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value instanceof Blob ? value : String(value));
  return data;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** Submits a form to a server action as the browser would; a redirect is an answer, not a failure. */
export async function submit(action: Action, fields: Record<string, string | number | Blob>) {
  invalidatedTags.length = 0;
  try {
    return { state: await action({ status: "idle" }, toFormData(fields)), redirectTo: null };
  } catch (error) {
    if (isRedirectError(error)) return { state: null, redirectTo: error.digest.split(";")[2] ?? "" };
    throw error;
  }
}
