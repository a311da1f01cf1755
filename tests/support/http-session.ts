// A staff member's requests without a browser, as a script would send them: next-auth's credentials
// login, and back-office forms posted as their HTML says (the way they work without JavaScript).
import { nextTotpCode } from "@/tests/support/second-factor";
import { parseHtml } from "@/tests/support/html";

/** The name=value pairs of Set-Cookie headers, as a Cookie header would send them back. */
export const cookieHeader = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

/** Signs in through next-auth's credentials endpoint, as the login form does. */
export async function signIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf), ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return { response, csrf, cookie: cookieHeader(response), error: new URL(url).searchParams.get("error") };
}

/**
 * Signs in with the password, then gives the second factor on the verification page as its form says (no
 * JavaScript): the code the account's authenticator app shows now.
 */
export async function signInWithCode(baseUrl: string, email: string, password: string, totpSecret: string) {
  const session = await signIn(baseUrl, email, password);
  if (session.error) return session;
  const verification = await postForm(
    baseUrl,
    session.cookie,
    "/admin/connexion/verification",
    (form) => form.has("code"),
    {
      code: await nextTotpCode(totpSecret),
    },
  );
  if (verification.status !== 303) throw new Error(`vérification refusée (${verification.status})`);
  return session;
}

/**
 * Sets up an authenticator app on the enrolment page as its form says (no JavaScript), reading the key the page
 * shows for manual entry; returns that key.
 */
export async function enrolThroughPage(baseUrl: string, cookie: string) {
  const page = `${baseUrl}/admin/double-authentification`;
  const html = await (await fetch(page, { headers: { cookie } })).text();
  const secret = parseHtml(html).querySelector("#cle-totp")?.textContent?.replace(/\s/g, "");
  // The form of that very page: each showing of the page has a key of its own.
  const form = formsIn(html).find((body) => body.has("sealed"));
  if (!secret || !form) throw new Error("pas de clé sur la page d’enrôlement");
  form.set("code", await nextTotpCode(secret));
  const response = await fetch(page, { method: "POST", headers: { cookie, origin: baseUrl }, body: form });
  const answer = await response.text();
  if (!answer.includes("Application d’authentification activée")) throw new Error("enrôlement refusé");
  return secret;
}

/** The forms of a back-office page, each as the body its submit button would post. */
export async function formsOf(url: string, cookie: string) {
  return formsIn(await (await fetch(url, { headers: { cookie } })).text());
}

function formsIn(html: string) {
  const document = parseHtml(html);
  return [...document.querySelectorAll("form")].map((form) => {
    const body = new FormData();
    for (const input of form.querySelectorAll("input, textarea, select")) {
      const field = input as HTMLInputElement;
      if (field.name) body.append(field.name, field.value);
    }
    return body;
  });
}

/** The national-count form of one kind of structure on /admin/chiffres. */
export async function countForm(baseUrl: string, cookie: string, kind: string) {
  const form = (await formsOf(`${baseUrl}/admin/chiffres`, cookie)).find((body) => body.get("kind") === kind);
  if (!form) throw new Error(`pas de formulaire pour ${kind}`);
  return form;
}

/**
 * Posts a back-office form of `page` as its HTML says (no JavaScript), the one `pick` chooses, with some fields
 * changed, as the signed-in staff member whose cookie is given.
 */
export async function postForm(
  baseUrl: string,
  cookie: string,
  page: string,
  pick: (form: FormData) => boolean,
  changes: Record<string, string | Blob> = {},
) {
  const form = (await formsOf(`${baseUrl}${page}`, cookie)).find(pick);
  if (!form) throw new Error(`pas de formulaire sur ${page}`);
  for (const [name, value] of Object.entries(changes)) form.set(name, value);
  return fetch(`${baseUrl}${page}`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: baseUrl },
    body: form,
  });
}
