import { z } from "zod";
import {
  countryInputSchema,
  countryUpdateSchema,
  eventInputSchema,
  eventUpdateSchema,
  personInputSchema,
  personUpdateSchema,
  slugNamedInputSchema,
  slugNamedUpdateSchema,
} from "@/lib/taxonomy/taxonomy-input";

/*
 * The taxonomy forms send one field per language ("names.en", "names.ko", "positions.en"…); the services take
 * `{ names: { en, ko } }`. Folded here, then validated with the services' own schemas, so a refusal names the field.
 */

const PER_LOCALE = ["names", "positions", "places"] as const;

function fold(raw: unknown): unknown {
  if (!raw || typeof raw !== "object") return raw;
  const input: Record<string, unknown> = {};
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const [group, locale] = key.split(".", 2);
    if (locale && (PER_LOCALE as readonly string[]).includes(group!)) (groups[group!] ??= {})[locale] = value;
    else input[key] = value;
  }
  // An empty address means "make one from the name" (create) or "keep it" (update).
  if (input.slug === "") delete input.slug;
  return { ...input, ...groups };
}

const withFolding = <S extends z.ZodType>(schema: S) => z.preprocess(fold, schema);

export const countryForm = withFolding(countryInputSchema);
export const countryUpdateForm = withFolding(countryUpdateSchema);
export const personForm = withFolding(personInputSchema);
export const personUpdateForm = withFolding(personUpdateSchema);
export const slugNamedForm = withFolding(slugNamedInputSchema);
export const slugNamedUpdateForm = withFolding(slugNamedUpdateSchema);
export const eventForm = withFolding(eventInputSchema);
export const eventUpdateForm = withFolding(eventUpdateSchema);

export const entityIdForm = z.object({ id: z.string().trim().min(1).max(64) });
