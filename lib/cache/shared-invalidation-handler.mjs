// @ts-check
// The cache handler of every instance of the site (next.config.ts → cacheHandler). Each instance keeps
// Next.js's own cache (memory, then files), so a cached page costs no database query and survives a
// database outage. What instances share is invalidation: when a server action calls updateTag, this
// handler records the tag in PostgreSQL (table cache_invalidation) and announces it with NOTIFY; every
// other instance LISTENs and expires the same tag at once. An instance that was not listening (starting,
// or cut off from the database) reads the table when it (re)connects and expires what it missed. The listening
// connection is checked every 15 s (SNS_CACHE_LISTEN_CHECK_MS) besides TCP keep-alive: a connection that
// silently stopped carrying anything (a NAT or firewall that forgot it, a failover) would leave the instance
// deaf to invalidations without any error; one that does not answer the check within 5 s is replaced.
// Plain JavaScript: Next.js imports this file at run time, outside its bundles.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import pg from "pg";

const require = createRequire(import.meta.url);
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
/** The process-wide record of expired tags that Next.js checks on every cache read. */
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

const CHANNEL = "sns_cache_invalidation";
const RECONNECT_MAX_MS = 30_000;
const REPUBLISH_EVERY_MS = 2_000;
const CHECK_EVERY_MS = Number(process.env.SNS_CACHE_LISTEN_CHECK_MS) || 15_000;
const CHECK_TIMEOUT_MS = 5_000;
/** lib/directory/search-key.ts's SEARCH_ROUTE: the search pages. */
const MEMORY_ONLY_ROUTE = "/annuaire/recherche/";
/** lib/cache/tags.ts's CACHE_TAGS.searches: the search results those pages show. */
const MEMORY_ONLY_TAG = "directory-search";

/**
 * One listener and one pool per process, whatever the number of handler objects Next.js makes.
 * @type {{ origin: string, pool?: pg.Pool, started: boolean, lastSeen: string | null,
 *   unpublished: Set<string>, republishing?: NodeJS.Timeout, caughtUp?: Promise<void> }}
 */
const shared = /** @type {any} */ (
  globalThis[Symbol.for("sns.cache.invalidation")] ??= {
    origin: randomUUID(),
    started: false,
    lastSeen: null,
    unpublished: new Set(),
  }
);

/** Expires tags in this process, as updateTag does: entries stored before now are stale. */
function expireLocally(/** @type {string[]} */ tags) {
  const now = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
}

function databaseUrl() {
  return process.env.DATABASE_URL;
}

function pool() {
  if (!shared.pool) {
    shared.pool = new pg.Pool({ connectionString: databaseUrl(), max: 2, connectionTimeoutMillis: 5_000 });
    // An idle connection the database dropped: the next query opens another.
    shared.pool.on("error", () => {});
  }
  return shared.pool;
}

/**
 * An invalidation as publish() sends it, or null for anything else on the channel.
 * @param {string | undefined} payload
 * @returns {{ origin: string, tag: string, at: string } | null}
 */
function parseNotice(payload) {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload);
    const isNotice =
      typeof value?.origin === "string" &&
      typeof value.tag === "string" &&
      value.tag.length > 0 &&
      value.tag.length <= 255 &&
      // PostgreSQL's text of a timestamptz: it goes back into a query (the catch-up after a reconnection).
      typeof value.at === "string" &&
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(value.at);
    return isNotice ? { origin: value.origin, tag: value.tag, at: value.at } : null;
  } catch {
    return null;
  }
}

