import { hasTranslationLanguages } from "@/lib/auth/policy";
import type { Role } from "@/lib/db/generated/enums";

/** Only translators have translation languages; for anyone else the list is kept empty. Deduplicated, in given order. */
export function localesForRole(role: Role, locales: readonly string[]): string[] {
  return hasTranslationLanguages(role) ? [...new Set(locales.map((locale) => locale.trim()).filter(Boolean))] : [];
}
