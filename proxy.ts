// Two jobs before Next.js routes a request:
// - the directory: /annuaire?… is rewritten to the cached page of that search (lib/directory/search-key.ts);
//   the internal address itself is not served to visitors.
// - the back office: visitors without a session cookie go to the login page. This is only a convenience:
//   every back-office page, server action and data function checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { directorySearchKey, paramsOf, SEARCH_ROUTE } from "@/lib/directory/search-key";
import { parseDirectoryQuery } from "@/lib/directory/search-params";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/annuaire") {
    const key = directorySearchKey(parseDirectoryQuery(paramsOf(searchParams)));
    return NextResponse.rewrite(new URL(`${SEARCH_ROUTE}/${key}`, request.url));
  }
  if (pathname.startsWith(`${SEARCH_ROUTE}/`)) {
    return NextResponse.rewrite(new URL("/page-introuvable", request.url));
  }
  if (pathname === "/admin/connexion" || SESSION_COOKIES.some((name) => request.cookies.has(name)))
    return NextResponse.next();
  const login = new URL("/admin/connexion", request.url);
  login.searchParams.set("retour", pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/annuaire", "/annuaire/recherche/:path*", "/admin", "/admin/:path*"] };
