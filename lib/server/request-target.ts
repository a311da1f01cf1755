// The page a request line names, read before Next.js sees it. Node accepts request targets that no page of
// the site can answer and that break the parsers after it: `//` (a URL without a host), a backslash (which
// URL parsers read as a slash), an absolute URL naming another host, bad percent-encoding.

export type RequestTarget =
  /** The path and query to hand to Next.js (the absolute form reduced to them). */
  | { path: string }
  /** 400: no page can have this address. 404: it could be a path, but names nothing that exists. */
  | { refusal: 400 | 404 };

const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

function hasValidEncoding(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function readRequestTarget(raw: string | undefined): RequestTarget {
  if (!raw) return { refusal: 400 };
  // RFC 9112 § 3.2.2: a server must accept the absolute form, but the host it names is not ours to
  // redirect to; the Host header and the site's own address decide where links and redirects go.
  const path = ABSOLUTE_FORM.test(raw) ? raw.replace(ABSOLUTE_FORM, "") || "/" : raw;
  if (!path.startsWith("/")) return { refusal: 400 };
  const pathname = path.split(/[?#]/, 1)[0]!;
  if (pathname.startsWith("//") || pathname.includes("\\") || /[^\x21-\x7e]/.test(pathname)) return { refusal: 400 };
  if (!hasValidEncoding(pathname)) return { refusal: 404 };
  return { path };
}
