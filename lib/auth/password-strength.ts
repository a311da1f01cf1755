// How easy a password is to guess, with zxcvbn-ts and its offline dictionaries (common passwords from breaches,
// French words, names, Wikipedia): the server refuses what is too easy, and the forms show it as one types.
// Pure: the browser loads this module only when someone types a new password.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as fr from "@zxcvbn-ts/language-fr";

/** zxcvbn's scale: 0–2 are guessed in under about 10⁸ attempts, which an offline attack makes in seconds. */
export const MIN_PASSWORD_SCORE = 3;

export const STRENGTH_LABELS = ["très faible", "faible", "moyenne", "bonne", "très bonne"] as const;

let checker: ZxcvbnFactory | undefined;

export function passwordStrength(password: string) {
  checker ??= new ZxcvbnFactory({
    translations: fr.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...fr.dictionary },
  });
  const { score, feedback } = checker.check(password);
  return { score, label: STRENGTH_LABELS[score], warning: feedback.warning, suggestions: feedback.suggestions };
}

/** The refusal of a password too easy to guess, with what makes it so when zxcvbn says. */
export function weakPasswordMessage(warning: string | null) {
  return `Ce mot de passe est trop facile à deviner${warning ? ` (${warning.replace(/\.$/, "").toLowerCase()})` : ""} : il figure dans les listes de mots de passe courants ou en est trop proche. Choisissez une phrase de plusieurs mots.`;
}
