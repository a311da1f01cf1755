// next-auth (v4, stable): credentials login with JWT sessions of 8 hours. The session only carries the
// account's id, its session version and the random identifier of this login (lib/auth/login-session.ts);
// lib/auth/session.ts checks all three against the database on every request, second factor included. The
// page's scripts are never told them: /api/auth/session answers the session's expiry only.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { recordSuccessfulLogin, reserveLoginAttempt } from "@/lib/auth/rate-limit";
import { createLoginSession } from "@/lib/auth/login-session";
import { findStaffSession, SessionEndedError } from "@/lib/auth/session-user";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/client-address";
import { checkCredentials, normalizeEmail } from "@/lib/auth/users";
import { db } from "@/lib/database/db";
import { parseAuthEnv, parseServerEnv } from "@/lib/env";

export const SESSION_MAX_AGE = 8 * 60 * 60;

/** The messages the login form shows, by the error code next-auth hands back. */
export const LOGIN_ERRORS = {
  CredentialsSignin: "Adresse électronique ou mot de passe incorrect.",
  RateLimited: "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
} as const;

const credentialsSchema = z.object({
  // An address as accounts are created with: nothing else (a NUL byte, say) is ever looked up.
  email: z.string().trim().max(320).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined) {
  // Set by the site's HTTP server on every request, from the connection and the trusted proxies only.
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return (Array.isArray(value) ? value[0] : value) || "inconnue";
}

export function authOptions(): NextAuthOptions {
  const { NEXTAUTH_SECRET, SITE_URL } = parseAuthEnv();
  const { DATABASE_URL } = parseServerEnv();
  return {
    secret: NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    jwt: { maxAge: SESSION_MAX_AGE },
    // __Secure- and __Host- cookie names and the Secure flag whenever the site is served over HTTPS.
    useSecureCookies: SITE_URL.startsWith("https://"),
    pages: { signIn: "/admin/connexion", error: "/admin/connexion" },
    providers: [
      CredentialsProvider({
        name: "Adresse électronique",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const email = normalizeEmail(parsed.data.email);
          const address = clientAddress(request?.headers);
          if ((await reserveLoginAttempt(DATABASE_URL, email, address)) > 0) throw new Error("RateLimited");
          const user = await checkCredentials(db, email, parsed.data.password);
          if (!user) return null;
          await recordSuccessfulLogin(DATABASE_URL, email, address);
          const sid = await createLoginSession(db, user.id);
          return { id: String(user.id), email: user.email, sessionVersion: user.sessionVersion, sid };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sv = (user as { sessionVersion?: number }).sessionVersion;
          token.sid = (user as { sid?: string }).sid;
          return token;
        }
        // Every later read of the session, /api/auth/session included: an ended session is no session, and
        // next-auth clears its cookie instead of renewing it.
        let staff: Awaited<ReturnType<typeof findStaffSession>>;
        try {
          staff = await findStaffSession(token.uid, token.sv, token.sid);
        } catch {
          // The database does not answer: not for this callback to decide (next-auth would take it for "no
          // session"); the page's or action's own check, which gets the same error, reports the outage.
          return token;
        }
        if (!staff) throw new SessionEndedError();
        return token;
      },
      // What /api/auth/session answers the page's scripts: whether there is a session, until when. No page
      // needs more; the server reads the cookie's claims itself (lib/auth/session-token.ts).
      session({ session }) {
        return { expires: session.expires };
      },
    },
    // An ended session is expected, not an error; other faults are logged as their code and message, no stack.
    logger: {
      error(code, metadata) {
        if ((metadata as { name?: string } | undefined)?.name === "SessionEndedError") return;
        console.error(`Authentification : ${code}`, (metadata as { message?: string } | undefined)?.message ?? "");
      },
      warn(code) {
        console.warn(`Authentification : ${code}`);
      },
      debug() {},
    },
    events: {
      // Logging out ends every session of the account, on every device.
      async signOut({ token }) {
        if (typeof token?.uid === "number") {
          await db.user.update({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
        }
      },
    },
  };
}
