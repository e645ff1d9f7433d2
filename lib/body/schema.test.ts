import { describe, expect, it } from "vitest";
import { BODY_LIMITS, blockSchema, bodySchema, describeBodyIssues, newBlockId, normalizeInlineText } from "./schema";

const messages = (input: unknown) => {
  const result = bodySchema.safeParse(input);
  return result.success ? [] : describeBodyIssues(result.error);
};

describe("blockSchema", () => {
  it("accepts every kind, with an optional translator's note", () => {
    const blocks = [
      { id: "abcd1", kind: "numbered", text: "One." },
      { id: "abcd2", kind: "subpoint", marker: "°", level: 1, text: "Sub." },
      { id: "abcd3", kind: "note", text: "Note", list: { marker: "-", items: ["a", "b"] } },
      { id: "abcd4", kind: "heading", text: "Heading", translatorNote: "Keep short." },
      { id: "abcd5", kind: "paragraph", text: "Plain." },
      { id: "abcd6", kind: "question", text: "Why?" },
      { id: "abcd7", kind: "answer", text: "Because." },
    ];
    expect(bodySchema.parse(blocks)).toEqual(blocks);
  });

  it("folds whitespace and trims", () => {
    expect(blockSchema.parse({ id: "abcd1", kind: "paragraph", text: "  a\u00A0\u00A0b\tc  " })).toEqual({
      id: "abcd1",
      kind: "paragraph",
      text: "a b c",
    });
  });

  it("refuses line breaks, control characters, empty and over-long text with readable messages", () => {
    expect(messages([{ id: "abcd1", kind: "paragraph", text: "two\nlines" }])).toEqual([
      "Block 1: Text must be one paragraph: start a new block instead of a line break",
    ]);
    expect(messages([{ id: "abcd1", kind: "paragraph", text: "bell\u0007" }])).toEqual(["Block 1: Text contains control characters"]);
    expect(messages([{ id: "abcd1", kind: "paragraph", text: " \u00A0 " }])).toEqual(["Block 1: Text is empty"]);
    expect(messages([{ id: "abcd1", kind: "paragraph", text: "x".repeat(BODY_LIMITS.maxTextLength + 1) }])).toEqual([
      "Block 1: Text is longer than 10,000 characters",
    ]);
  });

  it("refuses unknown kinds and markers, and levels out of range", () => {
    expect(messages([{ id: "abcd1", kind: "html", text: "<b>x</b>" }])).toEqual(["Block 1: Unknown block kind"]);
    expect(messages([{ id: "abcd1", kind: "subpoint", marker: "*", level: 1, text: "x" }])[0]).toMatch(/^Block 1: Sub-point marker must be one of o ° ㅇ/);
    expect(messages([{ id: "abcd1", kind: "subpoint", marker: "o", level: 4, text: "x" }])).toEqual(["Block 1: Sub-point level is at most 3"]);
    expect(messages([{ id: "abcd1", kind: "note", text: "x", list: { marker: "-", items: [] } }])).toEqual([
      "Block 1: A note's list needs at least one item (leave the list out otherwise)",
    ]);
  });

  it("refuses bad ids", () => {
    expect(messages([{ id: "a b", kind: "paragraph", text: "x" }])).toEqual(["Block 1: Block id must be 4–40 letters, digits, “-” or “_”"]);
  });
});

describe("bodySchema's order rules", () => {
  it("ids are unique", () => {
    expect(
      messages([
        { id: "same1", kind: "paragraph", text: "a" },
        { id: "same1", kind: "paragraph", text: "b" },
      ]),
    ).toEqual(["Block 2: Block id “same1” is used twice"]);
  });

  it("sub-point levels go down one step at a time and start at 1", () => {
    expect(
      messages([
        { id: "abcd1", kind: "numbered", text: "a" },
        { id: "abcd2", kind: "subpoint", marker: "o", level: 2, text: "b" },
      ]),
    ).toEqual(["Block 2: A sub-point after another kind of block starts at level 1"]);
    expect(
      messages([
        { id: "abcd1", kind: "subpoint", marker: "o", level: 1, text: "a" },
        { id: "abcd2", kind: "subpoint", marker: "-", level: 3, text: "b" },
      ]),
    ).toEqual(["Block 2: A sub-point can go at most one level deeper than the one before it (level 2 here)"]);
  });

  it("a “-” sub-point cannot sit right under a note (it would read as the note's list)", () => {
    expect(
      messages([
        { id: "abcd1", kind: "note", text: "a" },
        { id: "abcd2", kind: "subpoint", marker: "-", level: 1, text: "b" },
      ]),
    ).toEqual(["Block 2: A “-” line right under a ※ note reads as the note's list: add it to the note's list, or use another marker"]);
    expect(
      messages([
        { id: "abcd1", kind: "note", text: "a", list: { marker: "-", items: ["x"] } },
        { id: "abcd2", kind: "subpoint", marker: "·", level: 1, text: "b" },
      ]),
    ).toEqual([]);
  });

  it("a plain paragraph cannot follow questions and answers without a heading", () => {
    expect(
      messages([
        { id: "abcd1", kind: "question", text: "a" },
        { id: "abcd2", kind: "answer", text: "b" },
        { id: "abcd3", kind: "paragraph", text: "c" },
      ]),
    ).toEqual([
      "Block 3: After questions and answers a plain paragraph reads as part of the answer: make it an answer, or put a heading before it",
    ]);
    expect(
      messages([
        { id: "abcd1", kind: "question", text: "a" },
        { id: "abcd2", kind: "heading", text: "b" },
        { id: "abcd3", kind: "paragraph", text: "c" },
      ]),
    ).toEqual([]);
  });

  it("limits the number of blocks", () => {
    const blocks = Array.from({ length: BODY_LIMITS.maxBlocks + 1 }, (_, i) => ({ id: `blk${i}x`, kind: "paragraph", text: "x" }));
    expect(messages(blocks)).toEqual(["A body has at most 999 blocks"]);
  });
});

describe("newBlockId", () => {
  it("is 10 base36 characters and does not repeat", () => {
    const ids = Array.from({ length: 2000 }, newBlockId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("normalizeInlineText", () => {
  it("replaces half a surrogate pair, which PostgreSQL would refuse in JSON", () => {
    expect(normalizeInlineText("a\uD800b \uDC00 😀")).toBe("a\uFFFDb \uFFFD 😀");
  });

  it("drops invisible characters and composes Hangul", () => {
    expect(normalizeInlineText("\u200B외\u00AD교부 ".normalize("NFD"))).toBe("외교부");
  });
});
