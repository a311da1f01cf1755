"use client";

import { useEffect, useState } from "react";

type Strength = { label: string; score: number; warning: string | null };

/**
 * The strength of the new password typed in the field `fieldId`, as one types (the server checks it again on
 * saving). The dictionaries are loaded at the first keystroke, not with the page.
 */
export function PasswordStrength({ fieldId }: { fieldId: string }) {
  const [strength, setStrength] = useState<Strength | null>(null);
  useEffect(() => {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLInputElement)) return;
    let latest = 0;
    const measure = async () => {
      const run = ++latest;
      const value = field.value;
      if (!value) return setStrength(null);
      const { passwordStrength } = await import("@/lib/auth/password-strength");
      if (run === latest) setStrength(passwordStrength(value));
    };
    field.addEventListener("input", measure);
    return () => field.removeEventListener("input", measure);
  }, [fieldId]);
  return (
    <p aria-live="polite" className="mt-1 min-h-5 text-sm text-slate-700" id={`${fieldId}-solidite`}>
      {strength ? (
        <>
          Solidité :{" "}
          <strong className={strength.score < 3 ? "text-red-800" : "text-brand-800"}>{strength.label}</strong>
          {strength.score < 3 ? " — refusé à l’enregistrement" : ""}
          {strength.warning ? `. ${strength.warning}` : ""}
        </>
      ) : null}
    </p>
  );
}
