// Changing a factor or an account's access needs a proof of identity of the last 10 minutes (ASVS 5.0, 6.2):
// a session cookie stolen once the person walked away must not add its own factor or create its own account.
// Each change is refused with an older proof, changing nothing; accepted after « Confirmer votre identité »;
// journaled both times it succeeds (the confirmation and the change).
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createAccount, resetAccountSecondFactor, setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { MESSAGES, STALE_PROOF_STATE, type FormState } from "@/lib/admin/form-state";
import { hashSessionId, LOGIN_MAX_AGE_MS, PROOF_WINDOW_MS } from "@/lib/auth/login-session";
import { confirmWithPasskey, confirmWithPassword, passkeyConfirmationOptions } from "@/lib/auth/proof-actions";
import { newTotpEnrolment, totpCode } from "@/lib/auth/second-factor";
import {
  addPasskey,
  confirmTotp,
  passkeyEnrolmentOptions,
  regenerateRecoveryCodes,
  removePasskey,
  removeTotp,
  verifySecondFactor,
} from "@/lib/auth/second-factor-actions";
import { hasFreshProof } from "@/lib/auth/session";
import { db } from "@/lib/database/db";
import { nextTotpCode } from "@/tests/support/second-factor";
import { signInAs, signOutLocally, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());
afterEach(() => signOutLocally());

const STRONG = "une phrase de passe pour les tests";

/** The person proved who they are 11 minutes ago: the password at login, nothing since. */
async function ageProof(sid: string, byMs = PROOF_WINDOW_MS + 60_000) {
  await db.loginSession.update({
    where: { id: hashSessionId(sid) },
    data: { provedAt: new Date(Date.now() - byMs) },
  });
}

const provedAt = async (sid: string) =>
  (await db.loginSession.findUniqueOrThrow({ where: { id: hashSessionId(sid) } })).provedAt;

/** Everything these changes can touch, to show that a refused one touched nothing. */
async function accountsSnapshot() {
  const [users, passkeys, codes, journal] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.passkey.findMany({ orderBy: { id: "asc" } }),
    db.recoveryCode.findMany({ orderBy: { id: "asc" } }),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ users, passkeys, codes, journal }, (_key, value: unknown) =>
    typeof value === "bigint" ? String(value) : value,
  );
}

type Change = {
  name: string;
  /** Signs in (as whom the change needs) and prepares what it acts on; answers the form's fields. */
  prepare: () => Promise<{ sid: string; fields: Record<string, string | number>; act?: Act }>;
  /** The journal entry the accepted change writes. */
  journal: RegExp;
};
type Act = (fields: Record<string, string | number>) => Promise<{ state: FormState | null; redirectTo: string | null }>;

/** An editor with an authenticator app and a passkey, signed in: the factors to change are there. */
async function editorWithFactors() {
  const editor = await signInAs("EDITOR", { secondFactor: "app" });
  const passkey = await db.passkey.create({
    data: {
      userId: editor.id,
      credentialId: `cle-${editor.id}`,
      publicKey: Buffer.from("clé publique de test"),
      name: "Téléphone",
    },
  });
  return { editor, passkey };
}

/** An administrator signed in, and another account to act on. */
async function adminAndTarget({ targetFactor = false } = {}) {
  const target = await signInAs("EDITOR", { secondFactor: targetFactor ? "app" : "none" });
  const admin = await signInAs("ADMIN");
  return { admin, target };
}

