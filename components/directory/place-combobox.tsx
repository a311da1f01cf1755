"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";

export type PlaceSuggestion = { code: string; label: string; postalCode: string | null };

type Props = {
  /** The commune chosen (its INSEE code) and how the field shows it, from the URL. */
  initialCode: string;
  initialLabel: string;
  className: string;
  /** Finds the suggestions for what was typed; the site's /api/communes by default. */
  suggest?: (text: string, signal: AbortSignal) => Promise<PlaceSuggestion[]>;
};

async function fetchSuggestions(text: string, signal: AbortSignal) {
  const response = await fetch(`/api/communes?q=${encodeURIComponent(text)}`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { items: PlaceSuggestion[] }).items;
}

/**
 * « Ville ou code postal » with suggestions, as the ARIA combobox pattern describes it (a list that opens as one
 * types, arrows to move, Enter to choose, Escape to close, the count announced). Choosing a commune puts its
 * INSEE code in a hidden `commune` field; typing again forgets it. The server renders a plain text field (the
 * combobox roles come with the scripts), which the search page resolves by itself.
 */
export function PlaceCombobox({ initialCode, initialLabel, className, suggest = fetchSuggestions }: Props) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const isInteractive = useHydrated();
  const [text, setText] = useState(initialLabel);
  const [chosen, setChosen] = useState(initialCode ? { code: initialCode, label: initialLabel } : null);
  const [suggestions, setSuggestions] = useState<PlaceSuggestion[]>([]);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Typed into the server's HTML while the scripts were still loading: kept. (Read from the DOM once
    // hydrated, so set from an effect.)
    const typed = field.current?.value;
    if (typed !== undefined && typed !== initialLabel) {
      setText(typed);
      setChosen(null);
    }
    // Only once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // A new URL (back button) brings its own place; the first render's is already shown.
  const shownPlace = useRef(`${initialCode}|${initialLabel}`);
  useEffect(() => {
    if (shownPlace.current === `${initialCode}|${initialLabel}`) return;
    shownPlace.current = `${initialCode}|${initialLabel}`;
    setText(initialLabel);
    setChosen(initialCode ? { code: initialCode, label: initialLabel } : null);
  }, [initialCode, initialLabel]);

  useEffect(() => {
    if (!isInteractive || chosen?.label === text || text.trim().length < 2) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the list of the previous text goes with it
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggest(text, controller.signal)
        .then((items) => {
          setSuggestions(items);
          setActive(-1);
          setIsOpen(true);
          setAnnouncement(
            items.length === 0
              ? "Aucune commune ne correspond."
              : `${items.length} commune${items.length > 1 ? "s" : ""} proposée${items.length > 1 ? "s" : ""} : flèches haut et bas pour choisir, Entrée pour valider.`,
          );
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, chosen, isInteractive, suggest]);

  function choose(suggestion: PlaceSuggestion) {
    setChosen({ code: suggestion.code, label: suggestion.label });
    setText(suggestion.label);
    setIsOpen(false);
    setActive(-1);
    setAnnouncement(`${suggestion.label} choisie.`);
  }

  function handleKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const count = suggestions.length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      setIsOpen(true);
      setActive((index) => (index + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      setIsOpen(true);
      setActive((index) => (index <= 0 ? count - 1 : index - 1));
    } else if (event.key === "Enter" && isOpen && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]!);
    } else if (event.key === "Escape" && isOpen) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    }
  }

  const isExpanded = isInteractive && isOpen && suggestions.length > 0;
  const combobox = isInteractive
    ? {
        role: "combobox" as const,
        "aria-autocomplete": "list" as const,
        "aria-expanded": isExpanded,
        "aria-controls": listId,
        "aria-activedescendant": isExpanded && active >= 0 ? `${listId}-${active}` : undefined,
      }
    : {};

  return (
    <div className="relative">
      <input
        ref={field}
        id="lieu"
        name="lieu"
        type="text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (chosen && event.target.value !== chosen.label) setChosen(null);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setIsOpen(false)}
        maxLength={100}
        autoComplete="off"
        placeholder="Ex. : Sarreguemines, 57000"
        className={className}
        {...combobox}
      />
      {/* Only with the scripts: a page without them resolves the text, which the visitor may have changed. */}
      {isInteractive && chosen ? <input type="hidden" name="commune" value={chosen.code} /> : null}
      {isInteractive ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="Communes proposées"
          hidden={!isExpanded}
          className="absolute z-10 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-300 bg-white py-1 shadow-lg"
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Chosen on mouse down, before the field's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
              className="cursor-pointer px-3 py-2 text-slate-900 aria-selected:bg-brand-100"
            >
              {suggestion.label}
              {suggestion.postalCode ? (
                <span className="text-sm text-slate-600"> · {suggestion.postalCode}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
