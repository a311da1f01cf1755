// Two jobs before Next.js routes a request:
// - the directory: /annuaire?… is rewritten to the cached page of that search (lib/directory/search-key.ts).
//   Its internal address shows the same page, with the same canonical URL; a made-up key is a 404.
// - the back office: visitors without a session cookie go to the login page. This is only a convenience:
//   every back-office page, server action and data function checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { directorySearchKey, paramsOf, SEARCH_ROUTE } from "@/lib/directory/search-key";
import { parseDirectoryQuery } from "@/lib/directory/search-params";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/annuaire") {
    // nextUrl, not request.url: it knows the address Next.js serves on, so the rewrite stays internal.
    const search = request.nextUrl.clone();
    search.pathname = `${SEARCH_ROUTE}/${directorySearchKey(parseDirectoryQuery(paramsOf(searchParams)))}`;
    search.search = "";
    return NextResponse.rewrite(search);
  }
  if (pathname === "/admin/connexion" || SESSION_COOKIES.some((name) => request.cookies.has(name)))
    return NextResponse.next();
  const login = new URL("/admin/connexion", request.url);
  login.searchParams.set("retour", pathname);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/annuaire", "/admin", "/admin/:path*"] };
