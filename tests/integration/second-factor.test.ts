// The second factor on the real database: enrolment of an authenticator app, codes wrong, replayed or
// expired, recovery codes used once, the attempt limit, secrets sealed at rest, the stages a login goes
// through (nothing else open before the second factor), and the reset by an admin and by the command line.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { resetAccountSecondFactor } from "@/lib/accounts/actions";
import { MESSAGES } from "@/lib/admin/form-state";
import { hashSessionId } from "@/lib/auth/login-session";
import { mfaKeys, open } from "@/lib/auth/secret-box";
import { newTotpEnrolment, resealTotpSecrets, totpCode, spendTotpCode } from "@/lib/auth/second-factor";
import {
  addPasskey,
  confirmTotp,
  extendEnrolmentSession,
  extendSecondFactorWindow,
  passkeyEnrolmentOptions,
  passkeyVerificationOptions,
  regenerateRecoveryCodes,
  removeTotp,
  renamePasskey,
  verifySecondFactor,
  verifyWithPasskey,
} from "@/lib/auth/second-factor-actions";
import { getCurrentUser, getStaffSession } from "@/lib/auth/session";
import { SYSTEM_ACTORS } from "@/lib/auth/users";
import { purgeEndedLogins } from "@/lib/reports/purge";
import { db } from "@/lib/database/db";
import { updateNetworkFigures } from "@/lib/figures/actions";
import { listJournal } from "@/lib/journal/admin-queries";
import { nextTotpCode, TEST_MFA_KEY } from "@/tests/support/second-factor";
import { signInAs, signOutLocally, staffSession, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());
afterEach(() => {
  delete process.env.MFA_REQUIRED_FOR_EDITORS;
  signOutLocally();
});

const journalOf = (userId: number) =>
  db.auditEntry.findMany({ where: { entity: "user", entityId: String(userId) }, orderBy: { id: "asc" } });

const PERIOD = 30_000;

/** The code of two or more steps ago: what an app showed a minute back, refused now (unless it happens to be
 * one of the codes valid now, 3 in a million: then an older one). */
function staleCode(secret: string) {
  const valid = [-1, 0, 1].map((step) => totpCode(secret, Date.now() + step * PERIOD));
  for (let steps = 2; ; steps++) {
    const code = totpCode(secret, Date.now() - steps * PERIOD);
    if (!valid.includes(code)) return code;
  }
}

