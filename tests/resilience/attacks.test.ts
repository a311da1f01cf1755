// Hostile requests against a server of the production build, configured as deployed on HTTPS (SITE_URL
// https://…; the test speaks plain HTTP to it, as a reverse proxy terminating TLS would).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { cookieHeader, countForm, signIn, signInWithCode } from "@/tests/support/http-session";
import { createStaffAccount } from "@/tests/support/second-factor";
import { copyOfSeed, startInstance } from "@/tests/support/production-copy";
import { parseHtml } from "@/tests/support/html";

const staffAccount = { email: "attaques@groupe-sns.test", password: "une phrase de passe que personne ne devine" };
let staff: Awaited<ReturnType<typeof createStaffAccount>>;
/** Another account, whose codes are not spent by the tests of `staff` (one code per 30 s per account). */
const readerAccount = { email: "lecteur@groupe-sns.test", password: "une autre phrase que personne ne devine" };
let reader: Awaited<ReturnType<typeof createStaffAccount>>;

let database: Awaited<ReturnType<typeof copyOfSeed>>;
let server: Awaited<ReturnType<typeof startInstance>>;

beforeAll(async () => {
  database = await copyOfSeed();
  const prisma = createPrismaClient(database.url);
  staff = await createStaffAccount(prisma, { ...staffAccount, role: "ADMIN" });
  reader = await createStaffAccount(prisma, { ...readerAccount, role: "ADMIN" });
  await prisma.$disconnect();
  server = await startInstance("attacks", { DATABASE_URL: database.url, NEXTAUTH_URL: "https://sns.example" });
});

afterAll(async () => {
  await server?.stop();
  await server?.remove();
  await database?.drop();
});

const signInHere = (email: string, password: string) => signIn(server.baseUrl, email, password);
/** Password and second factor: a session that opens the back office. */
const fullSignIn = () => signInWithCode(server.baseUrl, staff.email, staff.password, staff.totpSecret!);

describe("security headers", () => {
  const common = (headers: Headers) => {
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(headers.get("content-security-policy")).toContain("object-src 'none'");
  };

  it("gives public pages, files and API answers a policy without nonce, and keeps pages cacheable", async () => {
    for (const path of ["/", "/annuaire?q=metz", "/annuaire/la-collecterie-93", "/robots.txt", "/sitemap.xml"]) {
      await fetch(`${server.baseUrl}${path}`);
      const response = await fetch(`${server.baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      common(response.headers);
      expect(response.headers.get("content-security-policy"), path).not.toContain("nonce-");
      expect(response.headers.get("content-security-policy"), path).toContain("script-src 'self' 'unsafe-inline'");
      // « Autour de moi » may ask for the position, from this origin only.
      expect(response.headers.get("permissions-policy"), path).toContain("geolocation=(self)");
    }
    const home = await fetch(`${server.baseUrl}/`);
    expect(home.headers.get("x-nextjs-cache")).toBe("HIT");
    const missing = await fetch(`${server.baseUrl}/page-qui-n-existe-pas`);
    expect(missing.status).toBe(404);
    common(missing.headers);
    const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
    common(csrf.headers);
  });

  it("gives the back office a nonce policy matching its scripts, noindex, and no caching by shared caches", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${server.baseUrl}/admin/connexion`);
      common(response.headers);
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
      expect(policy).toContain("'strict-dynamic'");
      expect(policy).not.toContain("unsafe-inline'; style");
      expect(nonce).toBeTruthy();
      nonces.add(nonce!);
      expect(response.headers.get("permissions-policy")).toContain("geolocation=()");
      expect(response.headers.get("cache-control")).toMatch(/private/);
      expect(response.headers.get("cache-control")).toMatch(/no-store/);
      expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
      const document = parseHtml(await response.text());
      expect(document.querySelector('meta[name="robots"]')?.getAttribute("content")).toMatch(/noindex/);
      const scripts = [...document.querySelectorAll("script")];
      expect(scripts.length).toBeGreaterThan(0);
      // Every script the page carries may run under the policy, and only those.
      for (const script of scripts) expect(script.getAttribute("nonce")).toBe(nonce);
    }
    expect(nonces.size).toBe(2);
  });
});

