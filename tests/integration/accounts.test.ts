// Staff accounts: creation, passwords, sessions ended at once, the last administrator kept, cookies.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { changeOwnPassword, createAccount, setAccountPassword, updateAccount } from "@/lib/accounts/actions";
import { getCurrentUser } from "@/lib/auth/session";
import { checkCredentials } from "@/lib/auth/users";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/database/db";
import { listJournal } from "@/lib/journal/admin-queries";
import { signInAs, signOutLocally, staffSession, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());
beforeEach(() => signOutLocally());

describe("accounts and sessions", () => {
  it("lets an admin create an account, never storing or returning the password", async () => {
    await signInAs("ADMIN");
    const { redirectTo } = await submit(createAccount, {
      email: "Nouvelle.Personne@Groupe-SNS.test",
      role: "EDITOR",
      password: "une phrase de passe solide",
    });
    expect(redirectTo).toBe("/admin/comptes?enregistre=1");
    const account = await db.user.findUniqueOrThrow({ where: { email: "nouvelle.personne@groupe-sns.test" } });
    expect(account).not.toHaveProperty("passwordHash");
    const { passwordHash } = await db.user.findUniqueOrThrow({
      where: { id: account.id },
      select: { passwordHash: true },
    });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityId: String(account.id) } });
    expect(JSON.stringify(entry)).not.toContain("argon2");
  });

  it("refuses a password shorter than 12 characters, never sends it back, and accepts 128 without cutting it", async () => {
    await signInAs("ADMIN");
    const { state } = await submit(createAccount, {
      email: "court@groupe-sns.test",
      role: "EDITOR",
      password: "trop court",
    });
    expect(state?.fieldErrors?.password).toEqual(["Le mot de passe doit compter au moins 12 caractères."]);
    // What was typed comes back to the form, except the password.
    expect(state?.values).toEqual({ email: "court@groupe-sns.test", role: "EDITOR" });
    // 128 accented letters in no repeating pattern (a repeated one is refused as too easy to guess).
    const long = Array.from({ length: 128 }, (_, i) => "éàèùçôêâîûëïüœæ"[(i * 7 + ((i * i) % 13)) % 15]).join("");
    await submit(createAccount, { email: "long@groupe-sns.test", role: "EDITOR", password: long });
    const { checkCredentials } = await import("@/lib/auth/users");
    expect(await checkCredentials(db, "long@groupe-sns.test", long)).not.toBeNull();
    expect(await checkCredentials(db, "long@groupe-sns.test", long.slice(0, 127))).toBeNull();
  });

  it("ends a session at once on logout, password change or disabling", async () => {
    const editor = await signInAs("EDITOR");
    expect(await getCurrentUser()).toMatchObject({ id: editor.id });
    await authOptions().events!.signOut!({ token: { uid: editor.id }, session: null as never });
    expect(await getCurrentUser()).toBeNull();

    const other = await signInAs("EDITOR");
    const session = staffSession.current;
    await signInAs("ADMIN");
    await submit(setAccountPassword, { id: other.id, password: "un tout nouveau mot de passe" });
    staffSession.current = session;
    expect(await getCurrentUser()).toBeNull();

    const third = await signInAs("EDITOR");
    const thirdSession = staffSession.current;
    await signInAs("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: third.id } });
    await submit(updateAccount, { id: third.id, version: row.version, role: "EDITOR", isDisabled: "true" });
    staffSession.current = thirdSession;
    expect(await getCurrentUser()).toBeNull();
  });

  it("limits wrong current passwords like logins, then ends the session that guessed", async () => {
    const editor = await signInAs("EDITOR");
    const change = (currentPassword: string) =>
      submit(changeOwnPassword, {
        currentPassword,
        password: "un nouveau mot de passe",
        confirmation: "un nouveau mot de passe",
      });
    for (let i = 0; i < 5; i++) {
      const { state } = await change(`essai numéro ${i}`);
      expect(state?.fieldErrors?.currentPassword).toEqual(["Mot de passe actuel incorrect."]);
    }
    // The sixth attempt, even with the right password, ends the session instead of checking it.
    expect((await change(editor.password)).redirectTo).toBe("/admin/connexion?limite=1");
    expect(await getCurrentUser()).toBeNull();
    expect((await checkCredentials(db, editor.email, editor.password))?.id).toBe(editor.id);
    await signInAs("EDITOR");
    // The newest entries: this account's creation by the test's sign-in, and before it the sessions ended.
    const { entries } = await listJournal(1);
    expect(entries.map((entry) => entry.summary)).toContain(
      `Sessions terminées : trop d’essais du mot de passe actuel pour ${editor.email}`,
    );
  });

  it("keeps at least one active administrator", async () => {
    await db.user.updateMany({ where: { role: "ADMIN" }, data: { isDisabled: true } });
    const admin = await signInAs("ADMIN");
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const { state } = await submit(updateAccount, {
      id: admin.id,
      version: row.version,
      role: "EDITOR",
      isDisabled: "false",
    });
    expect(state?.fieldErrors?.role?.[0]).toMatch(/dernier administrateur actif/);
  });
});

describe("session cookies", () => {
  it("use __Secure- and __Host- names and the Secure flag when the site is served over HTTPS", () => {
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = "https://www.groupe-sns.fr";
    expect(authOptions().useSecureCookies).toBe(true);
    process.env.SITE_URL = "http://localhost:3000";
    expect(authOptions().useSecureCookies).toBe(false);
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
    expect(authOptions().session).toMatchObject({ strategy: "jwt", maxAge: 8 * 60 * 60 });
  });
});
