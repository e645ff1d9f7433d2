import "server-only";
import { env } from "@/lib/env";

/** The site's locales come from configuration (CHANCERY_LOCALES), not code: adding `ru` is one variable. */
export function siteLocales(): string[] {
  return env().CHANCERY_LOCALES;
}

export function defaultLocale(): string {
  return env().defaultLocale;
}

export function isSiteLocale(value: string): boolean {
  return siteLocales().includes(value);
}
