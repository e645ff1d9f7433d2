import { NextResponse, type NextRequest } from "next/server";
import { env, nextServer } from "@/lib/env";
import { CSP_HEADER, newNonce, noncePolicy } from "@/lib/security/content-security-policy.mjs";
import { routeList } from "@/lib/public/list-views";
import { isCachedWholePage } from "@/lib/security/cached-pages";
import { databaseReachable, needsDatabase, unavailableResponse } from "@/lib/security/database-gate";
import { hasMalformedPath, isForeignActionRequest, isHttps } from "@/lib/security/request-guards";

/**
 * Every request passes here first, for three things that must happen before any page runs:
 * - malformed requests an attacker sends (a path that does not decode, a server action from another site) get a 4xx;
 * - X-Forwarded-Host is dropped unless a trusted proxy set it, so nothing downstream believes a client about its host;
 * - the security headers: a Content-Security-Policy with a fresh nonce for pages rendered per request (pages cached
 *   whole get theirs, by hash, from the page cache: lib/security/page-cache-handler.mjs), and HSTS over https.
 * And, as before, `/` goes to the reader's language, and a list's query string is turned into the path of its cached
 * page (lib/public/list-views.ts). Never an authorization check — those live in
 * lib/auth/policy.ts and run inside every page, action and handler.
 */
const HSTS = "max-age=63072000; includeSubDomains";

function preferredLocale(acceptLanguage: string | null, locales: readonly string[], defaultLocale: string): string {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", q] = part.trim().split(";q=");
      return { language: tag.toLowerCase().split("-")[0] ?? "", weight: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.weight - a.weight);
  return ranked.find((entry) => locales.includes(entry.language))?.language ?? defaultLocale;
}

function refuse(status: 400 | 403, text: string): NextResponse {
  return new NextResponse(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** The path as the client sent it, before anything decoded it. */
function rawPath(request: NextRequest): string {
  const afterHost = request.url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return afterHost.split(/[?#]/, 1)[0] ?? "/";
}

function healthUrl(request: NextRequest): string {
  const port = nextServer.port();
  return port ? `http://127.0.0.1:${port}/api/health` : new URL("/api/health", request.nextUrl.origin).href;
}

export async function proxy(request: NextRequest) {
  const config = env();
  const locales = config.CHANCERY_LOCALES;
  const trustedProxies = config.CHANCERY_TRUSTED_PROXIES;
  if (hasMalformedPath(rawPath(request))) return refuse(400, "Bad request: the address is not correctly encoded.");
  if (isForeignActionRequest(request, trustedProxies)) return refuse(403, "Forbidden: this form was sent from another site.");
  // A server action answers for itself (defineAction says the database cannot be reached, and the form keeps its text).
  const isAction = request.method === "POST" && request.headers.has("next-action");
  if (!isAction && needsDatabase(request.nextUrl.pathname, locales) && !(await databaseReachable(healthUrl(request)))) return unavailableResponse();

  const https = isHttps(request.nextUrl, request.headers, trustedProxies, config.NEXTAUTH_URL);
  const pathname = request.nextUrl.pathname;
  let response: NextResponse;
  let policy: string | null = null;
  const list = routeList(pathname, request.nextUrl.searchParams, locales);
  if (pathname === "/") {
    const url = request.nextUrl.clone();
    url.pathname = `/${preferredLocale(request.headers.get("accept-language"), locales, config.defaultLocale)}`;
    response = NextResponse.redirect(url, 307);
  } else if (list?.action === "redirect") {
    response = NextResponse.redirect(new URL(list.location, request.nextUrl), 307);
  } else {
    const headers = new Headers(request.headers);
    if (trustedProxies === 0) headers.delete("x-forwarded-host");
    if (!isCachedWholePage(pathname, locales)) {
      policy = noncePolicy(newNonce(), { development: config.NODE_ENV === "development", https });
      // Next.js reads the nonce from the request's policy and puts it on every script it renders.
      headers.set(CSP_HEADER, policy);
    }
    if (list) {
      // The internal address asked for directly gets the site's 404 (the catch-all route), not a second URL of the list.
      const url = request.nextUrl.clone();
      url.pathname = list.action === "rewrite" ? list.pathname : `${pathname.split("/").slice(0, 2).join("/")}/not-found`;
      url.search = "";
      response = NextResponse.rewrite(url, { request: { headers } });
    } else {
      response = NextResponse.next({ request: { headers } });
    }
  }
  if (policy) response.headers.set(CSP_HEADER, policy);
  if (https) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Static files carry no page; everything else passes here.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
