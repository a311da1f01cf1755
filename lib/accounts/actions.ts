"use server";
// Accounts: admins create them, change roles, disable and re-enable them, set passwords; everyone can change
// their own password. Anything that weakens an account's access ends its sessions at once; anything that gives
// access (a new account, a password, a role) needs a proof of identity of the last 10 minutes (`freshProof`).
import { z } from "zod";
import { ConflictError, FRESH_PROOF, GoneError, InvalidInputError, savedState, staffAction } from "@/lib/admin/action";
import { recordChange } from "@/lib/admin/audit";
import {
  accountCreateSchema,
  accountPasswordSchema,
  accountUpdateSchema,
  ownPasswordSchema,
} from "@/lib/accounts/schema";
import { id } from "@/lib/admin/validation";
import { hashPassword } from "@/lib/auth/password";
import { resetSecondFactor } from "@/lib/auth/second-factor";
import { checkCurrentPassword, PASSWORD_LIMITED } from "@/lib/auth/current-password";
import { createAccountRecord, endSessions, normalizeEmail } from "@/lib/auth/users";
import { db } from "@/lib/database/db";

const PUBLIC_FIELDS = { id: true, email: true, role: true, isDisabled: true, version: true } as const;

export const createAccount = staffAction(
  "ADMIN",
  accountCreateSchema,
  async ({ email, role, password }, user) => {
    const normalized = normalizeEmail(email);
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: normalized } }))
        throw new InvalidInputError({ email: ["Un compte existe déjà avec cette adresse."] });
      await createAccountRecord(tx, { email: normalized, role, passwordHash }, user);
    });
    return { redirectTo: "/admin/comptes?enregistre=1" };
  },
  FRESH_PROOF,
);

export const updateAccount = staffAction(
  "ADMIN",
  accountUpdateSchema,
  async ({ id, version, role, isDisabled }, user, formData) => {
    const saved = await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
      if (!before) throw new GoneError();
      const losesAdmin = before.role === "ADMIN" && !before.isDisabled && (role !== "ADMIN" || isDisabled);
      if (losesAdmin && (await tx.user.count({ where: { role: "ADMIN", isDisabled: false } })) <= 1) {
        throw new InvalidInputError({ role: ["C’est le dernier administrateur actif : nommez-en un autre d’abord."] });
      }
      const { count } = await tx.user.updateMany({
        where: { id, version },
        // A disabled or demoted account loses its sessions at once.
        data: {
          role,
          isDisabled,
          version: { increment: 1 },
          ...(isDisabled || role !== before.role ? { sessionVersion: { increment: 1 } } : {}),
        },
      });
      if (count === 0) {
        const current = await tx.user.findUniqueOrThrow({ where: { id }, select: PUBLIC_FIELDS });
        throw new ConflictError({
          role: current.role,
          isDisabled: String(current.isDisabled),
          version: String(current.version),
        });
      }
      const after = await tx.user.findUniqueOrThrow({ where: { id }, select: PUBLIC_FIELDS });
      await recordChange(tx, user, {
        action: "update",
        entity: "user",
        entityId: id,
        summary: `Compte modifié : ${before.email}`,
        before,
        after,
      });
      return after;
    });
    return savedState(formData, saved.version);
  },
  FRESH_PROOF,
);

export const setAccountPassword = staffAction(
  "ADMIN",
  accountPasswordSchema,
  async ({ id, password }, user) => {
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id }, select: { email: true } });
      if (!target) throw new GoneError();
      await tx.user.update({
        where: { id },
        data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      });
      await recordChange(tx, user, {
        action: "update",
        entity: "user",
        entityId: id,
        summary: `Nouveau mot de passe défini pour ${target.email}`,
      });
    });
    return { status: "success", message: "Mot de passe changé ; les sessions ouvertes de ce compte sont terminées." };
  },
  FRESH_PROOF,
);

export const changeOwnPassword = staffAction(
  "EDITOR",
  ownPasswordSchema,
  async ({ currentPassword, password }, user) => {
    // The current password is this change's proof (see checkCurrentPassword).
    const check = await checkCurrentPassword(user, currentPassword);
    if (check === "limited") return { redirectTo: PASSWORD_LIMITED };
    if (check === "wrong") throw new InvalidInputError({ currentPassword: ["Mot de passe actuel incorrect."] });
    const passwordHash = await hashPassword(password);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      });
      await recordChange(tx, user, {
        action: "update",
        entity: "user",
        entityId: user.id,
        summary: `Mot de passe changé par ${user.email}`,
      });
    });
    // This session ended with the others: log in again with the new password.
    return { redirectTo: "/admin/connexion?motdepasse=1" };
  },
);

/** « Se déconnecter de tous les appareils »: every session of this account ends, this one included. */
export const endAllOwnSessions = staffAction("EDITOR", z.object({}), async (_input, user) => {
  await endSessions(db, user, `Déconnexion de tous les appareils : ${user.email}`);
  return { redirectTo: "/admin/connexion?partout=1" };
});

/** For the day a staff member loses their phone: their app, passkeys and recovery codes go, sessions end. */
export const resetAccountSecondFactor = staffAction(
  "ADMIN",
  z.object({ id }),
  async ({ id }, user) => {
    await db.$transaction(async (tx) => {
      const target = await tx.user.findUnique({ where: { id }, select: { id: true, email: true } });
      if (!target) throw new GoneError();
      await resetSecondFactor(tx, target, user);
    });
    return {
      status: "success",
      message:
        "Double authentification réinitialisée : les sessions de ce compte sont terminées ; à sa prochaine connexion, il en configurera une nouvelle.",
    };
  },
  FRESH_PROOF,
);
