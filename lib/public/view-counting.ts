// Which requests for the view beacon are a person reading the page. Pure, so the rules can be tested as sentences.

// Crawlers, link previewers, monitors, headless browsers and HTTP libraries. A missing user agent is not a reader either.
const NOT_A_READER =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|whatsapp|telegram|discord|slack|skype|headless|lighthouse|pagespeed|phantomjs|puppeteer|playwright|selenium|curl|wget|python|java\/|okhttp|go-http-client|node-fetch|axios|undici|httpclient|libwww|monitor|uptime|pingdom|feedfetcher|mediapartners|yandex|baidu|bingpreview|petalbot|semrush|ahrefs/i;

/** Minimal view of a request's headers, so tests can pass a plain object. */
export interface HeaderSource {
  get(name: string): string | null;
}

export type ViewVerdict = { count: true } | { count: false; reason: "bot" | "prefetch" | "not-an-image" };

/**
 * A view counts when a browser loads the page's beacon image for someone who opened the page: not a crawler,
 * not a prefetch or prerender (Chrome's Sec-Purpose, older Purpose/X-Purpose/X-Moz, Next.js' router prefetch),
 * and not someone opening the beacon's address directly (Sec-Fetch-Dest says "document" then).
 */
export function judgeView(headers: HeaderSource): ViewVerdict {
  const agent = headers.get("user-agent")?.trim() ?? "";
  if (agent === "" || NOT_A_READER.test(agent)) return { count: false, reason: "bot" };

  const purpose = [headers.get("sec-purpose"), headers.get("purpose"), headers.get("x-purpose"), headers.get("x-moz")]
    .filter((value): value is string => value !== null)
    .join(" ");
  if (/prefetch|prerender|preview/i.test(purpose) || headers.get("next-router-prefetch") !== null) {
    return { count: false, reason: "prefetch" };
  }

  const destination = headers.get("sec-fetch-dest");
  if (destination !== null && destination !== "image" && destination !== "empty") return { count: false, reason: "not-an-image" };
  return { count: true };
}

/** Document ids are cuids; anything else is not worth a database round trip. */
export function isPlausibleDocumentId(value: string): boolean {
  return /^[A-Za-z0-9_-]{8,64}$/.test(value);
}
