import { AroundMeButton } from "@/components/directory/around-me";
import { PlaceCombobox } from "@/components/directory/place-combobox";
import { DEFAULT_RADIUS, RADII } from "@/lib/directory/search-params";

/**
 * « Ville ou code postal » (with suggestions once the scripts run) and the radius around it. Without
 * JavaScript, the server finds the commune the text names (one: searched around; several: a list to choose).
 */
export function PlaceFields({
  commune,
  placeLabel,
  radius,
  onPosition,
}: {
  commune: string;
  placeLabel: string;
  radius: number;
  onPosition: (latitude: string, longitude: string) => void;
}) {
  return (
    <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-end">
      <div className="min-w-0 flex-1">
        <label htmlFor="lieu" className="block font-semibold text-slate-900">
          Ville ou code postal
        </label>
        <div className="mt-2">
          <PlaceCombobox
            initialCode={commune}
            initialLabel={placeLabel}
            className="w-full rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-500"
          />
        </div>
      </div>
      <div>
        <label htmlFor="rayon" className="block font-semibold text-slate-900">
          Dans un rayon de
        </label>
        <select
          id="rayon"
          name="rayon"
          defaultValue={String(radius)}
          className="mt-2 rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900"
        >
          {RADII.map((km) => (
            <option key={km} value={km}>
              {km} km{km === DEFAULT_RADIUS ? " (par défaut)" : ""}
            </option>
          ))}
        </select>
      </div>
      <AroundMeButton onPosition={onPosition} />
    </div>
  );
}
