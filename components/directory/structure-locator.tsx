import { departmentLocator } from "@/lib/geo/outlines";

type Props = { name: string; departmentCode: string; latitude: number; longitude: number };

/**
 * Where a structure is: a small drawing of its département with a dot (metropolitan départements; drawn on the
 * server, nothing fetched), and links to OpenStreetMap and to an itinerary there.
 */
export function StructureLocator({ name, departmentCode, latitude, longitude }: Props) {
  const locator = departmentLocator(departmentCode, { latitude, longitude });
  const osm = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
  const route = `https://www.openstreetmap.org/directions?to=${latitude}%2C${longitude}`;
  return (
    <div className="flex flex-wrap items-center gap-4">
      {locator ? (
        <svg
          viewBox={locator.viewBox}
          role="img"
          aria-label={`Position de ${name} dans le département : ${locator.name}`}
          className="h-28 w-28 shrink-0"
        >
          <path d={locator.path} className="fill-brand-50 stroke-brand-700" strokeWidth={2} strokeLinejoin="round" />
          <circle
            cx={locator.point.x}
            cy={locator.point.y}
            r={7}
            className="fill-accent-700 stroke-white"
            strokeWidth={2}
          />
        </svg>
      ) : null}
      <ul className="space-y-1">
        <li>
          <a href={osm} rel="noopener noreferrer">
            Voir sur OpenStreetMap<span className="sr-only"> (site externe)</span>
          </a>
        </li>
        <li>
          <a href={route} rel="noopener noreferrer">
            Itinéraire<span className="sr-only"> vers {name} sur OpenStreetMap (site externe)</span>
          </a>
        </li>
        <li className="text-sm text-slate-600">
          {latitude.toFixed(5)}, {longitude.toFixed(5)}
        </li>
      </ul>
    </div>
  );
}
