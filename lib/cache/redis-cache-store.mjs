// Next.js' page and data caches in Redis, shared by every instance of the app (docs/adr/0011-shared-cache.md).
// Plain JavaScript: Next.js loads the cache handler (lib/security/page-cache-handler.mjs) unbundled.
//
// - An entry is one Redis string, `<prefix>entry:<key>`, holding the JSON of what Next.js stored (buffers and maps
//   encoded), its tags and when it was made; it expires in Redis a day after it goes stale, so nothing stays forever.
// - A tag's invalidation is one field of the hash `<prefix>tags`: the time it went stale and when it expires. Every
//   read asks Redis for the times of the entry's tags, so a publish on one instance is seen by the next read on all.
// - A small in-process copy of recent entries saves the transfer of the page itself; the tag times are still read
//   from Redis on every hit, and an entry a tag has outdated is fetched again (another instance may have rebuilt it).
import Redis from "ioredis";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

const TAGS_HEADER = "x-next-cache-tags";
const KEEP_AFTER_STALE_SECONDS = 24 * 60 * 60;
const DEFAULT_TTL_SECONDS = 7 * 24 * 60 * 60;
const LOCAL_COPY_BYTES = 64 * 1024 * 1024;

const clients = new Map();

/** One connection per URL and process: Next.js makes a cache handler for every request. */
export function sharedRedisClient(url) {
  let client = clients.get(url);
  if (!client) {
    client = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true, connectionName: "chancery-cache" });
    client.on("error", (error) => console.error(`[cache] Redis: ${error.message}`));
    clients.set(url, client);
  }
  return client;
}

export function encodeEntry(entry) {
  return JSON.stringify(entry, function replace(key, value) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return value;
  });
}

export function decodeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object") {
      if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

/** The tags an entry answers to: a page's from its header, a data read's from what it was stored and asked with. */
export function entryTags(value, ctx) {
  const tags = new Set();
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  for (const tag of value?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.tags ?? []) tags.add(tag);
  for (const tag of ctx?.softTags ?? []) tags.add(tag);
  return [...tags];
}

/** Whether a tag invalidated at `state` ({stale, expired}, ms) outdates an entry made at `lastModified`, at `now`. */
export function isOutdatedBy(state, lastModified, now) {
  if (!state) return false;
  const at = typeof state.expired === "number" ? state.expired : state.stale;
  return typeof at === "number" && at <= now && at > lastModified;
}

export class LocalCopies {
  #entries = new Map();
  #bytes = 0;
  constructor(capacity) {
    this.capacity = capacity;
  }
  get(key) {
    const found = this.#entries.get(key);
    if (!found) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, found);
    return found.entry;
  }
  set(key, entry, size) {
    this.delete(key);
    if (size > this.capacity / 4) return;
    this.#entries.set(key, { entry, size });
    this.#bytes += size;
    while (this.#bytes > this.capacity) this.delete(this.#entries.keys().next().value);
  }
  delete(key) {
    const found = this.#entries.get(key);
    if (!found) return;
    this.#entries.delete(key);
    this.#bytes -= found.size;
  }
}

const localCopies = new Map();

/** The in-process copies of one prefix's entries, shared by the handlers Next.js makes for each request. */
export function sharedLocalCopies(prefix) {
  if (!localCopies.has(prefix)) localCopies.set(prefix, new LocalCopies(LOCAL_COPY_BYTES));
  return localCopies.get(prefix);
}

export class RedisCacheStore {
  constructor({ client, prefix, local = sharedLocalCopies(prefix) }) {
    this.client = client;
    this.prefix = prefix;
    this.tagsKey = `${prefix}tags`;
    this.local = local;
  }

  entryKey(key) {
    return `${this.prefix}entry:${key}`;
  }

  async get(key, ctx) {
    try {
      const local = this.local.get(key);
      if (local && !(await this.#outdated(local, ctx))) return local.data;
      const text = await this.client.get(this.entryKey(key));
      if (text === null) return null;
      const stored = decodeEntry(text);
      if (await this.#outdated(stored, ctx)) {
        this.local.delete(key);
        return null;
      }
      this.local.set(key, stored, text.length);
      return stored.data;
    } catch (error) {
      // Redis unreachable: render afresh rather than fail the page.
      console.error(`[cache] read of ${key} failed: ${error.message}`);
      return null;
    }
  }

  async set(key, data, ctx) {
    if (data === null || data === undefined) {
      this.local.delete(key);
      await this.client.del(this.entryKey(key)).catch((error) => console.error(`[cache] delete of ${key} failed: ${error.message}`));
      return;
    }
    const stored = { tags: entryTags(data, ctx), data: { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl } };
    const text = encodeEntry(stored);
    const revalidate = ctx?.cacheControl?.revalidate ?? data.revalidate;
    const ttl = typeof revalidate === "number" && revalidate > 0 ? revalidate + KEEP_AFTER_STALE_SECONDS : DEFAULT_TTL_SECONDS;
    this.local.set(key, decodeEntry(text), text.length);
    try {
      await this.client.set(this.entryKey(key), text, "EX", Math.ceil(ttl));
    } catch (error) {
      console.error(`[cache] write of ${key} failed: ${error.message}`);
    }
  }

  async revalidateTag(tags, durations) {
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length === 0) return;
    const now = Date.now();
    const state = durations
      ? { stale: now, ...(durations.expire !== undefined ? { expired: now + durations.expire * 1000 } : {}) }
      : { expired: now };
    const fields = list.flatMap((tag) => [tag, JSON.stringify(state)]);
    for (const tag of list) tagsManifest.set(tag, state);
    await this.client.hset(this.tagsKey, ...fields);
  }

  resetRequestCache() {}

  /** Reads the entry's tag times from Redis (mirroring them into Next's own manifest) and says whether one outdates it. */
  async #outdated(stored, ctx) {
    const tags = [...new Set([...stored.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
    if (tags.length === 0) return false;
    const states = await this.client.hmget(this.tagsKey, ...tags);
    const now = Date.now();
    let outdated = false;
    states.forEach((text, index) => {
      if (text === null) return;
      const state = JSON.parse(text);
      tagsManifest.set(tags[index], state);
      if (isOutdatedBy(state, stored.data.lastModified, now)) outdated = true;
    });
    return outdated;
  }
}
