import "server-only";
import { unstable_cache } from "next/cache";

/**
 * How long a public read may be served from the cache without a change having been published. Publishing,
 * withdrawing and correcting revalidate at once (revalidateDocument); this bound is for what changes without an
 * editor: the view count shown on a page, which is at most this old.
 */
export const PUBLIC_REVALIDATE_SECONDS = 300;

/**
 * A public read through Next's data cache (`unstable_cache`), tagged with PUBLIC_TAGS so editorial services can
 * revalidate it. Inside an on-demand ISR render the tags and the revalidate time also attach to the page itself.
 *
 * Why `unstable_cache` and not `"use cache"`: the app runs without `cacheComponents` (next.config.js), and
 * `"use cache"`/`cacheTag` need it; `unstable_cache` is the documented Next 16 API for non-fetch data in that mode.
 * The loader is passed by name and its arguments form the key, so every (document, locale) has its own entry.
 * Results must be plain JSON: a cache hit returns the JSON-parsed copy.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  load: (...args: Args) => Promise<Result>,
  tags: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const key = `${name}:${JSON.stringify(args)}`;
    try {
      const result = await unstable_cache(load, [name], { tags: tags(...args), revalidate: PUBLIC_REVALIDATE_SECONDS })(...args);
      lastGood.remember(key, result);
      return result;
    } catch (error) {
      // A publish purged the entry and the database is failing: the last good answer beats an error page.
      const fallback = lastGood.recall(key);
      if (fallback === undefined) throw error;
      console.warn(`Public read ${name} failed; serving its last good answer:`, error instanceof Error ? error.message : error);
      return fallback as Result;
    }
  };
}

/** The last successful answer of each public read in this process, the most recently used first; bounded. */
export class LastGoodAnswers {
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly capacity: number) {}

  remember(key: string, value: unknown): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  recall(key: string): unknown {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key);
    this.remember(key, value);
    return value;
  }
}

const lastGood = new LastGoodAnswers(2_000);
