// Next.js' page and data cache: in Redis, shared by every instance, when REDIS_URL is set (lib/cache/), otherwise
// Next.js' own file-system cache on this instance's disk. Either way, two things are added:
// - a page cached whole carries the Content-Security-Policy that allows exactly its inline scripts (by hash), stored
//   with it and sent with every copy served. Set on store (what a render produces is served from the same object)
//   and on read (pages prerendered by `next build`);
// - a "not found" page is never stored: otherwise every made-up address (/en/press-releases/<anything>) would leave
//   an entry behind, and a crawler or an attacker could fill the disk or Redis (and long addresses failed with
//   ENAMETOOLONG).
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { RedisCacheStore, sharedRedisClient } from "../cache/redis-cache-store.mjs";
import { redisCacheSettings } from "../cache/redis-url.mjs";
import { CSP_HEADER, hashPolicy, inlineScriptHashes } from "./content-security-policy.mjs";

const LocalStore = FileSystemCache.default ?? FileSystemCache;
const HTTPS = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const REDIS = redisCacheSettings();

function withPolicy(value) {
  if (!value || value.kind !== "APP_PAGE" || value.headers?.[CSP_HEADER]) return value;
  const html = typeof value.html === "string" ? value.html : Buffer.isBuffer(value.html) ? value.html.toString("utf8") : null;
  if (html === null) return value;
  value.headers = { ...(value.headers ?? {}), [CSP_HEADER]: hashPolicy(inlineScriptHashes(html), { https: HTTPS }) };
  return value;
}

export default class PageCacheHandler {
  constructor(ctx) {
    this.store = REDIS ? new RedisCacheStore({ client: sharedRedisClient(REDIS.url), prefix: REDIS.prefix }) : new LocalStore(ctx);
  }

  async get(...args) {
    const entry = await this.store.get(...args);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    withPolicy(data);
    if (data?.kind === "APP_PAGE" && data.status === 404) return;
    return this.store.set(key, data, ctx);
  }

  revalidateTag(...args) {
    return this.store.revalidateTag(...args);
  }

  resetRequestCache() {
    return this.store.resetRequestCache?.();
  }
}
