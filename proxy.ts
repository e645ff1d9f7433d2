import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: sends `/` to the reader's language. Never an authorization check — those live in
 * lib/auth/policy.ts and run inside every page, action and handler.
 */
const LOCALES = (process.env.CHANCERY_LOCALES ?? "ko,en").split(",").map((locale) => locale.trim()).filter(Boolean);
const DEFAULT_LOCALE = process.env.CHANCERY_DEFAULT_LOCALE ?? (LOCALES.includes("en") ? "en" : LOCALES[0]) ?? "en";

function preferredLocale(acceptLanguage: string | null): string {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { language: tag.toLowerCase().split("-")[0] ?? "", weight: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.weight - a.weight);
  return ranked.find((entry) => LOCALES.includes(entry.language))?.language ?? DEFAULT_LOCALE;
}

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/${preferredLocale(request.headers.get("accept-language"))}`;
  return NextResponse.redirect(url, 307);
}

export const config = { matcher: ["/"] };