/** LISTENs for the other instances' invalidations; reconnects with a growing delay while the database is away. */
async function listen(attempt = 0) {
  const client = new pg.Client({
    connectionString: databaseUrl(),
    connectionTimeoutMillis: 5_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  let retried = false;
  /** @type {NodeJS.Timeout | undefined} */
  let checking;
  const retry = () => {
    if (retried) return;
    retried = true;
    clearInterval(checking);
    // A connection that stopped answering may never finish ending: its socket is closed outright.
    /** @type {any} */ (client).connection?.stream?.destroy();
    client.end().catch(() => {});
    const delay = Math.min(RECONNECT_MAX_MS, 500 * 2 ** attempt);
    setTimeout(() => void listen(attempt + 1), delay).unref();
  };
  client.on("error", retry);
  client.on("end", retry);
  client.on("notification", (message) => {
    const notice = parseNotice(message.payload);
    if (!notice) {
      // Any role of the database may NOTIFY on this channel: what is not one of ours is ignored, never thrown.
      console.warn("Cache partagé : notification ignorée, elle n’a pas la forme de celles du site.");
      return;
    }
    shared.lastSeen = notice.at;
    if (notice.origin !== shared.origin) expireLocally([notice.tag]);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // What was invalidated while this process was not listening (all of it, on start-up).
    const { rows } = await client.query(
      `SELECT tag, invalidated_at::text AS at FROM cache_invalidation
        WHERE $1::timestamptz IS NULL OR invalidated_at >= $1::timestamptz`,
      [shared.lastSeen],
    );
    expireLocally(rows.map((row) => row.tag));
    for (const row of rows) if (!shared.lastSeen || row.at > shared.lastSeen) shared.lastSeen = row.at;
    attempt = 0;
    checking = setInterval(() => void check(client, retry), CHECK_EVERY_MS).unref();
  } catch (error) {
    console.warn(
      "Cache partagé : invalidations des autres instances non reçues pour l’instant (base injoignable), nouvel essai.",
      error instanceof Error ? error.message : "",
    );
    retry();
  }
}

/** Asks the listening connection a trivial question; without an answer in time, it is replaced. */
async function check(/** @type {pg.Client} */ client, /** @type {() => void} */ replace) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const silent = new Promise((resolve) => (timer = setTimeout(() => resolve("silent"), CHECK_TIMEOUT_MS)));
  const answer = await Promise.race([
    client.query("SELECT 1").then(
      () => "answered",
      () => "failed",
    ),
    silent,
  ]);
  clearTimeout(timer);
  if (answer === "answered") return;
  console.warn("Cache partagé : la connexion d’écoute ne répond plus, reconnexion et rattrapage des invalidations.");
  replace();
}

export default class SharedInvalidationCacheHandler extends FileSystemCache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} context */
  constructor(context) {
    super(context);
    // Nothing to listen to while `next build` prerenders; a server without a database has no others to hear.
    if (!shared.started && process.env.NEXT_PHASE !== "phase-production-build" && databaseUrl()) {
      shared.started = true;
      shared.caughtUp = listen();
    }
  }

  /**
   * The first reads wait for the start-up catch-up (a few milliseconds; at most the connection timeout when
   * the database is away), so that a page invalidated while this process was stopped is never served.
   * @param {Parameters<FileSystemCache["get"]>} args
   */
  async get(...args) {
    await shared.caughtUp;
    return super.get(...args);
  }

  /**
   * Directory searches are as many as visitors can type: they are kept in memory (bounded, least recently
   * used first out), never written to disk, which anybody could otherwise fill.
   * @param {string} key
   * @param {Parameters<FileSystemCache["set"]>[1]} data
   * @param {Parameters<FileSystemCache["set"]>[2]} context
   */
  set(key, data, context) {
    const isSearch = key.includes(MEMORY_ONLY_ROUTE) || context?.tags?.includes(MEMORY_ONLY_TAG);
    if (!isSearch) return super.set(key, data, context);
    const flushToDisk = this.flushToDisk;
    // FileSystemCache reads this flag before its first await: the write below is decided by then.
    this.flushToDisk = false;
    const stored = super.set(key, data, context);
    this.flushToDisk = flushToDisk;
    return stored;
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0 || !databaseUrl()) return;
    await publish(list);
  }
}

/** Records and announces tags in one statement (the announcement leaves on commit). */
async function publish(/** @type {string[]} */ tags) {
  try {
    await pool().query(
      `WITH changed AS (
         INSERT INTO cache_invalidation (tag, invalidated_at)
         SELECT DISTINCT unnest($1::text[]), clock_timestamp()
         ON CONFLICT (tag) DO UPDATE SET invalidated_at = excluded.invalidated_at
         RETURNING tag, invalidated_at
       )
       SELECT pg_notify($2, json_build_object('origin', $3::text, 'tag', tag, 'at', invalidated_at::text)::text)
         FROM changed`,
      [tags, CHANNEL, shared.origin],
    );
    for (const tag of tags) shared.unpublished.delete(tag);
  } catch (error) {
    // The page is already expired here; the other instances must hear of it too, so it is sent again
    // until the database takes it.
    console.error(
      "Cache partagé : invalidation non transmise, nouvel essai.",
      error instanceof Error ? error.message : "",
    );
    for (const tag of tags) shared.unpublished.add(tag);
    shared.republishing ??= setInterval(() => {
      if (shared.unpublished.size === 0) {
        clearInterval(shared.republishing);
        shared.republishing = undefined;
      } else void publish([...shared.unpublished]);
    }, REPUBLISH_EVERY_MS).unref();
  }
}
