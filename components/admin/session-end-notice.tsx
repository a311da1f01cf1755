"use client";

import { usePathname } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { INITIAL_FORM_STATE, type FormAction, type FormState } from "@/lib/admin/form-state";
import { currentSessionEnd } from "@/lib/auth/proof-actions";
import { formatTime } from "@/lib/format";

const noAction = async (state: FormState) => state;

/** How long before the end of the session the notice shows. */
const WARN_BEFORE_MS = 15 * 60 * 1000;
const CHECK_EVERY_MS = 30 * 1000;

/**
 * Warns, a quarter of an hour ahead, that the back-office session ends, and offers to extend it (RGAA 13.1): the
 * identity confirmation opens in a new tab, so that what is typed here stays here, and gives the login 8 more
 * hours. Drawn first from the time the server saw left (a page drawn in the last quarter of an hour shows it
 * without JavaScript); then the browser keeps time, and asks the server again near the end, for a session extended in
 * another tab.
 */
export function SessionEndNotice({
  endsAt,
  leftAtRender,
  extendHere,
}: {
  endsAt: string;
  leftAtRender: number;
  /** A login still setting up its second factor is extended here, by a button, rather than by a confirmation. */
  extendHere?: FormAction;
}) {
  const pathname = usePathname();
  const [extended, extend] = useActionState(extendHere ?? noAction, INITIAL_FORM_STATE);
  const [end, setEnd] = useState(() => new Date(endsAt).getTime());
  // Until the browser reads its own clock: the time the server said was left.
  const [now, setNow] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    const check = async () => {
      setNow(Date.now());
      if (end - Date.now() > WARN_BEFORE_MS) return;
      const latest = await currentSessionEnd().catch(() => undefined);
      if (!cancelled && latest) setEnd(new Date(latest).getTime());
    };
    void check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    window.addEventListener("focus", check);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener("focus", check);
    };
  }, [end, extended]);

  const left = now === null ? leftAtRender : end - now;
  const retour = encodeURIComponent(pathname);
  return (
    // The notice is an alert when it appears, which screen readers announce at once.
    <div className="mx-auto w-full max-w-6xl px-4 sm:px-6">
      {left <= 0 ? (
        <p role="alert" className="mt-4 rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-200">
          Votre session a pris fin : ce que vous avez saisi sur cette page est encore là.{" "}
          <a href={`/admin/connexion?retour=${retour}`} target="_blank" rel="noopener">
            Reconnectez-vous (nouvel onglet)
          </a>
          , puis enregistrez ici.
        </p>
      ) : left <= WARN_BEFORE_MS ? (
        <p role="alert" className="mt-4 rounded-lg bg-amber-50 p-3 text-slate-900 ring-1 ring-amber-200">
          Votre session prend fin à {formatTime(new Date(end))}.{" "}
          {extendHere ? (
            <form action={extend} className="inline">
              <button type="submit" className="font-semibold text-brand-800 underline">
                Prolonger ma session de 8 heures
              </button>
            </form>
          ) : (
            <>
              <a href={`/admin/confirmation?retour=${retour}`} target="_blank" rel="noopener">
                Prolonger ma session de 8 heures (nouvel onglet)
              </a>{" "}
              : ce que vous avez saisi sur cette page reste à sa place.
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
