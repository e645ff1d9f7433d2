import { describe, expect, it } from "vitest";
import { isCachedWholePage } from "./cached-pages";
import { hasMalformedPath, isForeignActionRequest, isHttps, requestHost } from "./request-guards";

const headers = (values: Record<string, string>) => new Headers(values);

describe("a path that does not decode", () => {
  it("is malformed: a lone %, a bad escape, bytes that are not UTF-8", () => {
    for (const path of ["/en/press-releases/%", "/en/press-releases/%ff%fe", "/en/%zz", "/en/%c3", "/%E0%A4%A"]) expect(hasMalformedPath(path), path).toBe(true);
  });
  it("is not: ordinary, encoded Korean, encoded spaces", () => {
    for (const path of ["/en/press-releases/rok-azerbaijan", "/ko/%EA%B2%80%EC%83%89", "/en/search%20x", "/"]) expect(hasMalformedPath(path), path).toBe(false);
  });
});

describe("a server action", () => {
  const action = (values: Record<string, string>) => ({ method: "POST", headers: headers({ "next-action": "abc", host: "press.mofa.example", ...values }) });

  it("from this site's pages passes", () => {
    expect(isForeignActionRequest(action({ origin: "https://press.mofa.example" }), 0)).toBe(false);
  });
  it("from another site is foreign, and a forged X-Forwarded-Host does not help without a trusted proxy", () => {
    expect(isForeignActionRequest(action({ origin: "https://evil.example" }), 0)).toBe(true);
    expect(isForeignActionRequest(action({ origin: "https://evil.example", "x-forwarded-host": "evil.example" }), 0)).toBe(true);
    expect(isForeignActionRequest(action({ origin: "null" }), 0)).toBe(true);
  });
  it("behind a trusted proxy is judged against the host the proxy forwarded", () => {
    expect(isForeignActionRequest(action({ origin: "https://www.mofa.example", "x-forwarded-host": "www.mofa.example" }), 1)).toBe(false);
    expect(requestHost(headers({ host: "internal:3000", "x-forwarded-host": "www.mofa.example" }), 1)).toBe("www.mofa.example");
    expect(requestHost(headers({ host: "internal:3000", "x-forwarded-host": "www.mofa.example" }), 0)).toBe("internal:3000");
  });
  it("only POSTs with Next-Action are actions", () => {
    expect(isForeignActionRequest({ method: "GET", headers: headers({ "next-action": "x", origin: "https://evil.example", host: "a" }) }, 0)).toBe(false);
    expect(isForeignActionRequest({ method: "POST", headers: headers({ origin: "https://evil.example", host: "a" }) }, 0)).toBe(false);
  });
});

describe("https", () => {
  it("is the request's own scheme, a trusted proxy's word, or the site's configured address", () => {
    expect(isHttps(new URL("https://a/"), headers({}), 0)).toBe(true);
    expect(isHttps(new URL("http://a/"), headers({ "x-forwarded-proto": "https" }), 0)).toBe(false);
    expect(isHttps(new URL("http://a/"), headers({ "x-forwarded-proto": "https" }), 1)).toBe(true);
    expect(isHttps(new URL("http://a/"), headers({}), 0, "https://press.mofa.example")).toBe(true);
  });
});

describe("pages cached whole", () => {
  const locales = ["ko", "en"];
  it("are the home page, the lists, articles and their side-by-side view", () => {
    for (const path of ["/en", "/ko/", "/en/press-releases", "/ko/interviews/", "/en/press-releases/rok-azerbaijan", "/en/interviews/x/compare"]) expect(isCachedWholePage(path, locales), path).toBe(true);
  });
  it("are not search, the workspace or sign-in", () => {
    for (const path of ["/en/search", "/en/lists/press-releases/all", "/workspace", "/login", "/fr", "/en/press-releases/x/y"]) expect(isCachedWholePage(path, locales), path).toBe(false);
  });
});
