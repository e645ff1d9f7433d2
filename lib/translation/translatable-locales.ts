// Who the translation desk is for. Pure apart from the configured locales, so the workspace menu can ask it.
import { can, type PolicyUser } from "@/lib/auth/policy";
import { env } from "@/lib/env";

/**
 * The site's locales this person may translate into (a translator's own, every one for editors and admins), asked of
 * the policy about a translation nobody has started of a published edition. Empty: the translation desk is not theirs.
 */
export function translatableLocales(user: PolicyUser): string[] {
  return env().CHANCERY_LOCALES.filter((locale) =>
    can(user, "translation.edit", { type: "translation", locale, originalLocale: "", state: "NOT_STARTED", editionState: "PUBLISHED" }),
  );
}
