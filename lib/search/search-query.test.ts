import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  isCanonicalSearch,
  normalizeQueryText,
  parseSearchParams,
  searchPath,
  searchQueryString,
  searchTerms,
} from "./search-query";

describe("normalizeQueryText", () => {
  it("trims and collapses whitespace, tabs, newlines and ideographic spaces", () => {
    expect(normalizeQueryText("  ROK \t and\n\nAzerbaijan　 ")).toBe("ROK and Azerbaijan");
  });

  it("drops control characters (a NUL in the address would make PostgreSQL refuse the query)", () => {
    expect(normalizeQueryText("a\u0000b \u0007Azer\u001Fbaijan")).toBe("ab Azerbaijan");
    expect(parseSearchParams({ q: "a\u0000b" }).text).toBe("ab");
  });

  it("cuts a query longer than 200 characters instead of refusing it", () => {
    const long = normalizeQueryText(`${"word ".repeat(60)}`);
    expect(Array.from(long).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.endsWith(" ")).toBe(false);
    expect(Array.from(normalizeQueryText("외".repeat(300)))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("composes Korean typed or pasted decomposed (NFD) so it matches the stored text", () => {
    expect(normalizeQueryText("외교부".normalize("NFD"))).toBe("외교부");
  });
});

describe("searchTerms", () => {
  it("splits a query into words, every one of which must match", () => {
    expect(searchTerms("ROK Azerbaijan policy")).toEqual(["ROK", "Azerbaijan", "policy"]);
  });

  it("drops quotes and punctuation around a word but keeps them inside", () => {
    expect(searchTerms("“Azerbaijan”, (ROK–Azerbaijan) U.S.")).toEqual(["Azerbaijan", "ROK–Azerbaijan", "U.S"]);
  });

  it("leaves out one-letter words and lone digits, but not a Korean syllable or a Han character", () => {
    expect(searchTerms("a Korea 5 G7 I")).toEqual(["Korea", "G7"]);
    expect(searchTerms("한 중앙아 韓")).toEqual(["한", "중앙아", "韓"]);
  });

  it("gives nothing for a query of only punctuation or spaces", () => {
    expect(searchTerms("!!! ... “” — %% __ \\")).toEqual([]);
    expect(searchTerms("   ")).toEqual([]);
    expect(searchTerms("")).toEqual([]);
  });

  it("drops repeated words, whatever their case", () => {
    expect(searchTerms("Korea korea KOREA Seoul")).toEqual(["Korea", "Seoul"]);
  });

  it("keeps at most eight words", () => {
    expect(searchTerms("one two three four five six seven eight nine ten")).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
    ]);
  });
});

describe("parseSearchParams", () => {
  it("reads the empty search page", () => {
    expect(parseSearchParams({})).toEqual({ text: "", page: 1 });
  });

  it("reads a query, a kind by its address segment, and a page", () => {
    expect(parseSearchParams({ q: " Azerbaijan ", kind: "interviews", page: "2" })).toEqual({ text: "Azerbaijan", kind: "INTERVIEW", page: 2 });
    expect(parseSearchParams({ q: "Azerbaijan", kind: "press-releases" })).toEqual({ text: "Azerbaijan", kind: "PRESS_RELEASE", page: 1 });
  });

  it("drops a bad value and keeps the rest", () => {
    expect(parseSearchParams({ q: "Seoul", kind: "PRESS_RELEASE", page: "-3" })).toEqual({ text: "Seoul", page: 1 });
    expect(parseSearchParams({ q: "Seoul", kind: "", page: "1e9" })).toEqual({ text: "Seoul", page: 1 });
    expect(parseSearchParams({ q: ["Seoul", "Tokyo"] })).toEqual({ text: "Seoul", page: 1 });
  });
});

describe("search addresses", () => {
  it("writes a search's query string in one fixed order", () => {
    expect(searchQueryString({ text: "ROK Azerbaijan", kind: "INTERVIEW", page: 3 })).toBe("?q=ROK+Azerbaijan&kind=interviews&page=3");
    expect(searchQueryString({ text: "", page: 1 })).toBe("");
    expect(searchQueryString({ text: "외교부", page: 1 }, { page: 2 })).toBe(`?q=${encodeURIComponent("외교부")}&page=2`);
  });

  it("gives pages only to a query with words", () => {
    expect(searchQueryString({ text: "!!!", page: 4 })).toBe("?q=%21%21%21");
  });

  it("puts the search page under the language", () => {
    expect(searchPath("ko")).toBe("/ko/search");
    expect(searchPath("en", "?q=Seoul")).toBe("/en/search?q=Seoul");
  });

  it("knows the canonical address of a search, so the page can redirect the form's empty fields", () => {
    const canonical = { q: "Azerbaijan" };
    expect(isCanonicalSearch(canonical, parseSearchParams(canonical))).toBe(true);
    for (const params of [{ q: "Azerbaijan", kind: "" }, { q: " Azerbaijan  " }, { q: "Azerbaijan", page: "1" }, { q: "Azerbaijan", utm: "x" }]) {
      expect(isCanonicalSearch(params, parseSearchParams(params))).toBe(false);
    }
    expect(isCanonicalSearch({}, parseSearchParams({}))).toBe(true);
  });
});
