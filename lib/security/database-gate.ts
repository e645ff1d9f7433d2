// While the database cannot be reached, pages that need it on every request (search, the workspace, sign-in) answer
// 503 with a page saying so and Retry-After, instead of a 500 from deep inside a render. Cached public pages keep
// being served: proxy.ts asks here only for the routes that cannot work without the database.

/** How long one answer of the health check is believed. Short: the first request after recovery waits at most this. */
const FRESH_MS = 2_000;
const PROBE_TIMEOUT_MS = 3_000;
const RETRY_AFTER_SECONDS = 30;

let last: { reachable: boolean; at: number } | null = null;
let probing: Promise<boolean> | null = null;

export function needsDatabase(pathname: string, locales: readonly string[]): boolean {
  if (pathname === "/workspace" || pathname.startsWith("/workspace/") || pathname === "/login" || pathname.startsWith("/login/")) return true;
  const [, locale, section] = pathname.split("/");
  return locale !== undefined && locales.includes(locale) && section === "search";
}

/** Whether /api/health reaches the database, asked at most once per FRESH_MS however many requests wait. */
export async function databaseReachable(healthUrl: string, now = Date.now(), fetcher: typeof fetch = fetch): Promise<boolean> {
  if (last && now - last.at < FRESH_MS) return last.reachable;
  probing ??= fetcher(healthUrl, { cache: "no-store", signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    .then((response) => response.status !== 503)
    // The health route itself failing to answer is not the database: let the page render and say what it can.
    .catch((error: unknown) => !(error instanceof Error && error.name === "TimeoutError"))
    .then((reachable) => {
      last = { reachable, at: Date.now() };
      return reachable;
    })
    .finally(() => {
      probing = null;
    });
  return probing;
}

export function forgetDatabaseState(): void {
  last = null;
  probing = null;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.5rem;color:#1f2937;line-height:1.6}h1{font-size:1.6rem}</style>
</head><body><main>
<h1>Temporarily unavailable</h1>
<p>The archive's database cannot be reached just now, so this page cannot be shown. Published press releases and
interviews are still being served.</p>
<p>Please try again in a minute. If you are press office staff and this lasts, tell the site's administrator.</p>
</main></body></html>
`;

export function unavailableResponse(): Response {
  return new Response(PAGE, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