describe("enrolling an authenticator app", () => {
  it("confirms the key with a first code, seals it at rest, and gives 10 recovery codes once", async () => {
    const editor = await signInAs("EDITOR");
    const enrolment = await newTotpEnrolment(editor);
    expect(enrolment.qrSvg).toMatch(/^<svg[^>]*viewBox/);
    expect(enrolment.uri).toBe(
      `otpauth://totp/Groupe%20SNS:${encodeURIComponent(editor.email)}?issuer=Groupe%20SNS&secret=${enrolment.secret}&algorithm=SHA1&digits=6&period=30`,
    );

    const wrong = await submit(confirmTotp, { sealed: enrolment.sealed, code: staleCode(enrolment.secret) });
    expect(wrong.state?.fieldErrors?.code?.join(" ")).toMatch(/^Code incorrect/);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).totpEnabledAt).toBeNull();

    const { state } = await submit(confirmTotp, { sealed: enrolment.sealed, code: totpCode(enrolment.secret) });
    expect(state?.status).toBe("success");
    expect(state?.recoveryCodes).toHaveLength(10);
    expect(new Set(state?.recoveryCodes).size).toBe(10);
    for (const code of state!.recoveryCodes!) expect(code).toMatch(/^[2-9a-z]{4}-[2-9a-z]{4}-[2-9a-z]{4}$/);

    // At rest: neither the key nor the codes are in the database as they are.
    const row = await db.user.findUniqueOrThrow({ where: { id: editor.id }, select: { totpSecret: true } });
    expect(row.totpSecret).not.toContain(enrolment.secret);
    expect(row.totpSecret).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(open(row.totpSecret!, `totp:${editor.id}`)).toBe(enrolment.secret);
    // Copied to another account's row, the sealed key does not open.
    expect(() => open(row.totpSecret!, `totp:${editor.id + 1}`)).toThrow(/altéré/);
    const stored = await db.recoveryCode.findMany({ where: { userId: editor.id } });
    expect(stored).toHaveLength(10);
    for (const code of state!.recoveryCodes!) expect(stored.map((r) => r.codeHash).join()).not.toContain(code);

    // The code that confirmed the key cannot open a session afterwards.
    expect(await spendTotpCode(db, editor.id, totpCode(enrolment.secret))).toBe(false);
    expect((await journalOf(editor.id)).map((entry) => entry.summary)).toEqual(
      expect.arrayContaining([
        `Application d’authentification activée pour ${editor.email}`,
        `Nouveaux codes de secours pour ${editor.email}`,
      ]),
    );
  });

  it("refuses a sealed key made for another account, or tampered with", async () => {
    const other = await signInAs("EDITOR");
    const enrolment = await newTotpEnrolment(other);
    const editor = await signInAs("EDITOR");
    const { state } = await submit(confirmTotp, { sealed: enrolment.sealed, code: totpCode(enrolment.secret) });
    expect(state?.message).toMatch(/^Ce QR code a expiré ou ne vient pas de cette page/);
    const forged = `${enrolment.sealed.slice(0, -2)}AA`;
    expect((await submit(confirmTotp, { sealed: forged, code: "123456" })).state?.message).toMatch(/^Ce QR code/);
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).totpEnabledAt).toBeNull();
  });
});

