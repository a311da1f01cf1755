// What a back-office form's server action answers, for useActionState.
export type FormState = {
  status: "idle" | "success" | "error" | "conflict";
  /** Different for every answer: forms redraw their fields from `values` when it changes. */
  id?: string;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What was typed, so that nothing is lost when the save is refused or fails. */
  values?: Record<string, string>;
  /** On a conflict: the record as another person just saved it. */
  current?: Record<string, string>;
  /** Refused for want of a recent proof: the form offers the way to confirm one's identity. */
  needsProof?: boolean;
  /** New recovery codes, shown this once (only their hashes are kept). */
  recoveryCodes?: string[];
};

export const INITIAL_FORM_STATE: FormState = { status: "idle" };

/** A back-office server action, as a form calls it. */
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const MESSAGES = {
  forbidden: "Vous n’avez pas le droit de faire cette modification, ou votre session a pris fin : reconnectez-vous.",
  invalid: "Le formulaire contient des erreurs : corrigez les champs signalés.",
  conflict:
    "Quelqu’un d’autre a modifié cet élément pendant que vous l’éditiez : rien n’a été enregistré. Ses valeurs sont affichées ci-dessous ; reportez-y vos changements si besoin, puis enregistrez à nouveau.",
  unavailable:
    "La base de données ne répond pas : rien n’a été enregistré. Vos saisies sont conservées ; réessayez dans un instant.",
  notFound: "Cet élément n’existe plus : il a peut-être été supprimé par quelqu’un d’autre.",
  saved: "Modifications enregistrées.",
  staleProof:
    "Pour changer un moyen de connexion ou l’accès d’un compte, confirmez d’abord votre identité (la dernière confirmation date de plus de 10 minutes) : rien n’a été enregistré.",
} as const;

/** The answer of a change of a factor or of an account's access asked without a recent proof of identity. */
export const STALE_PROOF_STATE: FormState = { status: "error", message: MESSAGES.staleProof, needsProof: true };
