import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { parseBody } from "@/lib/body/parse";
import { isValidSlug } from "@/lib/validation/slug";
import { parsePage } from "@/lib/import/parse-page";
import { parseListFilters } from "@/lib/public/list-filters";
import { listFiltersOfView, routeList } from "@/lib/public/list-views";
import { isPlausibleDocumentId, judgeView } from "@/lib/public/view-counting";
import { parseSearchParams, searchQueryString } from "@/lib/search/search-query";
import { controlCharacterPaths } from "@/lib/validation/plain-text";
import { isCachedWholePage } from "./cached-pages";
import { hasMalformedPath, isForeignActionRequest } from "./request-guards";

/*
 * Property-based fuzzing of what an attacker controls: the address (path and query), the headers, the pages given
 * to the importer and the text given to the body parser. Each must answer (a value or a refusal), never throw,
 * and within a second.
 */
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ maxLength: 300 }));
const paramValue = fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }), fc.constant(undefined));
const params = fc.dictionary(fc.constantFrom("q", "kind", "page", "year", "month", "country", "topic", "x", "callbackUrl"), paramValue);
const quick = <T>(work: () => T): T => {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(1000);
  return result;
};

describe("route parameters", () => {
  it("list filters and search read any query string to a valid value, and search's address round-trips", () => {
    fc.assert(
      fc.property(params, (query) => {
        const filters = quick(() => parseListFilters(query));
        expect(filters.page).toBeGreaterThanOrEqual(1);
        const search = quick(() => parseSearchParams(query));
        expect(search.text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
        const again = parseSearchParams(Object.fromEntries(new URLSearchParams(searchQueryString(search).slice(1))));
        expect(again.text).toBe(search.text);
      }),
      { numRuns: 3000 },
    );
  });

  it("paths: a slug is valid or not, a percent-encoding decodes or is refused, the cache split decides", () => {
    fc.assert(
      fc.property(anyText, fc.webPath(), (segment, path) => {
        quick(() => isValidSlug(segment));
        quick(() => isPlausibleDocumentId(segment));
        const raw = `/en/press-releases/${segment.replace(/[?#]/g, "")}`;
        const malformed = quick(() => hasMalformedPath(raw));
        if (!malformed) expect(() => decodeURIComponent(raw)).not.toThrow();
        quick(() => isCachedWholePage(path, ["ko", "en"]));
        quick(() => listFiltersOfView(segment));
        const listed = quick(() => routeList("/en/press-releases", new URLSearchParams(segment), ["ko", "en"]));
        // Whatever the query string, a list is one of a bounded set of internal paths or a redirect to a clean address.
        if (listed?.action === "rewrite") expect(listed.pathname).toMatch(/^\/en\/lists\/press-releases\/[A-Za-z0-9._-]{1,200}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it("a sign-in callback is always a path on this site that fits in a Location header", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.webUrl(), fc.webPath().map((path) => `${path}${"/é한"}`)), (value) => {
        const target = quick(() => safeCallbackUrl(value));
        expect(target.startsWith("/")).toBe(true);
        expect(target.startsWith("//")).toBe(false);
        expect(target).toMatch(/^[\x21-\x7e]*$/);
        expect(() => new Headers({ location: target })).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  });

  it("headers: the view beacon and the action guard judge any header values", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("user-agent", "sec-purpose", "sec-fetch-dest", "origin", "host", "x-forwarded-host", "next-action", "purpose"), anyText), (values) => {
        const headers = { get: (name: string) => values[name] ?? null };
        quick(() => judgeView(headers));
        quick(() => isForeignActionRequest({ method: "POST", headers }, 0));
        quick(() => isForeignActionRequest({ method: "POST", headers }, 1));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the body parser and the importer", () => {
  it("parse any text, of any script and with any control characters, into a body or a reason", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(anyText, { maxLength: 40 }).map((lines) => lines.join("\n"))), (text) => {
        quick(() => parseBody(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("read any file: text or bytes, with a page's structure or none", () => {
    const pageLike = fc
      .tuple(anyText, anyText, fc.array(anyText, { maxLength: 20 }))
      .map(([title, date, lines]) => ["Press Releases", "", title, "", "Date", date, "hit", "12", "", ...lines.map((line, index) => `${index + 1}. ${line}`)].join("\n"));
    fc.assert(
      fc.property(fc.oneof(anyText, pageLike, fc.uint8Array({ maxLength: 2000 })), anyText, (content, name) => {
        const result = quick(() => parsePage(content, name));
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("any submitted input: every string holding a control character is found, wherever it is nested", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), anyText, (value, text) => {
        const paths = quick(() => controlCharacterPaths({ value, text }));
        expect(paths.includes("text")).toBe(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
