import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLinks } from "./links";

describe("splitLinks", () => {
  it("finds http and https links and leaves the sentence's punctuation outside", () => {
    expect(splitLinks("See https://www.mofa.go.kr/eng/index.do, or http://example.org.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", href: "https://www.mofa.go.kr/eng/index.do", text: "https://www.mofa.go.kr/eng/index.do" },
      { kind: "text", text: ", or " },
      { kind: "link", href: "http://example.org/", text: "http://example.org" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps balanced parentheses in the link and drops the sentence's own", () => {
    expect(splitLinks("(see https://en.wikipedia.org/wiki/Foo_(bar))")).toEqual([
      { kind: "text", text: "(see " },
      { kind: "link", href: "https://en.wikipedia.org/wiki/Foo_(bar)", text: "https://en.wikipedia.org/wiki/Foo_(bar)" },
      { kind: "text", text: ")" },
    ]);
  });

  it("never makes a link of other schemes or of credentials", () => {
    for (const text of [
      "javascript:alert(1)",
      "click data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "file:///etc/passwd",
      "https://user:secret@example.org/",
      "http://",
      "JaVaScRiPt:alert(1)//http://x",
    ]) {
      expect(splitLinks(text).filter((s) => s.kind === "link" && !s.href.startsWith("http"))).toEqual([]);
      expect(splitLinks(text).some((s) => s.kind === "link" && /javascript|data:|user:/i.test(s.href))).toBe(false);
    }
  });

  it("returns plain text as one segment and empty text as none", () => {
    expect(splitLinks("외교부 발표")).toEqual([{ kind: "text", text: "외교부 발표" }]);
    expect(splitLinks("")).toEqual([]);
  });

  it("always gives back the input when the segments are joined, and only http(s) hrefs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom("http://", "https://x.y/(a)", ").", "javascript:")), { maxLength: 6 }),
        (parts) => {
          const text = parts.join(" ");
          const segments = splitLinks(text);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          for (const segment of segments) if (segment.kind === "link") expect(segment.href).toMatch(/^https?:\/\//);
        },
      ),
    );
  });
});
