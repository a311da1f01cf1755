// Random and adversarial input (fast-check) through the real code and a real PostgreSQL: the directory
// search and every back-office server action. Nothing throws, and input that is refused changes nothing.
import { fc, test } from "@fast-check/vitest";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { MESSAGES } from "@/lib/admin/form-state";
import { db } from "@/lib/database/db";
import { searchStructures } from "@/lib/directory/queries";
import { parseDirectoryQuery } from "@/lib/directory/search-params";
import { FORM_ACTIONS } from "@/tests/support/action-registry";
import { signInAs, signOutLocally, submit } from "@/tests/support/staff-session";

const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 120 }),
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "'; DROP TABLE structure; --",
    "%_%",
    "\u0000",
    "1",
    "0",
    "-1",
    "99999999999999999999",
    "3000000000",
    "ACI",
    "ADMIN",
    "true",
    "up",
    "https://www.youtube.com/watch?v=aaaaaaaaaaa",
    "2026-02-30",
    "a".repeat(30_000),
  ),
);

/** Numbers as a forged form would send them: out of range for PostgreSQL, signed, written oddly. */
const numberish = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: 2n ** 31n - 2n, max: 2n ** 53n }).map(String),
  fc.constantFrom("2147483648", "-0", "1e3", "0x10", "1.5", "NaN", "Infinity"),
);

const TABLES = [
  "structure",
  "structure_count",
  "network_figures",
  "mandate",
  "page_section",
  "video_settings",
  "app_user",
  "audit_entry",
  "import_batch",
  "structure_report",
  "passkey",
  "recovery_code",
  "login_session",
];

/**
 * A fingerprint of every table a form can change, in one query: each table's row count and the sum of its rows'
 * xmin (the transaction that wrote each row version). Any insert, delete or update, even one that writes the
 * same values, changes it: a new version's xmin is always greater than the one it replaces. A twentieth of the
 * cost of hashing every row's text, for the same answer.
 */
async function snapshot() {
  const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
    `SELECT ${TABLES.map(
      (table) => `(SELECT '${table}=' || count(*) || ':' || coalesce(sum(t.xmin::text::bigint), 0) FROM "${table}" t)`,
    ).join(" || ' ' || ")} AS digest`,
  );
  return row!.digest;
}

const ACTIONS = FORM_ACTIONS;

/** The actions a login awaiting its second factor may call: every other one refuses it. */
const SECOND_FACTOR_STEP: (keyof typeof ACTIONS)[] = ["verifySecondFactor", "extendSecondFactorWindow"];

/** Counterexamples fast-check once found, replayed on every run before the random inputs. */
const FOUND: Partial<Record<keyof typeof ACTIONS, Record<string, string>[]>> = {
  // A NUL byte in a key that passed validation: PostgreSQL refused the query ("la base ne répond pas").
  updateSection: [{ version: "1", body: "0", heading: "!", eyebrow: "2147483648", key: "\u0000" }],
};

beforeAll(async () => {
  await signInAs("ADMIN");
});

afterAll(() => signOutLocally());

describe("directory search", () => {
  const params = fc.record(
    { q: hostile, type: fc.array(hostile, { maxLength: 4 }), departement: hostile, region: hostile, page: hostile },
    { requiredKeys: [] },
  );

  test.prop([params], { numRuns: 150 })("answers any parameters with a bounded page, changing nothing", async (raw) => {
    const before = await snapshot();
    const result = await searchStructures(parseDirectoryQuery(raw));
    expect(result.items.length).toBeLessThanOrEqual(20);
    expect(result.total).toBeGreaterThanOrEqual(result.items.length);
    expect(await snapshot()).toBe(before);
  });
});

describe("server actions", () => {
  for (const [name, [action, fields]] of Object.entries(ACTIONS)) {
    // A form without fields still gets random ones (a forged request may send anything).
    const names: readonly string[] = fields.length > 0 ? fields : ["x", "id", "__proto__"];
    const input = fc.dictionary(fc.constantFrom(...names), fc.oneof(hostile, numberish));

    const examples = (FOUND[name as keyof typeof ACTIONS] ?? []).map((form) => [form] as [Record<string, string>]);
    test.prop([input], { numRuns: 40, examples })(
      `${name}: never fails, and a refused input changes nothing`,
      async (form) => {
        const before = await snapshot();
        const { state, redirectTo } = await submit(action, form);
        if (redirectTo !== null) return;
        expect(["success", "error", "conflict"]).toContain(state!.status);
        expect(state!.message).toBeTruthy();
        // The database is up: "it does not answer" would mean the input reached it unchecked.
        expect(state!.message).not.toBe(MESSAGES.unavailable);
        for (const value of Object.values(state!.values ?? {})) expect(typeof value).toBe("string");
        if (state!.status !== "success") expect(await snapshot()).toBe(before);
      },
    );

    if (!SECOND_FACTOR_STEP.includes(name as keyof typeof ACTIONS)) {
      test.prop([input], { numRuns: 5 })(
        `${name}: refuses everything to a login awaiting its second factor`,
        async (form) => {
          await signInAs("ADMIN", { verified: false });
          try {
            const before = await snapshot();
            const { state, redirectTo } = await submit(action, form);
            expect(redirectTo).toBeNull();
            expect(state).toMatchObject({ status: "error", message: MESSAGES.forbidden });
            expect(await snapshot()).toBe(before);
          } finally {
            await signInAs("ADMIN");
          }
        },
      );
    }

    test.prop([input], { numRuns: 10 })(`${name}: refuses everything without a session`, async (form) => {
      signOutLocally();
      try {
        const before = await snapshot();
        const { state, redirectTo } = await submit(action, form);
        expect(redirectTo).toBeNull();
        expect(state!.status).toBe("error");
        expect(await snapshot()).toBe(before);
      } finally {
        await signInAs("ADMIN");
      }
    });
  }
});
