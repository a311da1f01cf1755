"use client";

import { useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";

/** Rounded to 3 decimals (about 100 m) before it leaves the browser: enough to search, not to find a home. */
const round = (value: number) => (Math.round(value * 1000) / 1000).toFixed(3);

const MESSAGES: Record<number, string> = {
  1: "Votre navigateur n’a pas donné votre position : autorisez-la pour ce site, ou saisissez une ville ou un code postal.",
  2: "Votre position n’est pas disponible pour le moment : saisissez une ville ou un code postal.",
  3: "Votre position n’a pas pu être trouvée à temps : réessayez, ou saisissez une ville ou un code postal.",
};

/**
 * « Autour de moi »: asks the browser for the visitor's position after a click (never before), and searches
 * around it with the form's other fields. Shown only with JavaScript, which it needs.
 */
export function AroundMeButton({ onPosition }: { onPosition: (latitude: string, longitude: string) => void }) {
  const isInteractive = useHydrated();
  const [isLocating, setIsLocating] = useState(false);
  const [message, setMessage] = useState("");
  if (!isInteractive) return null;

  function locate() {
    if (!("geolocation" in navigator)) {
      setMessage("Votre navigateur ne sait pas donner votre position : saisissez une ville ou un code postal.");
      return;
    }
    setIsLocating(true);
    setMessage("Recherche de votre position…");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setIsLocating(false);
        setMessage("");
        onPosition(round(coords.latitude), round(coords.longitude));
      },
      (error) => {
        setIsLocating(false);
        setMessage(MESSAGES[error.code] ?? MESSAGES[2]!);
      },
      { timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  }

  return (
    <div>
      <button
        type="button"
        onClick={locate}
        disabled={isLocating}
        className="rounded-lg border border-brand-700 bg-white px-4 py-2.5 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        Autour de moi
      </button>
      <p role="status" className="mt-1 text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