describe("sessions", () => {
  it("sets HTTPS-only, script-proof, same-site cookies", async () => {
    const { response, csrf, error } = await signInHere(staff.email, staff.password);
    expect(error).toBeNull();
    const csrfCookie = csrf.headers.getSetCookie().find((cookie) => cookie.startsWith("__Host-next-auth.csrf-token="));
    expect(csrfCookie).toMatch(/; HttpOnly/i);
    expect(csrfCookie).toMatch(/; Secure/i);
    expect(csrfCookie).toMatch(/; SameSite=Lax/i);
    expect(csrfCookie).not.toMatch(/Domain=/i);
    const session = response.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith("__Secure-next-auth.session-token="));
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Path=\//i);
    expect(session).toMatch(/; Expires=/i);
  });

  it("tells the page's scripts no more than the session's expiry, and opens the back office from the cookie only", async () => {
    const { cookie } = await signInWithCode(server.baseUrl, reader.email, reader.password, reader.totpSecret!);
    const answer = await (await fetch(`${server.baseUrl}/api/auth/session`, { headers: { cookie } })).text();
    // Neither the address one logs in with, nor the account's id, nor the login's random identifier.
    expect(JSON.parse(answer)).toEqual({ expires: expect.any(String) });
    expect(answer).not.toContain(reader.email);
    const admin = await fetch(`${server.baseUrl}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain(reader.email);
    // The same token sent as a bearer, where a script could put one: no session. A cookie of the other name
    // (plain HTTP's) gets the request past proxy.ts, so that the page's own check is the one answering.
    const token = decodeURIComponent(cookie.match(/__Secure-next-auth\.session-token=([^;]+)/)![1]!);
    const bearer = await fetch(`${server.baseUrl}/admin`, {
      headers: { authorization: `Bearer ${token}`, cookie: "next-auth.session-token=aucune" },
      redirect: "manual",
    });
    expect(bearer.status).toBe(307);
    expect(bearer.headers.get("location")).toContain("/admin/connexion");
  });
});

describe("impossible credentials", () => {
  it("refuses them as a wrong password, without asking the database", async () => {
    for (const email of ["\u0000", `${staff.email}\u0000`, "a\u0000@groupe-sns.test", "x".repeat(400)]) {
      expect((await signInHere(email, staff.password)).error, JSON.stringify(email)).toBe("CredentialsSignin");
    }
    // A NUL in a password is hashed like any other character: a wrong password, nothing more.
    expect((await signInHere(staff.email, "\u0000")).error).toBe("CredentialsSignin");
    expect(server.output()).not.toMatch(/invalid byte sequence|22021/);
  });
});

describe("ended sessions and impossible ids", () => {
  it("answers no session for a cookie whose session ended, and clears the cookie instead of renewing it", async () => {
    const { cookie } = await signInHere(staff.email, staff.password);
    const before = await fetch(`${server.baseUrl}/api/auth/session`, { headers: { cookie } });
    expect(await before.json()).toEqual({ expires: expect.any(String) });

    // Logout, as the back office's button posts it.
    const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signedOut = await fetch(`${server.baseUrl}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${cookieHeader(csrf)}` },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    expect(signedOut.status).toBeLessThan(400);

    // The old cookie, replayed as a thief would.
    const after = await fetch(`${server.baseUrl}/api/auth/session`, { headers: { cookie } });
    expect(await after.json()).toEqual({});
    const sessionCookie = after.headers
      .getSetCookie()
      .find((value) => value.startsWith("__Secure-next-auth.session-token="));
    expect(sessionCookie).toMatch(/^__Secure-next-auth\.session-token=;/);
    expect(sessionCookie).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect(server.output()).not.toMatch(/JWT_SESSION_ERROR|SessionEndedError/);
  });

  it("answers 404 for back-office ids no row can have", async () => {
    const { cookie } = await fullSignIn();
    for (const path of [
      "/admin/mandats/99999999999",
      "/admin/mandats/99999999999/supprimer",
      "/admin/comptes/99999999999",
      "/admin/annuaire/import/99999999999",
      "/admin/mandats/1.5",
      "/admin/mandats/-1",
      // A key PostgreSQL cannot even compare (a NUL byte), and one no section has.
      "/admin/textes/%00",
      "/admin/textes/a%00b",
      "/admin/textes/Presentation",
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, path).toBe(404);
    }
  });
});

describe("server actions", () => {
  const ettiCount = async () => {
    const prisma = createPrismaClient(database.url);
    const count = await prisma.structureCount.findUniqueOrThrow({ where: { kind: "ETTI" } });
    await prisma.$disconnect();
    return count.value;
  };

  it("refuses an action posted from another site, and runs the same request from the site itself", async () => {
    const { cookie } = await fullSignIn();
    const before = await ettiCount();

    const forged = await countForm(server.baseUrl, cookie, "ETTI");
    forged.set("value", "999");
    const refused = await fetch(`${server.baseUrl}/admin/chiffres`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: "https://site-malveillant.example" },
      body: forged,
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await ettiCount()).toBe(before);

    // The same request with the site's own origin goes through: the refusal above was the origin's doing.
    const genuine = await countForm(server.baseUrl, cookie, "ETTI");
    genuine.set("value", String(before + 1));
    const accepted = await fetch(`${server.baseUrl}/admin/chiffres`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: server.baseUrl },
      body: genuine,
    });
    expect(accepted.status).toBeLessThan(400);
    expect(await ettiCount()).toBe(before + 1);
  });
});

describe("a password without its second factor", () => {
  it("opens no back-office page and runs no action", async () => {
    const { cookie: full } = await fullSignIn();
    const form = await countForm(server.baseUrl, full, "ETTI");
    const { cookie } = await signInHere(staff.email, staff.password);
    for (const path of ["/admin", "/admin/chiffres", "/admin/comptes", "/admin/journal", "/admin/compte"]) {
      const response = await fetch(`${server.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
      expect(response.status, path).toBe(307);
      expect(response.headers.get("location"), path).toMatch(/^\/admin\/connexion\/verification\?retour=/);
    }
    const prisma = createPrismaClient(database.url);
    const before = (await prisma.structureCount.findUniqueOrThrow({ where: { kind: "ETTI" } })).value;
    form.set("value", String(before + 7));
    const refused = await fetch(`${server.baseUrl}/admin/chiffres`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: server.baseUrl },
      body: form,
    });
    expect(await refused.text()).not.toContain("Modifications enregistrées");
    expect((await prisma.structureCount.findUniqueOrThrow({ where: { kind: "ETTI" } })).value).toBe(before);
    await prisma.$disconnect();
  });
});

