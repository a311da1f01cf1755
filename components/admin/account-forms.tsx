"use client";

import { PasswordStrength } from "@/components/admin/password-strength";
import { RecordFields, SelectField, StaffForm, SubmitButton, TextField } from "@/components/admin/form-fields";
import type { FormAction, FormState } from "@/lib/admin/form-state";

const ROLE_OPTIONS = [
  { value: "EDITOR", label: "Éditeur : contenus et annuaire" },
  { value: "ADMIN", label: "Administrateur : tout, comptes compris" },
];
const PASSWORD_HINT = "12 à 128 caractères ; une phrase de plusieurs mots est plus sûre et plus facile à retenir.";

export function AccountCreateForm({ action }: { action: FormAction }) {
  return (
    <StaffForm action={action} className="mt-4 max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <TextField
            formId="nouveau"
            name="email"
            label="Adresse électronique"
            type="email"
            autoComplete="off"
            state={state}
            required
          />
          <SelectField
            formId="nouveau"
            name="role"
            label="Rôle"
            options={ROLE_OPTIONS}
            state={state}
            initial="EDITOR"
            required
          />
          <TextField
            formId="nouveau"
            name="password"
            label="Mot de passe initial"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            state={{ ...state, values: undefined }}
            required
          />
          <PasswordStrength fieldId="nouveau-password" />
          <SubmitButton>Créer le compte</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

export function AccountUpdateForm({
  action,
  account,
}: {
  action: FormAction;
  account: { id: number; role: string; isDisabled: boolean; version: number };
}) {
  return (
    <StaffForm action={action} className="max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <RecordFields state={state} record={account} />
          <SelectField
            formId="compte"
            name="role"
            label="Rôle"
            options={ROLE_OPTIONS}
            state={state}
            initial={account.role}
            required
          />
          <SelectField
            formId="compte"
            name="isDisabled"
            label="État"
            options={[
              { value: "false", label: "Actif" },
              { value: "true", label: "Désactivé (ne peut plus se connecter)" },
            ]}
            state={state}
            initial={String(account.isDisabled)}
            required
          />
          <SubmitButton>Enregistrer</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

export function AccountPasswordForm({ action, accountId }: { action: FormAction; accountId: number }) {
  return (
    <StaffForm action={action} className="max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <input type="hidden" name="id" value={accountId} />
          <TextField
            formId="mdp"
            name="password"
            label="Nouveau mot de passe"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            state={{ ...state, values: undefined }}
            required
          />
          <PasswordStrength fieldId="mdp-password" />
          <SubmitButton>Définir ce mot de passe</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

export function OwnPasswordForm({ action }: { action: FormAction }) {
  return (
    <StaffForm action={action} className="mt-6 max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => <OwnPasswordFields blank={{ ...state, values: undefined }} />}
    </StaffForm>
  );
}

/** Passwords are never sent back to the page, even after a refused save: the fields start blank. */
function OwnPasswordFields({ blank }: { blank: FormState }) {
  return (
    <>
      <TextField
        formId="moi"
        name="currentPassword"
        label="Mot de passe actuel"
        type="password"
        autoComplete="current-password"
        state={blank}
        required
      />
      <TextField
        formId="moi"
        name="password"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_HINT}
        state={blank}
        required
      />
      <PasswordStrength fieldId="moi-password" />
      <TextField
        formId="moi"
        name="confirmation"
        label="Nouveau mot de passe, à nouveau"
        type="password"
        autoComplete="new-password"
        state={blank}
        required
      />
      <SubmitButton>Changer mon mot de passe</SubmitButton>
    </>
  );
}

/** « Confirmer votre identité » with the password: it is not kept in the form after a refusal. */
export function PasswordConfirmationForm({ action, retour }: { action: FormAction; retour: string }) {
  return (
    <StaffForm action={action} className="mt-6 max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5">
      {(state) => (
        <>
          <input type="hidden" name="retour" value={retour} />
          <TextField
            formId="confirmation"
            name="currentPassword"
            label="Votre mot de passe"
            type="password"
            autoComplete="current-password"
            state={{ ...state, values: undefined }}
            required
          />
          <SubmitButton>Confirmer</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
