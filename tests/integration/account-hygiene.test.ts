// Account hygiene on the real database: passwords too easy to guess refused wherever one is set, and
// « Se déconnecter de tous les appareils » ending every session of the account, journaled.
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/admin/form-state";
import { changeOwnPassword, createAccount, endAllOwnSessions, setAccountPassword } from "@/lib/accounts/actions";
import { createFirstAdminIfNone } from "@/lib/auth/bootstrap";
import { passwordStrength } from "@/lib/auth/password-strength";
import { SYSTEM_ACTORS } from "@/lib/auth/users";
import { db } from "@/lib/database/db";
import { signInAs, submit } from "@/tests/support/staff-session";

afterAll(() => db.$disconnect());

const WEAK = ["motdepasse123", "azertyuiop123", "password1234", "jetaime123456"];
const STRONG = "une phrase de passe pour les tests";

describe("passwords too easy to guess", () => {
  it.each(WEAK)("refuses « %s » for a new account, with a French message, creating nothing", async (password) => {
    await signInAs("ADMIN");
    const count = await db.user.count();
    const { state } = await submit(createAccount, {
      email: `faible-${password}@groupe-sns.test`,
      role: "EDITOR",
      password,
    });
    expect(state?.status).toBe("error");
    expect(state?.fieldErrors?.password?.join(" ")).toMatch(/^Ce mot de passe est trop facile à deviner/);
    expect(await db.user.count()).toBe(count);
  });

  it("refuses one as an account's new password and as one's own, and takes a phrase of several words", async () => {
    const admin = await signInAs("ADMIN");
    const target = await signInAs("EDITOR");
    await signInAs("ADMIN");
    const set = await submit(setAccountPassword, { id: target.id, password: "motdepasse123" });
    expect(set.state?.fieldErrors?.password?.join(" ")).toMatch(/trop facile à deviner/);

    const own = await submit(changeOwnPassword, {
      currentPassword: admin.password,
      password: "azertyuiop123",
      confirmation: "azertyuiop123",
    });
    expect(own.state?.fieldErrors?.password?.join(" ")).toMatch(
      /trop facile à deviner \(les lignes droites de touches/,
    );

    expect(passwordStrength(STRONG).score).toBeGreaterThanOrEqual(3);
    const created = await submit(createAccount, { email: "phrase@groupe-sns.test", role: "EDITOR", password: STRONG });
    expect(created.redirectTo).toBe("/admin/comptes?enregistre=1");
  });
});

describe("« Se déconnecter de tous les appareils »", () => {
  it("ends every session of the account, this one included, and says so in the journal", async () => {
    const editor = await signInAs("EDITOR");
    const before = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    const { redirectTo } = await submit(endAllOwnSessions, {});
    expect(redirectTo).toBe("/admin/connexion?partout=1");
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).sessionVersion).toBe(
      before.sessionVersion + 1,
    );
    expect(
      await db.auditEntry.count({ where: { entity: "user", entityId: String(editor.id), userEmail: editor.email } }),
    ).toBe(1);
    // The session the action came from is no session any more.
    const again = await submit(endAllOwnSessions, {});
    expect(again.state).toMatchObject({ status: "error", message: MESSAGES.forbidden });
  });
});

describe("accounts created outside the back office", () => {
  const userCreate = (email: string, password: string) =>
    spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "scripts/user-create.ts", "--email", email, "--role", "EDITOR"],
      {
        env: { ...process.env, SNS_USER_PASSWORD: password },
        encoding: "utf8",
      },
    );

  it("journals an account made by npm run user:create, and refuses a weak password there too", async () => {
    const weak = userCreate("faible.cli@groupe-sns.test", "motdepasse123");
    expect(weak.status).not.toBe(0);
    expect(weak.stderr + weak.stdout).toMatch(/Ce mot de passe est trop facile à deviner/);
    expect(await db.user.count({ where: { email: "faible.cli@groupe-sns.test" } })).toBe(0);

    const created = userCreate("cli@groupe-sns.test", STRONG);
    expect(created.stdout).toContain("Compte créé : cli@groupe-sns.test (éditeur).");
    const account = await db.user.findUniqueOrThrow({ where: { email: "cli@groupe-sns.test" } });
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityId: String(account.id) } }),
    ).toMatchObject({ action: "create", userId: null, userEmail: SYSTEM_ACTORS.commandLine.email });
  });

  it("journals the first administrator created at start-up", async () => {
    await db.user.deleteMany();
    const admin = await createFirstAdminIfNone(process.env.DATABASE_URL!);
    const account = await db.user.findUniqueOrThrow({ where: { email: admin!.email } });
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { entity: "user", entityId: String(account.id) } }),
    ).toMatchObject({ action: "create", userId: null, userEmail: SYSTEM_ACTORS.firstStart.email });
  });
});