describe("login rate limit", () => {
  it("holds under 200 attempts sent at once, whatever X-Forwarded-For they claim", async () => {
    const attempts = Array.from({ length: 200 }, (_, i) => ({
      email: i % 2 === 0 ? staff.email : `inconnu-${i}@groupe-sns.test`,
      forwardedFor: `198.51.100.${i % 250}`,
    }));
    const errors: (string | null)[] = [];
    // 20 at a time, as a script with a connection pool would.
    for (let start = 0; start < attempts.length; start += 20) {
      const batch = attempts.slice(start, start + 20).map(async ({ email, forwardedFor }) => {
        const csrf = await fetch(`${server.baseUrl}/api/auth/csrf`);
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const response = await fetch(`${server.baseUrl}/api/auth/callback/credentials`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            cookie: cookieHeader(csrf),
            "x-forwarded-for": forwardedFor,
          },
          body: new URLSearchParams({ csrfToken, email, password: "essai au hasard", json: "true" }),
        });
        const { url } = (await response.json()) as { url: string };
        return new URL(url).searchParams.get("error");
      });
      errors.push(...(await Promise.all(batch)));
    }
    const checked = errors.filter((error) => error === "CredentialsSignin").length;
    const limited = errors.filter((error) => error === "RateLimited").length;
    // Every attempt is refused; at most 30 (the per-address limit) ever reached a password check.
    expect(checked + limited).toBe(200);
    expect(checked).toBeLessThanOrEqual(30);
    expect(limited).toBeGreaterThanOrEqual(170);
    // Even the right password is now refused, for this account and from this address.
    expect((await signInHere(staff.email, staff.password)).error).toBe("RateLimited");
  });
});
