// Sends visitors without a session cookie from the back office to its login page. This is only a
// convenience: every back-office page, server action and data function checks the session itself.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === "/admin/connexion" || SESSION_COOKIES.some((name) => request.cookies.has(name)))
    return NextResponse.next();
  const login = new URL("/admin/connexion", request.url);
  login.searchParams.set("retour", pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
