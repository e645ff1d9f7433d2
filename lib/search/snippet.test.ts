import { describe, expect, it } from "vitest";
import { SNIPPET_LENGTH, highlightParts, makeSnippet, termPattern } from "./snippet";

const TITLE = "ROK and Azerbaijan Hold 3rd Policy Consultation";
const BODY = [
  "On November 20, Deputy Foreign Minister for Political Affairs Yoon Soon-gu held the 3rd policy consultation with",
  "Deputy Foreign Minister Khalaf Khalafov of Azerbaijan in Seoul and exchanged views on ways to develop bilateral",
  "relations, the situation on the Korean Peninsula and in the South Caucasus, and cooperation in the United Nations",
  "and other international fora. The two sides agreed to expand cooperation in trade, investment and infrastructure.",
].join(" ");
const SEARCH_TEXT = `${TITLE}\n\n${BODY}`;

describe("makeSnippet", () => {
  it("shows the passage around the first match, cut at words, marked where it was cut", () => {
    const snippet = makeSnippet(SEARCH_TEXT, TITLE, ["Caucasus"]);
    expect(snippet).toContain("South Caucasus");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    // Whole words at both ends.
    const inner = snippet.slice(1, -1);
    expect(BODY).toContain(inner);
    expect(BODY.charAt(BODY.indexOf(inner) - 1)).toBe(" ");
    expect(BODY.charAt(BODY.indexOf(inner) + inner.length)).toBe(" ");
  });

  it("leaves the title out, since the result shows it, and matches past it", () => {
    const snippet = makeSnippet(SEARCH_TEXT, TITLE, ["Azerbaijan"]);
    expect(snippet).not.toContain("Hold 3rd Policy Consultation");
    expect(snippet).toContain("Khalafov of Azerbaijan");
  });

  it("starts at the beginning when the first match is near it, or only in the title", () => {
    expect(makeSnippet(SEARCH_TEXT, TITLE, ["November"]).startsWith("On November 20")).toBe(true);
    const titleOnly = makeSnippet(SEARCH_TEXT, TITLE, ["Hold"]);
    expect(titleOnly.startsWith("On November 20")).toBe(true);
    expect(titleOnly.endsWith("…")).toBe(true);
  });

  it("sets the ellipsis apart after a full stop", () => {
    const text = `T\n${"Word word word. ".repeat(30)}`;
    expect(makeSnippet(text, "T", ["none"], 32)).toBe("Word word word. Word word word. …");
  });

  it("matches whatever the case", () => {
    expect(makeSnippet(SEARCH_TEXT, TITLE, ["INFRASTRUCTURE"])).toContain("infrastructure.");
  });

  it("gives a short text whole, on one line", () => {
    expect(makeSnippet("Title\nA summary.\n1. One line.", "Title", ["line"])).toBe("A summary. 1. One line.");
    expect(makeSnippet("Title", "Title", ["Title"])).toBe("");
  });

  it("cuts Korean text at a space between words", () => {
    const body = "윤순구 차관보는 11월 20일 방한 중인 할라프 할라포프 아제르바이잔 외교차관과 제3차 한-아제르바이잔 정책협의회를 개최하고 양국 관계 발전 방안과 한반도 및 코카서스 정세에 대해 의견을 교환하였다. ".repeat(4);
    const snippet = makeSnippet(`제목\n${body}`, "제목", ["코카서스"], 80);
    expect(snippet).toContain("코카서스");
    expect(snippet.replace(/^…|…$/g, "").split(" ").every((word) => body.includes(word))).toBe(true);
  });

  it("never splits a character written as two code units", () => {
    const text = `T\n${"😀".repeat(200)}`;
    const snippet = makeSnippet(text, "T", ["x"], 51);
    expect(snippet.replace(/…$/, "")).toMatch(/^(?:😀)+$/u);
  });
});

describe("highlightParts", () => {
  it("splits text into matched and unmatched pieces that join back to the text", () => {
    const text = "Korea and azerbaijan: the Korea–Azerbaijan consultation";
    const parts = highlightParts(text, ["azerbaijan", "korea"]);
    expect(parts.map((part) => part.text).join("")).toBe(text);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["Korea", "azerbaijan", "Korea", "Azerbaijan"]);
  });

  it("prefers the longer of two overlapping terms", () => {
    expect(highlightParts("Azerbaijani", ["Azerbaijan", "Azerbaijani"])).toEqual([{ text: "Azerbaijani", match: true }]);
  });

  it("treats terms as text, not patterns", () => {
    expect(highlightParts("U.S. and UAS", ["U.S"]).filter((part) => part.match).map((part) => part.text)).toEqual(["U.S"]);
    expect(termPattern(["(", "a+"])?.test("a+")).toBe(true);
  });

  it("returns the text unmarked without terms", () => {
    expect(highlightParts("Seoul", [])).toEqual([{ text: "Seoul", match: false }]);
    expect(highlightParts("", ["Seoul"])).toEqual([]);
  });
});
