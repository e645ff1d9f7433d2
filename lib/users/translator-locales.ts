import type { Role } from "@/lib/db/generated/enums";

/** Whether people in this role translate into languages of their own (and so have a list of them). */
export function hasTranslationLanguages(role: Role): boolean {
  return role === "TRANSLATOR";
}

/** Only translators have translation languages; for anyone else the list is kept empty. Deduplicated, in given order. */
export function localesForRole(role: Role, locales: readonly string[]): string[] {
  return hasTranslationLanguages(role) ? [...new Set(locales.map((locale) => locale.trim()).filter(Boolean))] : [];
}
