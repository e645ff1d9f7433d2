// REDIS_URL, checked in one place for both readers: lib/env.ts (the app's validated environment) and the page cache
// handler, which Next.js loads unbundled before any of the app's TypeScript.
import { z } from "zod";

export const redisUrlSchema = z
  .string()
  .trim()
  .refine((value) => /^rediss?:\/\/[^\s]+$/.test(value) && URL.canParse(value), {
    message: "must be a Redis URL like redis://127.0.0.1:6379 or rediss://user:password@cache.example:6380/0",
  });

export const redisKeyPrefixSchema = z.string().trim().regex(/^[A-Za-z0-9:._-]{1,64}$/, "must be 1–64 letters, digits or : . _ -").default("chancery:");

/** The shared cache's settings from the environment, or null when REDIS_URL is unset (the local cache is used). */
export function redisCacheSettings(source = process.env) {
  const url = source.REDIS_URL?.trim();
  if (!url) return null;
  const parsedUrl = redisUrlSchema.safeParse(url);
  if (!parsedUrl.success) throw new Error(`Invalid configuration:\n  - REDIS_URL ${parsedUrl.error.issues[0].message}`);
  const prefix = redisKeyPrefixSchema.safeParse(source.REDIS_KEY_PREFIX || undefined);
  if (!prefix.success) throw new Error(`Invalid configuration:\n  - REDIS_KEY_PREFIX ${prefix.error.issues[0].message}`);
  return { url: parsedUrl.data, prefix: prefix.data };
}
