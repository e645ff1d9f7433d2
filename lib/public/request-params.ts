// Query strings of the machine-readable addresses (feeds, the public API), read strictly: a bad value or an unknown
// parameter is a 400 that names it, so a client's typo is not silently answered with everything.
import { z } from "zod";
import { COUNTRY_CODE_PATTERN, PERSON_ID_PATTERN, TOPIC_SLUG_PATTERN } from "./list-filters";

/** The filters feeds and the API share with the lists. */
export const scopeParams = {
  country: z
    .string()
    .regex(COUNTRY_CODE_PATTERN, { error: "country must be a two-letter ISO 3166-1 code, such as AZ" })
    .transform((code) => code.toUpperCase())
    .optional(),
  topic: z.string().regex(TOPIC_SLUG_PATTERN, { error: "topic must be a topic's slug: lower-case letters, digits and hyphens" }).optional(),
  person: z.string().regex(PERSON_ID_PATTERN, { error: "person must be a person's id: letters, digits, “-” and “_”" }).optional(),
};

export const feedParamsSchema = z.strictObject(scopeParams);

export type ParamsResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The query string through `schema` (a strict object of optional strings); the first problem as one sentence. */
export function readParams<T>(schema: z.ZodType<T>, searchParams: URLSearchParams): ParamsResult<T> {
  const raw: Record<string, string> = {};
  for (const [key, value] of searchParams) {
    if (key in raw) return { ok: false, message: `Give ${key} only once.` };
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const allowed = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(", ") : "";
    return { ok: false, message: `Unknown parameter ${issue.keys.map((key) => `“${key}”`).join(", ")}${allowed ? `; this address takes ${allowed}` : ""}.` };
  }
  return { ok: false, message: issue.message };
}
