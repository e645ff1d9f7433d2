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
  return (...args: Args) => unstable_cache(load, [name], { tags: tags(...args), revalidate: PUBLIC_REVALIDATE_SECONDS })(...args);
}
