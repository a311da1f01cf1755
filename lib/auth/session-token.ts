// The claims of the request's session cookie (next-auth's JWT, encrypted with NEXTAUTH_SECRET), read on the
// server only: /api/auth/session hands the page's scripts nothing but the session's expiry (lib/auth/options.ts),
// so neither the account nor the login's identifier is ever readable by a script of the page.
import "server-only";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { parseAuthEnv } from "@/lib/env";

export async function readSessionClaims() {
  const { NEXTAUTH_SECRET, SITE_URL } = parseAuthEnv();
  const token = await getToken({
    // The cookies only: no headers, so that getToken never takes an Authorization header for a session.
    req: { cookies: await cookies(), headers: {} } as unknown as NextRequest,
    secret: NEXTAUTH_SECRET,
    // The cookie's name follows next-auth's useSecureCookies, set from the same SITE_URL.
    secureCookie: SITE_URL.startsWith("https://"),
  });
  return token ? { uid: token.uid, sv: token.sv, sid: token.sid } : null;
}
