// The public pages Next.js caches whole (ISR: `export const revalidate` with generateStaticParams): the home page,
// the lists of press releases and interviews (every filter and page: proxy.ts rewrites them to a path, see
// lib/public/list-views.ts), articles and their side-by-side view. Their Content-Security-Policy comes from the page cache, by hash, because
// the copy served was rendered before this request and cannot carry this request's nonce. A new cached route
// belongs here, or its scripts will not run (e2e/security-headers.spec.ts loads each kind).

const ARTICLE_KINDS = "(?:press-releases|interviews)";
const SLUG = "[^/]+";

export function isCachedWholePage(pathname: string, locales: readonly string[]): boolean {
  // The benchmark's static reference page (app/bench-static), prerendered at build time.
  if (pathname === "/bench-static") return true;
  const [, locale, ...rest] = pathname.replace(/\/+$/, "").split("/");
  if (!locale || !locales.includes(locale)) return false;
  const tail = `/${rest.join("/")}`;
  return rest.length === 0 || new RegExp(`^/${ARTICLE_KINDS}(?:/${SLUG}(?:/compare)?)?$`).test(tail);
}
