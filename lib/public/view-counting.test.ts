import { describe, expect, it } from "vitest";
import { isPlausibleDocumentId, judgeView } from "./view-counting";

const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

function headers(values: Record<string, string>) {
  const lower = Object.fromEntries(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]));
  return { get: (name: string) => lower[name.toLowerCase()] ?? null };
}

describe("a view counts", () => {
  it("when a desktop browser loads the beacon image", () => {
    expect(judgeView(headers({ "User-Agent": CHROME, "Sec-Fetch-Dest": "image" }))).toEqual({ count: true });
  });

  it("when a phone browser that sends no fetch metadata loads it", () => {
    expect(judgeView(headers({ "User-Agent": SAFARI_IPHONE }))).toEqual({ count: true });
  });
});

describe("a view does not count", () => {
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Mozilla/5.0 (compatible; YandexBot/3.0)",
  ])("for the crawler or tool %s", (agent) => {
    expect(judgeView(headers({ "User-Agent": agent }))).toEqual({ count: false, reason: "bot" });
  });

  it("without a user agent", () => {
    expect(judgeView(headers({}))).toEqual({ count: false, reason: "bot" });
  });

  it.each<Record<string, string>>([
    { "Sec-Purpose": "prefetch" },
    { "Sec-Purpose": "prefetch;prerender" },
    { Purpose: "prefetch" },
    { "X-Purpose": "preview" },
    { "X-Moz": "prefetch" },
    { "Next-Router-Prefetch": "1" },
  ])("for a prefetch or prerender (%o)", (extra) => {
    expect(judgeView(headers({ "User-Agent": CHROME, ...extra }))).toEqual({ count: false, reason: "prefetch" });
  });

  it("when someone opens the beacon's address in a tab", () => {
    expect(judgeView(headers({ "User-Agent": CHROME, "Sec-Fetch-Dest": "document" }))).toEqual({ count: false, reason: "not-an-image" });
  });
});

describe("isPlausibleDocumentId", () => {
  it("accepts cuids and refuses anything else", () => {
    expect(isPlausibleDocumentId("cm3x9k2ab0000qwer1234abcd")).toBe(true);
    expect(isPlausibleDocumentId("x")).toBe(false);
    expect(isPlausibleDocumentId("1; DROP TABLE")).toBe(false);
    expect(isPlausibleDocumentId("a".repeat(65))).toBe(false);
  });
});
