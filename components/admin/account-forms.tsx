"use client";

import { useActionState } from "react";
import {
  Fields,
  FormMessage,
  VersionField,
  SelectField,
  SubmitButton,
  TextField,
} from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const ROLE_OPTIONS = [
  { value: "EDITOR", label: "Éditeur : contenus et annuaire" },
  { value: "ADMIN", label: "Administrateur : tout, comptes compris" },
];
const PASSWORD_HINT = "12 à 128 caractères ; une phrase de plusieurs mots est plus sûre et plus facile à retenir.";

export function AccountCreateForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form
      action={formAction}
      className="mt-4 max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      noValidate
    >
      <FormMessage state={state} />
      <Fields state={state}>
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
        <SubmitButton>Créer le compte</SubmitButton>
      </Fields>
    </form>
  );
}

export function AccountUpdateForm({
  action,
  account,
}: {
  action: Action;
  account: { id: number; role: string; isDisabled: boolean; version: number };
}) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      <Fields state={state}>
        <input type="hidden" name="id" value={account.id} />
        <VersionField state={state} version={account.version} />
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
      </Fields>
    </form>
  );
}

export function AccountPasswordForm({ action, accountId }: { action: Action; accountId: number }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5" noValidate>
      <FormMessage state={state} />
      <Fields state={state}>
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
        <SubmitButton>Définir ce mot de passe</SubmitButton>
      </Fields>
    </form>
  );
}

export function OwnPasswordForm({ action }: { action: Action }) {
  const [state, formAction] = useActionState(action, INITIAL_FORM_STATE);
  // Passwords are never sent back to the page, even after a refused save.
  const blank = { ...state, values: undefined };
  return (
    <form
      action={formAction}
      className="mt-6 max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5"
      noValidate
    >
      <FormMessage state={state} />
      <Fields state={state}>
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
      </Fields>
    </form>
  );
}
