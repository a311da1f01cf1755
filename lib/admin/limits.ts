// The sizes the back office accepts, as one set: the framework's body limit and the site server's are derived
// from the largest file, so that every refusal below them is the application's own French message, given
// with what was typed kept. No imports: next.config.ts reads this file before path aliases exist.

/** The largest import file: a 100,000-row CSV of the directory's columns is about 4.3 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The largest text of a page section, in characters (at most 4 bytes each in UTF-8: 80 KB). */
export const MAX_SECTION_TEXT = 20_000;

/**
 * The largest body a back-office form may post: the largest file, plus the form's other fields and the
 * multipart framing. Next.js's server-action limit (next.config.ts) and the site server's 413 use it.
 */
export const MAX_FORM_BODY_BYTES = MAX_IMPORT_BYTES + 1024 * 1024;

/** "10 Mo", as the forms and the error pages say it. */
export const formatMegabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))}\u00a0Mo`;
