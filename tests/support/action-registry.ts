// Every server action of the site, in one place: the forms of the back office (with the fields each one reads),
// which the property tests send random and hostile input to, and the others, with where they are tested.
// tests/integration/action-registry.test.ts fails when a "use server" module exports an action missing here.
import {
  changeOwnPassword,
  createAccount,
  endAllOwnSessions,
  resetAccountSecondFactor,
  setAccountPassword,
  updateAccount,
} from "@/lib/accounts/actions";
import {
  confirmTotp,
  extendEnrolmentSession,
  extendSecondFactorWindow,
  regenerateRecoveryCodes,
  removePasskey,
  removeTotp,
  renamePasskey,
  verifySecondFactor,
} from "@/lib/auth/second-factor-actions";
import { confirmWithPassword } from "@/lib/auth/proof-actions";
import { updateSection, updateVideoSettings } from "@/lib/content/actions";
import {
  confirmImport,
  createStructure,
  deleteStructure,
  previewImport,
  updateStructure,
} from "@/lib/directory/actions";
import { STRUCTURE_FIELDS } from "@/lib/directory/schema";
import { updateNetworkFigures, updateStructureCount } from "@/lib/figures/actions";
import { createMandate, deleteMandate, moveMandate, updateMandate } from "@/lib/mandates/actions";
import { dismissReport } from "@/lib/reports/admin-actions";

/** The back office's form actions and the fields their forms send. */
export const FORM_ACTIONS = {
  createAccount: [createAccount, ["email", "role", "password"]],
  updateAccount: [updateAccount, ["id", "version", "role", "isDisabled"]],
  setAccountPassword: [setAccountPassword, ["id", "password"]],
  changeOwnPassword: [changeOwnPassword, ["currentPassword", "password", "confirmation"]],
  endAllOwnSessions: [endAllOwnSessions, []],
  updateSection: [updateSection, ["key", "eyebrow", "heading", "body", "version"]],
  updateVideoSettings: [
    updateVideoSettings,
    ["title", "caption", "videoUrl", "transcript", "captionsUrl", "describedUrl", "version"],
  ],
  createStructure: [createStructure, STRUCTURE_FIELDS],
  updateStructure: [updateStructure, [...STRUCTURE_FIELDS, "id", "version", "report"]],
  deleteStructure: [deleteStructure, ["id", "version"]],
  previewImport: [previewImport, ["file"]],
  confirmImport: [confirmImport, ["batchId"]],
  updateStructureCount: [updateStructureCount, ["kind", "value", "asOf", "source", "version"]],
  updateNetworkFigures: [
    updateNetworkFigures,
    ["foundedYear", "members", "aciCount", "employees", "employeesInPathway", "version"],
  ],
  createMandate: [createMandate, ["organisation", "role", "level", "url", "startsOn", "endsOn"]],
  updateMandate: [updateMandate, ["organisation", "role", "level", "url", "startsOn", "endsOn", "id", "version"]],
  deleteMandate: [deleteMandate, ["id", "version"]],
  moveMandate: [moveMandate, ["id", "direction"]],
  dismissReport: [dismissReport, ["id", "version", "note"]],
  resetAccountSecondFactor: [resetAccountSecondFactor, ["id"]],
  verifySecondFactor: [verifySecondFactor, ["code", "retour"]],
  extendSecondFactorWindow: [extendSecondFactorWindow, ["retour"]],
  extendEnrolmentSession: [extendEnrolmentSession, []],
  confirmTotp: [confirmTotp, ["sealed", "code"]],
  renamePasskey: [renamePasskey, ["id", "name"]],
  removePasskey: [removePasskey, ["id"]],
  removeTotp: [removeTotp, []],
  regenerateRecoveryCodes: [regenerateRecoveryCodes, []],
  confirmWithPassword: [confirmWithPassword, ["currentPassword", "retour"]],
} as const;

/** Actions that are not a back-office form, and where they are tested. */
export const OTHER_ACTIONS: Record<string, string> = {
  currentSessionEnd:
    "read by the back office's notice of the session's end: tests/journeys/second-factor-browser.test.ts",
  reportStructure: "the public report form: tests/integration/reports.test.ts (hostile input, honeypot, limit)",
  passkeyVerificationOptions:
    "called by the passkey script: tests/integration/second-factor.test.ts, tests/journeys/second-factor-browser.test.ts",
  verifyWithPasskey:
    "called by the passkey script with a WebAuthn answer: tests/integration/second-factor.test.ts, tests/journeys/second-factor-browser.test.ts",
  passkeyEnrolmentOptions:
    "called by the passkey script: tests/integration/second-factor.test.ts, tests/journeys/second-factor-browser.test.ts",
  addPasskey:
    "called by the passkey script with a WebAuthn answer: tests/integration/second-factor.test.ts, tests/journeys/second-factor-browser.test.ts",
  passkeyConfirmationOptions:
    "called by the passkey script of « Confirmer votre identité »: tests/integration/fresh-proof.test.ts, tests/journeys/second-factor-browser.test.ts",
  confirmWithPasskey:
    "called by the passkey script with a WebAuthn answer: tests/integration/fresh-proof.test.ts, tests/journeys/second-factor-browser.test.ts",
};
