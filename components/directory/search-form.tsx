"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { PlaceFields } from "@/components/directory/place-fields";
import { KIND_CODES, STRUCTURE_KINDS } from "@/lib/directory/kinds";
import type { RegionOption } from "@/lib/directory/queries";
import { DEFAULT_RADIUS, MAX_QUERY_LENGTH, type DirectoryQuery } from "@/lib/directory/search-params";

/**
 * The directory's search form. Without JavaScript it is a plain GET form; with it, submitting navigates
 * client-side to a URL without empty parameters. The URL stays the single source of truth: when it changes
 * (back button, pagination), the fields are set from it again.
 */
export function SearchForm({
  query,
  regions,
  placeLabel,
  basePath = "/annuaire",
}: {
  query: DirectoryQuery;
  regions: RegionOption[];
  /** The commune searched around, as the place field shows it (« Metz (57) »), or the place as typed. */
  placeLabel: string;
  /** Where the search is shown: the list (/annuaire), or the « Carte » view. */
  basePath?: string;
}) {
  const router = useRouter();
  const hasFilters = query.kinds.length > 0 || query.region !== "" || query.department !== "";
  const formRef = useRef<HTMLFormElement>(null);
  const shownQuery = useRef(query);

  useEffect(() => {
    const form = formRef.current;
    // The server drew the fields from this very query, and the visitor may have typed since: only a new
    // query (back button, pagination) sets them again.
    if (!form || shownQuery.current === query) return;
    shownQuery.current = query;
    const field = (name: string) => form.elements.namedItem(name);
    const q = field("q");
    if (q instanceof HTMLInputElement) q.value = query.q;
    const radius = field("rayon");
    if (radius instanceof HTMLSelectElement) radius.value = String(query.radius);
    const region = field("region");
    if (region instanceof HTMLSelectElement) region.value = query.region;
    const department = field("departement");
    if (department instanceof HTMLSelectElement) department.value = query.department;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="type"]')) {
      box.checked = query.kinds.includes(box.value);
    }
  }, [query]);

  /** Goes to the search the form's fields describe, without the empty ones. */
  function search(form: HTMLFormElement, position?: { latitude: string; longitude: string }) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
    }
    // « Autour de moi » replaces the place typed or chosen.
    if (position) {
      params.delete("lieu");
      params.delete("commune");
      params.set("lat", position.latitude);
      params.set("lon", position.longitude);
    }
    // A commune chosen among the suggestions is its code; the text is for the server to resolve otherwise.
    if (params.has("commune")) params.delete("lieu");
    // A radius means something only around a place, and 25 km goes without saying.
    const hasPlace = params.has("lieu") || params.has("commune") || params.has("lat");
    if (!hasPlace || params.get("rayon") === String(DEFAULT_RADIUS)) params.delete("rayon");
    const query = params.toString();
    router.push(query ? `${basePath}?${query}` : basePath);
  }

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search(event.currentTarget);
  }

  return (
    <form
      ref={formRef}
      action={basePath}
      method="get"
      role="search"
      aria-label="Rechercher une structure"
      onSubmit={handleSubmit}
      className="rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6"
    >
      <label htmlFor="q" className="block font-semibold text-slate-900">
        Nom, enseigne, ville ou SIRET
      </label>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={query.q}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          placeholder="Ex. : chantier, Metz, 807 469 317 00018"
          className="min-w-0 flex-1 rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-500"
        />
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Rechercher
        </button>
      </div>
      <PlaceFields
        commune={query.commune}
        placeLabel={placeLabel}
        radius={query.radius}
        onPosition={(latitude, longitude) => formRef.current && search(formRef.current, { latitude, longitude })}
      />

      {/* Open when a filter is set; closed otherwise, so that results come first on a phone. */}
      <details open={hasFilters} className="group mt-5">
        <summary className="cursor-pointer font-semibold text-brand-800">
          Filtrer par type, région ou département
        </summary>
        <fieldset className="mt-5">
          <legend className="font-semibold text-slate-900">Type de structure</legend>
          <div className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-4">
            {KIND_CODES.map((kind) => (
              <label key={kind} className="flex items-start gap-2 py-1 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="type"
                  value={kind}
                  defaultChecked={query.kinds.includes(kind)}
                  className="mt-0.5 size-4 shrink-0 accent-brand-700"
                />
                <span>
                  {STRUCTURE_KINDS[kind].label} ({kind})
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <div className="mt-5 grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="region" className="block font-semibold text-slate-900">
              Région
            </label>
            <select
              id="region"
              name="region"
              defaultValue={query.region}
              className="mt-2 w-full rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-slate-900"
            >
              <option value="">Toutes les régions</option>
              {regions
                .filter((region) => region.code)
                .map((region) => (
                  <option key={region.code} value={region.code}>
                    {region.name}
                  </option>
                ))}
            </select>
          </div>
          <div>
            <label htmlFor="departement" className="block font-semibold text-slate-900">
              Département
            </label>
            <select
              id="departement"
              name="departement"
              defaultValue={query.department}
              className="mt-2 w-full rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-slate-900"
            >
              <option value="">Tous les départements</option>
              {regions.map((region) => (
                <optgroup key={region.code || "hors-region"} label={region.name}>
                  {region.departments.map((department) => (
                    <option key={department.code} value={department.code}>
                      {department.code} — {department.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        </div>
      </details>
      <div className="mt-5 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Afficher les résultats
        </button>
        <a href={basePath} className="text-sm font-medium">
          Effacer la recherche et les filtres
        </a>
      </div>
    </form>
  );
}
