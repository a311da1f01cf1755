// Request lines as a hostile or broken client writes them, byte for byte on a socket, against the production
// server: every one gets a complete answer at once (never a hung connection nor a server error), no redirect
// to another host, and the server goes on answering.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, inject, it } from "vitest";
import { MAX_FORM_BODY_BYTES } from "@/lib/admin/limits";
import { rawRequest } from "@/tests/support/raw-http";

const baseUrl = inject("baseUrl");
const get = (target: string) => rawRequest(baseUrl, `GET ${target} HTTP/1.1`);

/** Where a Location header leads, if anywhere but this site. */
function offSite(head: string) {
  const location = head.match(/^location: (.*)$/im)?.[1]?.trim();
  if (!location) return null;
  const target = new URL(location, baseUrl);
  return target.origin === new URL(baseUrl).origin ? null : location;
}

describe("request targets no page can have", () => {
  it("leaves to Node.js a target that is no URL at all: 400 and closed, before the site sees it", async () => {
    const answer = await get("annuaire");
    expect(answer.status).toBe(400);
    expect(answer.closed).toBe(true);
  });

  it.each(["//", "///x", "//[", "/\\\\", "/\\", "*", "/a\\b"])(
    "answers %s with 400 and closes the connection",
    async (target) => {
      const answer = await get(target);
      expect(answer.status).toBe(400);
      expect(answer.closed).toBe(true);
      expect(answer.head).toMatch(/^content-type: text\/html; charset=utf-8$/im);
      expect(answer.body).toContain("<h1>Adresse invalide</h1>");
    },
  );

  it.each(["/annuaire/%C3%28", "/annuaire/recherche/%ZZ", "/api/auth/%ZZ", "/%", "/admin/%E0%A4%A"])(
    "answers the bad percent-encoding of %s with the site's 404 page",
    async (target) => {
      const answer = await get(target);
      expect(answer.status).toBe(404);
      expect(answer.body).toContain("Page introuvable");
      expect(answer.head).toMatch(/^x-robots-tag: noindex$/im);
    },
  );

  it("serves an absolute-form request from its path, never redirecting to the host it names", async () => {
    const answer = await get("http://attacker.invalid/annuaire");
    expect(answer.status).toBe(200);
    expect(answer.body).toContain("Annuaire des structures de l’IAE");
    expect(offSite(answer.head)).toBeNull();
    const root = await get("https://attacker.invalid");
    expect(offSite(root.head)).toBeNull();
    expect(root.status).toBe(200);
  });

  it("refuses a body larger than any form may send before reading it, in French", async () => {
    const answer = await rawRequest(
      baseUrl,
      "POST /admin/annuaire/import HTTP/1.1",
      `Content-Type: multipart/form-data; boundary=x\r\nContent-Length: ${MAX_FORM_BODY_BYTES + 1}\r\n`,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("<h1>Envoi trop volumineux</h1>");
    expect(answer.body).toContain("11\u00a0Mo");
  });
});

describe("random request lines", () => {
  const pathChar = fc.constantFrom(..."/\\%.:@?#[]-_~!$&'()*+,;=aZ09é".split(""), "%2F", "%00", "%C3", "%ZZ", "//");
  const target = fc.oneof(
    fc.array(pathChar, { maxLength: 20 }).map((chars) => `/${chars.join("")}`),
    fc.array(pathChar, { maxLength: 20 }).map((chars) => chars.join("")),
    fc
      .tuple(fc.constantFrom("http://", "https://", "ftp://", "//"), fc.domain(), fc.array(pathChar, { maxLength: 10 }))
      .map(([scheme, host, chars]) => `${scheme}${host}/${chars.join("")}`),
    fc.string({ unit: "binary-ascii", maxLength: 30 }).map((text) => `/${text.replace(/[\s]/g, "")}`),
  );

  test.prop([target], { numRuns: 150 })(
    "are answered at once, without a server error or a redirect away",
    async (t) => {
      // Non-ASCII is sent as UTF-8 bytes, as a careless client would.
      const answer = await get(Buffer.from(t, "utf8").toString("latin1"));
      expect(answer.status, t).not.toBeNull();
      expect(answer.status!, t).toBeLessThan(500);
      expect(offSite(answer.head), t).toBeNull();
    },
  );

  it("leaves the server answering pages afterwards", async () => {
    expect((await fetch(`${baseUrl}/annuaire`)).status).toBe(200);
  });
});