const CHANGES: Change[] = [
  {
    name: "creating an account",
    prepare: async () => {
      const { admin } = await adminAndTarget();
      return {
        sid: admin.sid,
        fields: { email: `nouveau-${admin.id}@groupe-sns.test`, role: "ADMIN", password: STRONG },
      };
    },
    journal: /^Compte créé/,
  },
  {
    name: "changing an account's role",
    prepare: async () => {
      const { admin, target } = await adminAndTarget();
      const { version } = await db.user.findUniqueOrThrow({ where: { id: target.id } });
      return {
        sid: admin.sid,
        fields: { id: target.id, version, role: "ADMIN", isDisabled: "false" },
        act: (fields) => submit(updateAccount, fields),
      };
    },
    journal: /^Compte modifié/,
  },
  {
    name: "setting an account's password",
    prepare: async () => {
      const { admin, target } = await adminAndTarget();
      return { sid: admin.sid, fields: { id: target.id, password: STRONG }, act: (f) => submit(setAccountPassword, f) };
    },
    journal: /^Nouveau mot de passe défini/,
  },
  {
    name: "resetting an account's second factor",
    prepare: async () => {
      const { admin, target } = await adminAndTarget({ targetFactor: true });
      return { sid: admin.sid, fields: { id: target.id }, act: (f) => submit(resetAccountSecondFactor, f) };
    },
    journal: /^Double authentification réinitialisée/,
  },
  {
    name: "replacing the authenticator app",
    prepare: async () => {
      const { editor } = await editorWithFactors();
      const enrolment = await newTotpEnrolment(editor);
      return {
        sid: editor.sid,
        fields: { sealed: enrolment.sealed },
        // The code is computed when the form is sent, as the phone shows it.
        act: (fields) => submit(confirmTotp, { ...fields, code: totpCode(enrolment.secret) }),
      };
    },
    journal: /^Application d’authentification activée/,
  },
  {
    name: "removing the authenticator app",
    prepare: async () => {
      const { editor } = await editorWithFactors();
      return { sid: editor.sid, fields: {}, act: (f) => submit(removeTotp, f) };
    },
    journal: /^Application d’authentification retirée/,
  },
  {
    name: "removing a passkey",
    prepare: async () => {
      const { editor, passkey } = await editorWithFactors();
      return { sid: editor.sid, fields: { id: passkey.id }, act: (f) => submit(removePasskey, f) };
    },
    journal: /^Clé d’accès « Téléphone » retirée/,
  },
  {
    name: "generating new recovery codes",
    prepare: async () => {
      const { editor } = await editorWithFactors();
      return { sid: editor.sid, fields: {}, act: (f) => submit(regenerateRecoveryCodes, f) };
    },
    journal: /^Nouveaux codes de secours/,
  },
];

describe("a change of a factor or of an account's access", () => {
  it.each(CHANGES)("$name: refused with a proof older than 10 minutes, accepted once confirmed", async (change) => {
    const { sid, fields, act = (f) => submit(createAccount, f) } = await change.prepare();
    await ageProof(sid);
    expect(await hasFreshProof()).toBe(false);

    const before = await accountsSnapshot();
    const refused = await act(fields);
    expect(refused.redirectTo).toBeNull();
    expect(refused.state).toMatchObject({ ...STALE_PROOF_STATE });
    expect(refused.state?.message).toMatch(/^Pour changer un moyen de connexion .* confirmez d’abord votre identité/);
    expect(await accountsSnapshot()).toBe(before);

    const user = await db.loginSession.findUniqueOrThrow({
      where: { id: hashSessionId(sid) },
      include: { user: true },
    });
    const confirmed = await submit(confirmWithPassword, {
      currentPassword: "mot de passe de test",
      retour: "/admin/compte",
    });
    expect(confirmed.redirectTo).toBe("/admin/compte");
    expect(await hasFreshProof()).toBe(true);

    const journalBefore = await db.auditEntry.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(journalBefore.summary).toBe(`Identité confirmée (mot de passe) par ${user.user.email}`);
    const accepted = await act(fields);
    expect(accepted.state?.needsProof).toBeUndefined();
    expect(accepted.state?.status ?? "redirected").not.toBe("error");
    const written = await db.auditEntry.findMany({ where: { id: { gt: journalBefore.id } }, orderBy: { id: "asc" } });
    expect(written.map((entry) => entry.summary)).toContainEqual(expect.stringMatching(change.journal));
  });

  it("adding a passkey: no challenge and no registration with an old proof, a challenge once confirmed", async () => {
    const { editor } = await editorWithFactors();
    await ageProof(editor.sid);
    expect(await passkeyEnrolmentOptions()).toEqual({ refused: STALE_PROOF_STATE });
    expect(await addPasskey({ id: "x", type: "public-key" }, "Clé volée")).toEqual(STALE_PROOF_STATE);
    // No challenge was kept on the login: nothing a registration could answer.
    expect(
      (await db.loginSession.findUniqueOrThrow({ where: { id: hashSessionId(editor.sid) } })).challenge,
    ).toBeNull();

    await submit(confirmWithPassword, { currentPassword: editor.password, retour: "/admin/compte" });
    const { options } = await passkeyEnrolmentOptions();
    expect(options?.user.name).toBe(editor.email);
  });
});