describe("a login awaiting its second factor", () => {
  it("opens nothing but the verification, then the right code completes it and is spent", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    expect((await getStaffSession())?.stage).toBe("verify");
    expect(await getCurrentUser()).toBeNull();
    const refused = await submit(updateNetworkFigures, { members: "1" });
    expect(refused.state).toMatchObject({ status: "error", message: MESSAGES.forbidden });
    await expect(listJournal(1)).rejects.toThrow(/Accès refusé/);

    const code = await nextTotpCode(admin.totpSecret!);
    const { redirectTo } = await submit(verifySecondFactor, { code, retour: "/admin/chiffres" });
    expect(redirectTo).toBe("/admin/chiffres");
    expect((await getStaffSession())?.stage).toBe("ready");

    // Another login (another device) with the same code: refused, it was spent.
    await newLogin(admin.id);
    const replay = await submit(verifySecondFactor, { code, retour: "/admin" });
    expect(replay.state?.fieldErrors?.code?.join(" ")).toMatch(/^Code incorrect, expiré ou déjà utilisé/);
    expect((await getStaffSession())?.stage).toBe("verify");
  });

  it("refuses a code from two steps ago, and an address of another site as the way on", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    const expired = await submit(verifySecondFactor, { code: staleCode(admin.totpSecret!) });
    expect(expired.state?.fieldErrors?.code?.join(" ")).toMatch(/^Code incorrect, expiré ou déjà utilisé/);
    const { redirectTo } = await submit(verifySecondFactor, {
      code: await nextTotpCode(admin.totpSecret!),
      retour: "https://attacker.invalid/admin",
    });
    expect(redirectTo).toBe("/admin");
  });

  it("takes each recovery code once, journaled", async () => {
    const admin = await signInAs("ADMIN");
    const { state } = await submit(regenerateRecoveryCodes, {});
    const [first, second] = state!.recoveryCodes!;
    await newLogin(admin.id);
    expect((await submit(verifySecondFactor, { code: first!.toUpperCase() })).redirectTo).toBe("/admin");
    await newLogin(admin.id);
    expect((await submit(verifySecondFactor, { code: first! })).state?.status).toBe("error");
    expect((await submit(verifySecondFactor, { code: second!.replace(/-/g, " ") })).redirectTo).toBe("/admin");
    expect(await db.recoveryCode.count({ where: { userId: admin.id, usedAt: null } })).toBe(8);
    expect((await journalOf(admin.id)).at(-1)?.summary).toBe(`Code de secours utilisé par ${admin.email} (8 restants)`);
  });

  it("ends the login after 5 wrong codes, as after 5 wrong passwords, and counts on across logins", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    const wrong = staleCode(admin.totpSecret!);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await submit(verifySecondFactor, { code: wrong })).state?.status).toBe("error");
    }
    const limited = await submit(verifySecondFactor, { code: await nextTotpCode(admin.totpSecret!) });
    expect(limited.redirectTo).toBe("/admin/connexion?code=1");
    expect(await getStaffSession()).toBeNull();
    // Logging in again with the password does not give the codes their attempts back.
    await newLogin(admin.id);
    expect((await submit(verifySecondFactor, { code: await nextTotpCode(admin.totpSecret!) })).redirectTo).toBe(
      "/admin/connexion?code=1",
    );
  });

  it("ends 8 hours after the login, second factor given or not, and its row goes with the purge a day later", async () => {
    const admin = await signInAs("ADMIN");
    expect((await getStaffSession())?.stage).toBe("ready");
    await db.loginSession.update({
      where: { id: hashSessionId(admin.sid) },
      data: { expiresAt: new Date(Date.now() - 25 * 60 * 60 * 1000) },
    });
    expect(await getStaffSession()).toBeNull();
    expect(await purgeEndedLogins(process.env.DATABASE_URL!)).toBeGreaterThanOrEqual(1);
    expect(await db.loginSession.count({ where: { id: hashSessionId(admin.sid) } })).toBe(0);
  });

  it("ends after 10 minutes without the second factor", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    await db.loginSession.update({
      where: { id: hashSessionId(admin.sid) },
      data: { createdAt: new Date(Date.now() - 11 * 60 * 1000), secondFactorUntil: new Date(Date.now() - 60_000) },
    });
    expect(await getStaffSession()).toBeNull();
  });

  it("gives 10 more minutes for the second factor on request, as often as asked, and only before it", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    const login = { id: hashSessionId(admin.sid) };
    for (let request = 0; request < 3; request++) {
      // Nine minutes after the password, each time.
      await db.loginSession.update({ where: login, data: { secondFactorUntil: new Date(Date.now() + 60_000) } });
      const before = Date.now();
      const { redirectTo } = await submit(extendSecondFactorWindow, { retour: "/admin/chiffres" });
      expect(redirectTo).toBe("/admin/connexion/verification?retour=%2Fadmin%2Fchiffres");
      const { secondFactorUntil } = await db.loginSession.findUniqueOrThrow({ where: login });
      expect(secondFactorUntil.getTime()).toBeGreaterThanOrEqual(before + 10 * 60_000);
      expect(secondFactorUntil.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000);
    }
    expect((await getStaffSession())?.stage).toBe("verify");
    // Once the second factor is given, there is nothing left to extend.
    await submit(verifySecondFactor, { code: await nextTotpCode(admin.totpSecret!) });
    const { secondFactorUntil } = await db.loginSession.findUniqueOrThrow({ where: login });
    const { state } = await submit(extendSecondFactorWindow, {});
    expect(state?.message).toBe(MESSAGES.forbidden);
    expect((await db.loginSession.findUniqueOrThrow({ where: login })).secondFactorUntil).toEqual(secondFactorUntil);
  });
});

