// The current password, asked again before a change only its holder may make. With a stolen session cookie it
// is all that protects the account, so it is guessed like a login: attempts count against the login limits,
// and past them every session of the account ends.
import "server-only";
import { recordSuccessfulLogin, reserveLoginAttempt } from "@/lib/auth/rate-limit";
import type { StaffUser } from "@/lib/auth/session";
import { checkCredentials, endSessions } from "@/lib/auth/users";
import { db } from "@/lib/database/db";
import { parseServerEnv } from "@/lib/env";
import { requestAddress } from "@/lib/server/request-address";

/** Where a session goes once the limit ended it. */
export const PASSWORD_LIMITED = "/admin/connexion?limite=1";

export async function checkCurrentPassword(user: StaffUser, password: string): Promise<"right" | "wrong" | "limited"> {
  const { DATABASE_URL } = parseServerEnv();
  const address = await requestAddress();
  if ((await reserveLoginAttempt(DATABASE_URL, user.email, address)) > 0) {
    await endSessions(db, user, `Sessions terminées : trop d’essais du mot de passe actuel pour ${user.email}`);
    return "limited";
  }
  if (!(await checkCredentials(db, user.email, password))) return "wrong";
  await recordSuccessfulLogin(DATABASE_URL, user.email, address);
  return "right";
}
