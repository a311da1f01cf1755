// Who the integration tests act as. The session cookie is the one thing replaced (there is no HTTP request
// in these tests); the account, its role and its session version are real rows checked by the real code.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { FormState } from "@/lib/admin/form-state";

export const staffSession: { current: { uid: number; sv: number; sid: string } | null } = { current: null };
export const invalidatedTags: string[] = [];
/** Where the integration tests' requests come from (TEST-NET-3). */
export const TEST_CLIENT_ADDRESS = "203.0.113.10";

let counter = 0;

/**
 * A new account of that role, logged in with its second factor given (an administrator has an authenticator
 * app, as the site requires; `secondFactor: "none"` leaves the login at that step, "app" gives one to anyone).
 */
export async function signInAs(
  role: "ADMIN" | "EDITOR",
  { secondFactor = role === "ADMIN" ? "app" : "none", verified = true } = {} as {
    secondFactor?: "app" | "none";
    verified?: boolean;
  },
) {
  // Imported here: the test setup imports this module before it points DATABASE_URL at the file's database.
  const [{ db }, { createUser }, { createLoginSession }, { enrolTotp }] = await Promise.all([
    import("@/lib/database/db"),
    import("@/lib/auth/users"),
    import("@/lib/auth/login-session"),
    import("@/tests/support/second-factor"),
  ]);
  const email = `${role.toLowerCase()}-${process.pid}-${++counter}@groupe-sns.test`;
  const user = await createUser(db, { email, password: "mot de passe de test", role });
  const totpSecret = secondFactor === "app" ? await enrolTotp(db, user) : null;
  const sid = await createLoginSession(db, user.id, { verified });
  const { sessionVersion } = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  staffSession.current = { uid: user.id, sv: sessionVersion, sid };
  return { ...user, password: "mot de passe de test", totpSecret, sid };
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
