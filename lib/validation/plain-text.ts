// The one rule for text arriving from outside (forms, server actions, the public API, the importer, URLs): no
// control characters. PostgreSQL refuses NUL in text, and the other C0/C1 controls are never typed on purpose; both
// must come back as a field error, not as "Something went wrong". Pure and client-safe (the body schema uses it).
import { z } from "zod";

// In the browser, zod would probe whether it may compile parsers with `new Function`: the Content-Security-Policy
// forbids eval, so the probe is blocked and reported as a violation on every page that validates a form. Every
// form's schema starts from this module, so it is loaded before any of them parses.
if (typeof window !== "undefined") z.config({ jitless: true });

/** C0 and C1 controls except tab, line feed and carriage return (fields that fold or refuse line breaks say so themselves). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const ALL_CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTERS.source, "g");

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTERS.test(text);
}

/** For lenient readers (a search box, a URL segment): what remains when the controls are dropped. */
export function withoutControlCharacters(text: string): string {
  return text.replace(ALL_CONTROL_CHARACTERS, "");
}

export function controlCharacterMessage(label = "This field"): string {
  return `${label} contains an invisible control character; remove it and try again`;
}

/** `z.string()` that refuses control characters. Every boundary schema starts its text fields from here. */
export function plainString(label?: string, options: { error?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : label ? { error: `${label} must be text` } : undefined)
    .refine((value) => !hasControlCharacters(value), { error: controlCharacterMessage(label) });
}

/**
 * Where in a submitted input (form fields, nested JSON) a string holds a control character: "names.en",
 * "blocks.2.text". The action wrapper refuses those before any schema runs, so no field can be forgotten.
 */
export function controlCharacterPaths(input: unknown, path: string[] = [], found: string[] = [], depth = 0): string[] {
  if (depth > 32 || found.length >= 50) return found;
  if (typeof input === "string") {
    if (hasControlCharacters(input)) found.push(path.join(".") || "form");
  } else if (Array.isArray(input)) {
    input.forEach((item, index) => controlCharacterPaths(item, [...path, String(index)], found, depth + 1));
  } else if (input !== null && typeof input === "object" && !(input instanceof Blob)) {
    for (const [key, value] of Object.entries(input)) controlCharacterPaths(value, [...path, key], found, depth + 1);
  }
  return found;
}
