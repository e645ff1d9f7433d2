import { RedisCacheStore, sharedRedisClient } from "./redis-cache-store.mjs";
import { redisCacheSettings } from "./redis-url.mjs";

/**
 * With the shared cache (REDIS_URL), a change is made visible to every instance by writing the tags' invalidation to
 * Redis at once, from whatever process made the change: Next.js runs a route handler's revalidateTag only after
 * its response (seconds later under load), and a command or the scheduler would otherwise need a server to ask.
 * Null without REDIS_URL: each instance's own cache is purged through Next.js (lib/public/revalidate.ts).
 */
export function invalidateSharedTags(tags: string[]): Promise<void> | null {
  const settings = redisCacheSettings();
  if (!settings) return null;
  return new RedisCacheStore({ client: sharedRedisClient(settings.url), prefix: settings.prefix }).revalidateTag(tags, { expire: 0 });
}
