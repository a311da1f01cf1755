// French formatting of numbers, dates and punctuation for everything the site displays.

const numberFormat = new Intl.NumberFormat("fr-FR");
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

export function formatNumber(value: number) {
  return numberFormat.format(value);
}

/** The calendar day of a moment as YYYY-MM-DD (UTC, as dates are stored). */
export function isoDay(moment: Date) {
  return moment.toISOString().slice(0, 10);
}

/** Formats a calendar date given as YYYY-MM-DD, e.g. "1 mars 2025". */
export function formatDate(isoDate: string) {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

const timeFormat = new Intl.DateTimeFormat("fr-FR", { timeStyle: "short", timeZone: "Europe/Paris" });

/** The hour of a moment in Moselle, e.g. "14:05". */
export function formatTime(moment: Date) {
  return timeFormat.format(moment);
}

/** A moment as the staff in Moselle read it, e.g. "1 mars 2025 à 14:05". */
export function formatDateTime(moment: Date) {
  return dateTimeFormat.format(moment);
}

const NARROW_NBSP = "\u202f";
const NBSP = "\u00a0";

/**
 * French typography: a non-breaking space before ; ! ? and inside « », a non-breaking space before :,
 * so that punctuation never starts a line. Only replaces an ordinary space already present.
 */
export function frenchTypography(text: string) {
  return text
    .replace(/ ([;!?»])/g, `${NARROW_NBSP}$1`)
    .replace(/« /g, `«${NARROW_NBSP}`)
    .replace(/ :/g, `${NBSP}:`);
}

/** Plural-aware count: "1 structure", "2 structures", "1 234 structures". */
export function pluralize(count: number, singular: string, plural = `${singular}s`) {
  return `${formatNumber(count)}${NBSP}${count > 1 ? plural : singular}`;
}

/** The text cut at a word to at most `max` characters, ending with « … » only when something was cut. */
export function truncateAtWord(text: string, max: number) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = cut.replace(/\s+\S*$/, "");
  return `${atWord || cut}…`;
}

/** "à 12 km", "à 2,5 km", "à moins de 100 m": a distance as a search result says it. */
export function formatDistance(km: number) {
  if (km < 0.1) return `à moins de 100${NBSP}m`;
  return `à ${km < 10 ? oneDecimal.format(km) : formatNumber(Math.round(km))}${NBSP}km`;
}

/** Text without accents or ligatures, in lower case: "L’Œuvre d’Économie" → "l’oeuvre d’economie". */
export function foldText(text: string) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/œ/gi, "oe").replace(/æ/gi, "ae").toLowerCase();
}
