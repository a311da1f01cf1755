"use client";
// The « Carte » view's interactive map (Leaflet, with its marker-cluster plugin). Only the map view's page
// imports this file, and Leaflet itself is loaded once the page runs in the browser: the list pages ship no
// map code, and the server never runs Leaflet (it needs `window`).
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import type * as Leaflet from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import type { MapPoint } from "@/lib/directory/queries";
import { STRUCTURE_KINDS } from "@/lib/directory/kinds";
import { pluralize } from "@/lib/format";

type Attribution = { text: string; href: string | null };

/** Metropolitan France, for a map without any point. */
const FRANCE: Leaflet.LatLngTuple = [46.6, 2.4];

/** Where French structures lie, oceans apart: the map opens on the first with points, the others a button away. */
const AREAS: { name: string; south: number; west: number; north: number; east: number }[] = [
  { name: "Métropole", south: 41, west: -5.5, north: 51.5, east: 10 },
  { name: "Guadeloupe", south: 15.8, west: -61.9, north: 16.6, east: -61 },
  { name: "Martinique", south: 14.3, west: -61.3, north: 14.9, east: -60.8 },
  { name: "Guyane", south: 2, west: -54.7, north: 5.9, east: -51.5 },
  { name: "La Réunion", south: -21.4, west: 55.2, north: -20.8, east: 55.9 },
  { name: "Mayotte", south: -13.1, west: 45, north: -12.6, east: 45.3 },
  { name: "Saint-Pierre-et-Miquelon", south: 46.7, west: -56.5, north: 47.2, east: -56.1 },
];

