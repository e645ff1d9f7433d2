import { z } from "zod";
import { plainString } from "@/lib/validation/plain-text";

/*
 * Turning what a form or a caller submitted into plain input for a zod schema, and back into text for the form
 * when a save fails, so nothing typed is lost.
 */

export type ActionInput = Record<string, unknown>;
/** What was submitted, as the form shows it again. Never holds passwords. */
export type SubmittedValues = Record<string, string | string[]>;

/** Fields whose values are never sent back to the browser. */
const NEVER_ECHOED = /password|secret|token/i;

/**
 * FormData → object. A name given several times (checkboxes) becomes a list; Next.js' own fields are dropped. A chosen
 * file is kept as its File (an upload); a file input left empty sends nothing.
 */
export function formDataToInput(formData: FormData): ActionInput {
  const input: Record<string, string | string[] | File> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION")) continue;
    if (typeof value !== "string") {
      if (value.size > 0 || value.name) input[name] = value;
      continue;
    }
    const existing = input[name];
    if (existing === undefined || existing instanceof File) input[name] = value;
    else input[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return input;
}

export function toInput(raw: unknown): ActionInput {
  if (raw instanceof FormData) return formDataToInput(raw);
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) return { ...(raw as ActionInput) };
  return {};
}

export function echoValues(input: ActionInput): SubmittedValues {
  const values: SubmittedValues = {};
  for (const [name, value] of Object.entries(input)) {
    if (NEVER_ECHOED.test(name)) continue;
    if (typeof value === "string") values[name] = value;
    else if (typeof value === "number" || typeof value === "boolean") values[name] = String(value);
    else if (Array.isArray(value)) values[name] = value.filter((item) => typeof item === "string");
  }
  return values;
}

/** Zod issues by field ("email", "blocks.2.text"); issues about the whole input go under "form". */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

// ─── Schema pieces for form fields ──────────────────────────────────────────────────────────────────────────────

/** A required one-line text field, trimmed. */
export function requiredText(label: string, max = 200) {
  return plainString(capitalise(label), { error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${capitalise(label)} must be at most ${max} characters.`);
}

/** A set of checkboxes sharing one name: none ticked sends nothing, one ticked sends a string. */
export function checkboxList<T extends z.ZodType<string>>(item: T) {
  return z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(item));
}

/** A single checkbox: present ("on") when ticked. */
export function checkbox() {
  return z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
