"use client";

import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/browser";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage, StaffForm, SubmitButton, TextField } from "@/components/admin/form-fields";
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/admin/form-state";
import type { PasskeyAnswer } from "@/lib/auth/passkeys";
import { addPasskey, passkeyEnrolmentOptions } from "@/lib/auth/second-factor-actions";

const box = "max-w-xl space-y-4 rounded-xl border border-slate-200 bg-white p-5";
const secondaryButton =
  "rounded-lg px-4 py-2 font-semibold text-brand-900 ring-1 ring-brand-700 hover:bg-brand-50 disabled:opacity-60";

/** After the password: the app's code, or a recovery code. */
export function SecondFactorCodeForm({ action, retour }: { action: FormAction; retour: string }) {
  return (
    <StaffForm action={action} className={`mt-6 ${box}`}>
      {(state) => (
        <>
          <input type="hidden" name="retour" value={retour} />
          <TextField
            formId="verification"
            name="code"
            label="Code de vérification"
            hint="Les 6 chiffres que votre application affiche pour « Groupe SNS », ou l’un de vos codes de secours."
            autoComplete="one-time-code"
            state={{ ...state, values: undefined }}
            required
          />
          <SubmitButton>Vérifier</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

/** After the password: 10 more minutes to give the second factor (RGAA 13.1). */
export function MoreTimeForm({ action, retour, until }: { action: FormAction; retour: string; until: string }) {
  return (
    <StaffForm action={action} className="mt-4 text-sm text-slate-700">
      {() => (
        <>
          <input type="hidden" name="retour" value={retour} />
          <p>
            Saisissez-le avant {until} (10 minutes après le mot de passe). Besoin de plus de temps pour trouver votre
            téléphone ou un code de secours ?
          </p>
          <button type="submit" className={`mt-2 ${secondaryButton}`}>
            Me donner 10 minutes de plus
          </button>
        </>
      )}
    </StaffForm>
  );
}

/** The recovery codes just made: shown this once, with a file to keep them in. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const file = `Codes de secours du back-office du Groupe SNS (chacun ne sert qu’une fois)\n\n${codes.join("\n")}\n`;
  return (
    <section aria-labelledby="codes-titre" className="rounded-lg bg-amber-50 p-4 ring-1 ring-amber-300">
      <h2 id="codes-titre" className="font-semibold text-slate-900">
        Vos codes de secours
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        Si vous perdez votre téléphone ou votre clé, chacun de ces codes remplace une fois le code de vérification.
        Gardez-les en lieu sûr (gestionnaire de mots de passe, papier rangé) : ils ne seront plus affichés.
      </p>
      <ol className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base text-slate-900">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <a
        href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
        download="codes-de-secours-groupe-sns.txt"
        className="mt-3 inline-block text-sm font-medium text-brand-800 underline"
      >
        Télécharger les codes (fichier texte)
      </a>
    </section>
  );
}

function Continue({ href }: { href: string }) {
  return (
    <Link
      href={href}
      className="inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
    >
      Continuer
    </Link>
  );
}

/** What an enrolment answered: the message, the recovery codes if new ones were made, the way on. */
function Enrolled({ state, continueHref }: { state: FormState; continueHref: string }) {
  return (
    <>
      {state.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} /> : null}
      <Continue href={continueHref} />
    </>
  );
}

/** The first code the app shows confirms its key. */
export function TotpEnrolmentForm({
  action,
  sealed,
  continueHref,
}: {
  action: FormAction;
  sealed: string;
  continueHref: string;
}) {
  return (
    <StaffForm action={action} className={`mt-4 ${box}`}>
      {(state) =>
        state.status === "success" ? (
          <Enrolled state={state} continueHref={continueHref} />
        ) : (
          <>
            <input type="hidden" name="sealed" value={sealed} />
            <TextField
              formId="totp"
              name="code"
              label="Code affiché par l’application"
              hint="6 chiffres, renouvelés toutes les 30 secondes."
              autoComplete="one-time-code"
              state={{ ...state, values: undefined }}
              required
            />
            <SubmitButton>Activer l’application</SubmitButton>
          </>
        )
      }
    </StaffForm>
  );
}

/** Why a WebAuthn ceremony ended without an answer, in the person's words. */
function ceremonyError(error: unknown) {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError")
    return "Opération annulée, ou délai dépassé : réessayez quand votre clé est prête.";
  if (name === "InvalidStateError") return "Cette clé d’accès est déjà enregistrée pour votre compte.";
  return "La clé d’accès n’a pas répondu : réessayez, ou utilisez un autre moyen.";
}

/** Registers a passkey of this device or a security key (JavaScript needed: WebAuthn is a browser API). */
export function PasskeyRegistration({ continueHref }: { continueHref?: string }) {
  const router = useRouter();
  const [state, setState] = useState<FormState | null>(null);
  const [name, setName] = useState("");
  const [isPending, setIsPending] = useState(false);

  async function register() {
    if (!browserSupportsWebAuthn()) {
      setState({ status: "error", message: "Ce navigateur ne prend pas en charge les clés d’accès." });
      return;
    }
    setIsPending(true);
    setState(null);
    try {
      const { options, refused } = await passkeyEnrolmentOptions();
      if (refused) {
        setState(refused);
      } else {
        const response = await startRegistration({ optionsJSON: options });
        const answer = await addPasskey(response, name);
        setState(answer);
        if (answer.status === "success" && !continueHref) router.refresh();
      }
    } catch (error) {
      setState({ status: "error", message: ceremonyError(error) });
    }
    setIsPending(false);
  }

  if (state?.status === "success" && continueHref) {
    return (
      <div className={`mt-4 ${box}`}>
        <FormMessage state={state ?? INITIAL_FORM_STATE} />
        <Enrolled state={state} continueHref={continueHref} />
      </div>
    );
  }
  return (
    <div className={`mt-4 ${box}`}>
      <FormMessage state={state ?? INITIAL_FORM_STATE} />
      {state?.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} /> : null}
      <div>
        <label htmlFor="cle-nom" className="block font-medium text-slate-900">
          Nom de la clé
        </label>
        <p id="cle-nom-aide" className="mt-0.5 text-sm text-slate-600">
          Pour la reconnaître dans la liste : « téléphone », « ordinateur du bureau », « clé USB »…
        </p>
        <input
          id="cle-nom"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={60}
          aria-describedby="cle-nom-aide"
          className="mt-1 block w-full rounded-lg border border-slate-500 bg-white px-3 py-2 text-slate-900"
        />
      </div>
      <button type="button" onClick={register} disabled={isPending} className={secondaryButton}>
        {isPending ? "En attente de la clé…" : "Ajouter une clé d’accès"}
      </button>
    </div>
  );
}

/** A passkey instead of a code after the password, or instead of the password to confirm one's identity. */
export function PasskeyVerification({
  retour,
  getOptions,
  answerWith,
}: {
  retour: string;
  getOptions: () => Promise<PublicKeyCredentialRequestOptionsJSON | null>;
  answerWith: (response: AuthenticationResponseJSON, retour: string) => Promise<PasskeyAnswer>;
}) {
  const [state, setState] = useState<FormState | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function verify() {
    setIsPending(true);
    setState(null);
    try {
      const options = await getOptions();
      if (!options) {
        // Full loads here and below: the session changed on the server, the whole page (header included) follows.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/admin/connexion");
        return;
      }
      const answer = await answerWith(await startAuthentication({ optionsJSON: options }), retour);
      if (answer.status === "success") {
        window.location.assign(answer.redirectTo);
        return;
      }
      setState(answer);
    } catch (error) {
      setState({ status: "error", message: ceremonyError(error) });
    }
    setIsPending(false);
  }

  return (
    <div className={`mt-6 ${box}`}>
      <FormMessage state={state ?? INITIAL_FORM_STATE} />
      <button type="button" onClick={verify} disabled={isPending} className={secondaryButton}>
        {isPending ? "En attente de la clé…" : "Utiliser ma clé d’accès"}
      </button>
    </div>
  );
}

/** « Mon compte »: ten new recovery codes, shown once. */
export function RegenerateCodesForm({ action }: { action: FormAction }) {
  return (
    <StaffForm action={action} className="mt-4 max-w-xl space-y-4">
      {(state) => (
        <>
          {state.recoveryCodes ? <RecoveryCodes codes={state.recoveryCodes} /> : null}
          <SubmitButton>Générer de nouveaux codes de secours</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}

/** A passkey's row on « Mon compte »: its name, to change. */
export function PasskeyRenameForm({ action, passkey }: { action: FormAction; passkey: { id: number; name: string } }) {
  return (
    <StaffForm action={action} className="flex-1 space-y-2">
      {(state) => (
        <>
          <input type="hidden" name="id" value={passkey.id} />
          <TextField
            formId={`cle-${passkey.id}`}
            name="name"
            label="Nom"
            initial={passkey.name}
            maxLength={60}
            state={state}
            required
          />
          <SubmitButton>Renommer</SubmitButton>
        </>
      )}
    </StaffForm>
  );
}
