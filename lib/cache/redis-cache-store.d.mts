import type Redis from "ioredis";

// Next.js' cache values are its own internal shapes (pages, data reads, routes); the tests read them as such.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type CachedValue = any;
type Entry = { value: CachedValue; lastModified: number; cacheControl?: unknown } | null;
export class LocalCopies {
  constructor(capacity: number);
}
export class RedisCacheStore {
  constructor(options: { client: Redis; prefix: string; local?: LocalCopies });
  get(key: string, ctx: Record<string, unknown>): Promise<Entry>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}
export function sharedRedisClient(url: string): Redis;
export function sharedLocalCopies(prefix: string): LocalCopies;
export function encodeEntry(entry: unknown): string;
export function decodeEntry(text: string): CachedValue;
export function entryTags(value: unknown, ctx?: unknown): string[];
export function isOutdatedBy(state: { stale?: number; expired?: number } | undefined, lastModified: number, now: number): boolean;