/** The bounds of the points of each area that has some, in the order of AREAS. */
function areasOf(points: MapPoint[]) {
  return AREAS.map((area) => {
    const inside = points.filter(
      ([latitude, longitude]) =>
        latitude >= area.south && latitude <= area.north && longitude >= area.west && longitude <= area.east,
    );
    return { name: area.name, points: inside };
  }).filter((area) => area.points.length > 0);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Leaflet writes the attribution as HTML: the provider's text is escaped, its link is ours. */
function attributionHtml({ text, href }: Attribution) {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** A structure's popup, built as elements: names come from the directory, never as HTML. */
function popupOf([, , slug, name, kind, city]: MapPoint) {
  const box = document.createElement("div");
  const link = box.appendChild(document.createElement("a"));
  link.href = `/annuaire/${slug}`;
  link.textContent = name;
  link.className = "font-semibold text-brand-800!";
  const detail = box.appendChild(document.createElement("p"));
  detail.textContent = `${STRUCTURE_KINDS[kind].label} · ${city}`;
  // Leaflet's stylesheet gives popup paragraphs wide margins.
  detail.className = "mt-1! mb-0! text-slate-700";
  return box;
}

function clusterIcon(L: typeof Leaflet, cluster: Leaflet.MarkerCluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? "small" : count < 100 ? "medium" : "large";
  return L.divIcon({
    // The number is seen; the sentence is what a screen reader announces on the focused group.
    html: `<div><span aria-hidden="true" data-count>${count}</span></div><span class="sr-only">${pluralize(count, "structure")} : afficher ce groupe de plus près</span>`,
    className: `marker-cluster marker-cluster-${size}`,
    iconSize: [40, 40],
  });
}

export function ResultsMap({
  points,
  tilesUrl,
  attribution,
}: {
  points: MapPoint[];
  tilesUrl: string;
  attribution: Attribution;
}) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<Leaflet.Map | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const areas = useMemo(() => areasOf(points), [points]);

  /** Shows the points given: one closely, several all at once. */
  function show(map: Leaflet.Map, shown: MapPoint[]) {
    if (shown.length === 0) map.setView(FRANCE, 5);
    else if (shown.length === 1) map.setView([shown[0]![0], shown[0]![1]], 13);
    else
      map.fitBounds(
        shown.map(([latitude, longitude]) => [latitude, longitude]),
        { padding: [24, 24] },
      );
  }

  useEffect(() => {
    let map: Leaflet.Map | undefined;
    let cancelled = false;
    (async () => {
      const L = (await import("leaflet")).default;
      // The plugin extends the Leaflet that the line above put on `window`.
      await import("leaflet.markercluster");
      if (cancelled || !container.current) return;
      map = L.map(container.current, { scrollWheelZoom: false, zoomSnap: 0.25, zoomControl: false });
      // Leaflet speaks English: its controls are given French names.
      L.control.zoom({ zoomInTitle: "Zoomer", zoomOutTitle: "Dézoomer" }).addTo(map);
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      L.tileLayer(tilesUrl, { maxZoom: 19, attribution: attributionHtml(attribution) }).addTo(map);
      // Every group is drawn, in view or not: the map's figures add up to the results.
      const clusters = L.markerClusterGroup({
        iconCreateFunction: (cluster) => clusterIcon(L, cluster),
        showCoverageOnHover: false,
        removeOutsideVisibleBounds: false,
        chunkedLoading: true,
      });
      const icon = L.divIcon({
        className: "structure-marker rounded-full border-2 border-white bg-brand-700 shadow-md",
        iconSize: [18, 18],
      });
      const markers = points.map((point) => {
        const marker = L.marker([point[0], point[1]], { icon, title: point[3], keyboard: true });
        marker.bindPopup(() => popupOf(point));
        // From the keyboard: the popup's link takes the focus; Escape closes the popup and gives the focus back
        // to its marker (Leaflet listens for Escape only on the map itself).
        marker.on("popupopen", (event) => {
          const popup = event.popup.getElement();
          popup?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", "Fermer");
          popup?.querySelector<HTMLElement>(".leaflet-popup-content a")?.focus();
          popup?.addEventListener("keydown", (key) => {
            if (key.key === "Escape") marker.closePopup();
          });
        });
        marker.on("popupclose", () => {
          const focused = document.activeElement;
          if (!focused || focused === document.body || container.current?.contains(focused))
            marker.getElement()?.focus();
        });
        return marker;
      });
      clusters.addLayers(markers);
      map.addLayer(clusters);
      // Metropolitan France first when it has points: the overseas ones are a button away.
      show(map, areas.length > 1 ? areas[0]!.points : points);
      mapRef.current = map;
      setState("ready");
    })().catch(() => {
      if (!cancelled) setState("failed");
    });
    return () => {
      cancelled = true;
      mapRef.current = null;
      map?.remove();
    };
    // `show` and `areas` follow from `points`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [points, tilesUrl, attribution]);

  return (
    <div>
      {areas.length > 1 ? (
        <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-700">Voir :</span>
          {areas.map((area) => (
            <button
              key={area.name}
              type="button"
              disabled={state !== "ready"}
              onClick={() => mapRef.current && show(mapRef.current, area.points)}
              className="rounded-md px-2 py-1 font-medium text-brand-800 ring-1 ring-slate-300 hover:bg-brand-50 disabled:opacity-60"
            >
              {area.name} ({area.points.length})
            </button>
          ))}
        </div>
      ) : null}
      <div
        ref={container}
        className="relative z-0 h-[32rem] max-h-[70vh] w-full rounded-xl border border-slate-300 bg-slate-100"
        role="region"
        aria-label={`Carte des résultats : ${pluralize(points.length, "structure")}`}
        aria-busy={state === "loading"}
      />
      <p className="mt-2 text-sm text-slate-700" aria-live="polite">
        {state === "loading"
          ? "Chargement de la carte…"
          : state === "failed"
            ? "La carte n’a pas pu s’afficher. La liste des résultats donne les mêmes structures."
            : "Les nombres regroupent les structures proches : choisissez-en un pour vous en approcher. Chaque point ouvre un lien vers la fiche de la structure (touche Entrée au clavier)."}
      </p>
    </div>
  );
}