describe("who must have a second factor", () => {
  it("gives an administrator setting one up 8 more hours on request, and no one else", async () => {
    const admin = await signInAs("ADMIN", { secondFactor: "none" });
    const login = { id: hashSessionId(admin.sid) };
    await db.loginSession.update({ where: login, data: { expiresAt: new Date(Date.now() + 5 * 60_000) } });
    const before = Date.now();
    expect((await submit(extendEnrolmentSession, {})).state?.status).toBe("success");
    const { expiresAt } = await db.loginSession.findUniqueOrThrow({ where: login });
    expect(expiresAt.getTime()).toBeGreaterThanOrEqual(before + 8 * 60 * 60_000);
    // A complete session extends itself by confirming who it is, not with this button.
    const editor = await signInAs("EDITOR");
    const editorLogin = { id: hashSessionId(editor.sid) };
    const unchanged = (await db.loginSession.findUniqueOrThrow({ where: editorLogin })).expiresAt;
    expect((await submit(extendEnrolmentSession, {})).state?.message).toBe(MESSAGES.forbidden);
    expect((await db.loginSession.findUniqueOrThrow({ where: editorLogin })).expiresAt).toEqual(unchanged);
  });

  it("sends an administrator without one to enrolment, and opens nothing else", async () => {
    await signInAs("ADMIN", { secondFactor: "none" });
    expect((await getStaffSession())?.stage).toBe("enrol");
    expect(await getCurrentUser()).toBeNull();
    expect((await submit(updateNetworkFigures, { members: "1" })).state?.message).toBe(MESSAGES.forbidden);
  });

  it("lets an editor choose, unless MFA_REQUIRED_FOR_EDITORS=true", async () => {
    await signInAs("EDITOR");
    expect((await getStaffSession())?.stage).toBe("ready");
    process.env.MFA_REQUIRED_FOR_EDITORS = "true";
    expect((await getStaffSession())?.stage).toBe("enrol");
  });

  it("refuses to remove an administrator's last second factor", async () => {
    const admin = await signInAs("ADMIN");
    const { state } = await submit(removeTotp, {});
    expect(state?.message).toMatch(/^Votre rôle exige une double authentification/);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).totpEnabledAt).not.toBeNull();
  });

  it("renames only one's own passkeys", async () => {
    const owner = await signInAs("EDITOR");
    const passkey = await db.passkey.create({
      data: {
        userId: owner.id,
        credentialId: randomBytes(16).toString("base64url"),
        publicKey: Buffer.from([1]),
        name: "Téléphone",
      },
    });
    await signInAs("EDITOR");
    expect((await submit(renamePasskey, { id: passkey.id, name: "À moi" })).state?.message).toBe(MESSAGES.notFound);
    expect((await db.passkey.findUniqueOrThrow({ where: { id: passkey.id } })).name).toBe("Téléphone");
  });
});

describe("resetting a lost second factor", () => {
  it("by an administrator: app, passkeys and codes removed, sessions ended, journaled", async () => {
    const target = await signInAs("ADMIN");
    await submit(regenerateRecoveryCodes, {});
    const admin = await signInAs("ADMIN");
    const { state } = await submit(resetAccountSecondFactor, { id: target.id });
    expect(state?.status).toBe("success");
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.totpEnabledAt).toBeNull();
    expect(after.sessionVersion).toBeGreaterThan(1);
    expect(await db.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect((await journalOf(target.id)).at(-1)).toMatchObject({
      userEmail: admin.email,
      summary: `Double authentification réinitialisée pour ${target.email}`,
    });
  });

  it("not by an editor", async () => {
    const target = await signInAs("ADMIN");
    await signInAs("EDITOR");
    expect((await submit(resetAccountSecondFactor, { id: target.id })).state?.message).toBe(MESSAGES.forbidden);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).totpEnabledAt).not.toBeNull();
  });

  it("by npm run user:reset-mfa, journaled as the command line", async () => {
    const target = await signInAs("ADMIN");
    const run = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/user-reset-mfa.ts", "--email", target.email.toUpperCase()],
      { env: process.env, encoding: "utf8" },
    );
    expect(run.stdout).toContain(`Double authentification réinitialisée pour ${target.email}`);
    expect(run.status).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).totpEnabledAt).toBeNull();
    expect((await journalOf(target.id)).at(-1)).toMatchObject({
      userId: null,
      userEmail: SYSTEM_ACTORS.resetCommand.email,
    });
    const unknown = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/user-reset-mfa.ts", "--email", "personne@groupe-sns.test"],
      { env: process.env, encoding: "utf8" },
    );
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr + unknown.stdout).toContain("Aucun compte pour personne@groupe-sns.test.");
  });
});