describe("« Confirmer votre identité »", () => {
  it("refuses a wrong password with a French message, and counts it like a login: the fifth ends the sessions", async () => {
    const editor = await signInAs("EDITOR");
    await ageProof(editor.sid);
    const old = await provedAt(editor.sid);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { state } = await submit(confirmWithPassword, { currentPassword: `faux ${attempt}`, retour: "/admin" });
      expect(state?.fieldErrors?.currentPassword).toEqual(["Mot de passe incorrect."]);
      expect(state?.values).toEqual({ retour: "/admin" });
    }
    expect(await provedAt(editor.sid)).toEqual(old);
    // Past the login limits, even the right password ends the sessions instead of confirming.
    const limited = await submit(confirmWithPassword, { currentPassword: editor.password, retour: "/admin" });
    expect(limited.redirectTo).toBe("/admin/connexion?limite=1");
    expect((await submit(removeTotp, {})).state).toMatchObject({ status: "error", message: MESSAGES.forbidden });
  });

  it("follows only an address of the back office after the confirmation", async () => {
    const editor = await signInAs("EDITOR");
    const { redirectTo } = await submit(confirmWithPassword, {
      currentPassword: editor.password,
      retour: "https://ailleurs.example/admin",
    });
    expect(redirectTo).toBe("/admin");
  });

  it("gives the login 8 hours from the confirmation, so that a session about to end can be extended", async () => {
    const editor = await signInAs("EDITOR");
    const login = { id: hashSessionId(editor.sid) };
    await db.loginSession.update({ where: login, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    const before = Date.now();
    await submit(confirmWithPassword, { currentPassword: editor.password, retour: "/admin/chiffres" });
    const { expiresAt } = await db.loginSession.findUniqueOrThrow({ where: login });
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + LOGIN_MAX_AGE_MS);
    expect(expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + LOGIN_MAX_AGE_MS);
    // A wrong password extends nothing.
    await db.loginSession.update({ where: login, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    const unchanged = (await db.loginSession.findUniqueOrThrow({ where: login })).expiresAt;
    await submit(confirmWithPassword, { currentPassword: "pas le bon", retour: "/admin" });
    expect((await db.loginSession.findUniqueOrThrow({ where: login })).expiresAt).toEqual(unchanged);
  });

  it("takes the second factor given at login as a proof", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    await ageProof(admin.sid);
    const { redirectTo } = await submit(verifySecondFactor, {
      code: await nextTotpCode(admin.totpSecret!),
      retour: "/admin/compte",
    });
    expect(redirectTo).toBe("/admin/compte");
    expect(await hasFreshProof()).toBe(true);
  });

  it("gives a passkey challenge to a complete session only, and refuses an answer that is no passkey's", async () => {
    expect(await passkeyConfirmationOptions()).toBeNull();
    await signInAs("ADMIN", { verified: false });
    expect(await passkeyConfirmationOptions()).toBeNull();
    const { sid } = (await editorWithFactors()).editor;
    await ageProof(sid);
    const old = await provedAt(sid);
    expect((await passkeyConfirmationOptions())?.allowCredentials).toHaveLength(1);
    expect(await confirmWithPasskey({ id: "x", type: "public-key" }, "/admin")).toMatchObject({ status: "error" });
    expect(await confirmWithPasskey("pas une réponse", "/admin")).toMatchObject({ status: "error" });
    expect(await provedAt(sid)).toEqual(old);
  });
});
