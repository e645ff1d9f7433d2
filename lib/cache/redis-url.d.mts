import type { z } from "zod";

export const redisUrlSchema: z.ZodType<string>;
export const redisKeyPrefixSchema: z.ZodType<string, string | undefined>;
export function redisCacheSettings(source?: Record<string, string | undefined>): { url: string; prefix: string } | null;
