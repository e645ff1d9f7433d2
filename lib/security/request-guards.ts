// What proxy.ts refuses before any page or action runs: answers an attacker's malformed request with a 4xx
// instead of letting it reach code that would fail with a 500. Pure, tested in request-guards.test.ts.

/** A path whose percent-encoding does not decode to UTF-8 ("/%ff%fe", "/%") names nothing here. */
export function hasMalformedPath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * The host this request was addressed to. X-Forwarded-Host is what a proxy says the client asked for, and without
 * a trusted proxy it is whatever the client chose, so it is read only when CHANCERY_TRUSTED_PROXIES is above 0.
 */
export function requestHost(headers: { get(name: string): string | null }, trustedProxies: number): string | null {
  const forwarded = trustedProxies > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || headers.get("host") || "").toLowerCase() || null;
}

/**
 * A server action (a POST carrying Next-Action) from a page of another site: refused with 403. Browsers send Origin
 * on every POST; a request without one did not come from a browser form of another site.
 */
export function isForeignActionRequest(
  request: { method: string; headers: { get(name: string): string | null } },
  trustedProxies: number,
): boolean {
  if (request.method !== "POST" || request.headers.get("next-action") === null) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = requestHost(request.headers, trustedProxies);
  if (origin === "null" || !URL.canParse(origin) || host === null) return true;
  return new URL(origin).host.toLowerCase() !== host;
}

/** Whether the site is served over https here: the request itself, or the proxy's word when one is trusted. */
export function isHttps(requestUrl: URL, headers: { get(name: string): string | null }, trustedProxies: number, siteUrl?: string): boolean {
  if (requestUrl.protocol === "https:") return true;
  if (trustedProxies > 0 && headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https") return true;
  return siteUrl?.startsWith("https://") ?? false;
}