describe("the passkey actions the page's script calls", () => {
  const junk = [
    null,
    "x",
    { id: "a".repeat(5000), type: "public-key" },
    { id: "abc", type: "public-key", response: {} },
  ];

  it("answer nothing without a session at the right stage", async () => {
    signOutLocally();
    expect(await passkeyVerificationOptions()).toBeNull();
    expect(await passkeyEnrolmentOptions()).toEqual({ refused: { status: "error", message: MESSAGES.forbidden } });
    expect(await verifyWithPasskey({ id: "x", type: "public-key" }, "/admin")).toMatchObject({ status: "error" });
    expect(await addPasskey({ id: "x", type: "public-key" }, "Clé")).toMatchObject({ status: "error" });
    // A login that gave its second factor has none to give: no options for it.
    await signInAs("ADMIN");
    expect(await passkeyVerificationOptions()).toBeNull();
  });

  it("refuse an answer that is not a passkey's, and an answer to no challenge, changing nothing", async () => {
    const editor = await signInAs("EDITOR");
    expect(await addPasskey({ id: "x", type: "public-key" }, "Clé")).toMatchObject({ status: "error" });
    const { options } = await passkeyEnrolmentOptions();
    expect(options?.rp.id).toBe(new URL(process.env.SITE_URL ?? "http://localhost:3000").hostname);
    for (const answer of junk) expect(await addPasskey(answer, "Clé")).toMatchObject({ status: "error" });
    expect(await addPasskey({ id: "x", type: "public-key" }, "\u0000")).toMatchObject({ status: "error" });
    expect(await db.passkey.count({ where: { userId: editor.id } })).toBe(0);

    const admin = await signInAs("ADMIN", { verified: false });
    await db.passkey.create({
      data: {
        userId: admin.id,
        credentialId: randomBytes(16).toString("base64url"),
        publicKey: Buffer.from([1]),
        name: "Clé",
      },
    });
    expect((await passkeyVerificationOptions())?.allowCredentials).toHaveLength(1);
    for (const answer of junk) expect((await verifyWithPasskey(answer, "/admin")).status).toBe("error");
    expect((await getStaffSession())?.stage).toBe("verify");
  });
});

describe("rotating the sealing key", () => {
  it("keeps every app working with the old key as previous, then seals everything with the new one", async () => {
    const admin = await signInAs("ADMIN", { verified: false });
    const newKey = randomBytes(32).toString("base64");
    process.env.MFA_ENCRYPTION_KEY = newKey;
    process.env.MFA_ENCRYPTION_KEYS_PREVIOUS = TEST_MFA_KEY;
    try {
      const { resealed } = await resealTotpSecrets(db);
      expect(resealed).toBeGreaterThanOrEqual(1);
      const row = await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { totpSecret: true } });
      expect(row.totpSecret!.split(".")[1]).toBe(mfaKeys()[0]!.id);
      // Without the old key, the resealed secret still opens: nothing needs it any more.
      delete process.env.MFA_ENCRYPTION_KEYS_PREVIOUS;
      const code = await nextTotpCode(admin.totpSecret!);
      expect((await submit(verifySecondFactor, { code })).redirectTo).toBe("/admin");
    } finally {
      process.env.MFA_ENCRYPTION_KEY = TEST_MFA_KEY;
      delete process.env.MFA_ENCRYPTION_KEYS_PREVIOUS;
    }
  });
});

/** A new login of the account (another device), awaiting its second factor. */
async function newLogin(userId: number) {
  const { createLoginSession } = await import("@/lib/auth/login-session");
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
  staffSession.current = { uid: userId, sv: sessionVersion, sid: await createLoginSession(db, userId) };
}
