import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyTextError, countStructure, deriveNumbers, parseBody } from "./parse";
import { BODY_LIMITS, bodySchema, type Block } from "./schema";
import { serializeBody } from "./serialize";
import { textArbitrary, withoutIds } from "@/test-support/fixtures/arbitrary-body";

/** The blocks without ids, for comparing with what a person sees. */
const read = (text: string) => withoutIds(parseBody(text));

describe("parseBody reads the press office's convention", () => {
  it("numbered paragraphs: the number is dropped and derived from order", () => {
    const body = parseBody("1. First.\n\n2) Second.\n\n4. The source skipped three.");
    expect(withoutIds(body)).toEqual([
      { kind: "numbered", text: "First." },
      { kind: "numbered", text: "Second." },
      { kind: "numbered", text: "The source skipped three." },
    ]);
    expect([...deriveNumbers(body).values()]).toEqual([1, 2, 3]);
  });

  it("does not take a date or a decimal for a numbered paragraph", () => {
    expect(read("2017. 11. 20. the meeting\n\n1.5 million people came")).toEqual([
      { kind: "paragraph", text: "2017. 11. 20. the meeting" },
      { kind: "paragraph", text: "1.5 million people came" },
    ]);
  });

  it("keeps each sub-point marker as the author wrote it", () => {
    expect(read("1. P\no a\n° b\nㅇ c\n◦ d\n- e\n– f\n· g\n• h\n•i")).toEqual([
      { kind: "numbered", text: "P" },
      ...[
        ["o", "a"], ["°", "b"], ["ㅇ", "c"], ["◦", "d"], ["-", "e"], ["–", "f"], ["·", "g"], ["•", "h"], ["•", "i"],
      ].map(([marker, text]) => ({ kind: "subpoint", marker, level: 1, text })),
    ]);
  });

  it("needs a space after a marker, so °C, -5 and o'clock stay text", () => {
    expect(read("°C is cold\n\n-5 degrees\n\no'clock")).toEqual([
      { kind: "paragraph", text: "°C is cold" },
      { kind: "paragraph", text: "-5 degrees" },
      { kind: "paragraph", text: "o'clock" },
    ]);
  });

  it("reads sub-point levels from indentation, relative to the first sub-point", () => {
    const text = ["1. P", "   o one", "      - two", "\t\t\t· three", "\t\t\t\t\t• still three", "      - two again", "   o one again"].join("\n");
    expect(read(text)).toEqual([
      { kind: "numbered", text: "P" },
      { kind: "subpoint", marker: "o", level: 1, text: "one" },
      { kind: "subpoint", marker: "-", level: 2, text: "two" },
      { kind: "subpoint", marker: "·", level: 3, text: "three" },
      { kind: "subpoint", marker: "•", level: 3, text: "still three" },
      { kind: "subpoint", marker: "-", level: 2, text: "two again" },
      { kind: "subpoint", marker: "o", level: 1, text: "one again" },
    ]);
  });

  it("starts a sub-point after another kind of block at level 1, however deep it is indented", () => {
    expect(read("1. P\n\n      o indented a lot")).toEqual([
      { kind: "numbered", text: "P" },
      { kind: "subpoint", marker: "o", level: 1, text: "indented a lot" },
    ]);
  });

  it("gives a ※ note the “-” lines under it as its list, blank lines or not", () => {
    const text = "※ Heads of delegations\n\n- Tajikistan: A\n\n- Uzbekistan: B\n-   Kyrgyzstan:  C\n\n2. Next.";
    expect(read(text)).toEqual([
      {
        kind: "note",
        text: "Heads of delegations",
        list: { marker: "-", items: ["Tajikistan: A", "Uzbekistan: B", "Kyrgyzstan: C"] },
      },
      { kind: "numbered", text: "Next." },
    ]);
  });

  it("ends a note's list at another marker, and leaves o/° lines after a note as sub-points", () => {
    expect(read("※ Note\n- a\n· b\n\n※Glued note\no c")).toEqual([
      { kind: "note", text: "Note", list: { marker: "-", items: ["a"] } },
      { kind: "subpoint", marker: "·", level: 1, text: "b" },
      { kind: "note", text: "Glued note" },
      { kind: "subpoint", marker: "o", level: 1, text: "c" },
    ]);
  });

  it("reads headings written with #", () => {
    expect(read("## Background\n\n#hashtag stays text\n\n#### four is text")).toEqual([
      { kind: "heading", text: "Background" },
      { kind: "paragraph", text: "#hashtag stays text" },
      { kind: "paragraph", text: "#### four is text" },
    ]);
  });

  it("reads questions and answers in their usual spellings", () => {
    const text = ["Q: One?", "A: Yes.", "Q. Two?", "A. Also.", "Question: Three?", "Answer: Sure.", "문: 넷?", "답: 네.", "Q1: Five?", "A1. Done."].join("\n");
    expect(countStructure(parseBody(text))).toEqual({ paragraphs: 0, qaPairs: 5, blocks: 10 });
  });

  it("takes plain paragraphs after a question as answer paragraphs until the next question", () => {
    expect(read("Intro before the interview.\n\nQ: Why?\n\nBecause.\n\nAnd more.\n\nQ: Next?\n\nA: Yes.\n\nStill the answer.")).toEqual([
      { kind: "paragraph", text: "Intro before the interview." },
      { kind: "question", text: "Why?" },
      { kind: "answer", text: "Because." },
      { kind: "answer", text: "And more." },
      { kind: "question", text: "Next?" },
      { kind: "answer", text: "Yes." },
      { kind: "answer", text: "Still the answer." },
    ]);
  });

  it("reads “A.” as an answer only inside an interview; a heading ends the interview", () => {
    expect(read("A. Outline letter.\n\nQ: Q?\n\nA. Answer.\n\n## After\n\nA. Outline again.")).toEqual([
      { kind: "paragraph", text: "A. Outline letter." },
      { kind: "question", text: "Q?" },
      { kind: "answer", text: "Answer." },
      { kind: "heading", text: "After" },
      { kind: "paragraph", text: "A. Outline again." },
    ]);
  });

  it("reads a line starting with a backslash as plain text", () => {
    expect(read("\\1. not numbered\n\n\\\\ starts with a backslash\n\n\\")).toEqual([
      { kind: "paragraph", text: "1. not numbered" },
      { kind: "paragraph", text: "\\ starts with a backslash" },
    ]);
  });
});

describe("parseBody tolerates how text arrives", () => {
  const expected = [
    { kind: "numbered", text: "On November 20, talks were held." },
    { kind: "subpoint", marker: "°", level: 1, text: "In response, support." },
    { kind: "numbered", text: "Second paragraph." },
  ];

  it("Windows and old Mac line endings", () => {
    expect(read("1. On November 20, talks were held.\r\n\r\n° In response, support.\r\n\r\n2. Second paragraph.\r\n")).toEqual(expected);
    expect(read("1. On November 20, talks were held.\r° In response, support.\r2. Second paragraph.")).toEqual(expected);
  });

  it("blank-line or single-line separation", () => {
    expect(read("1. On November 20, talks were held.\n° In response, support.\n2. Second paragraph.")).toEqual(expected);
    expect(read("\n\n\n1. On November 20, talks were held.\n\n\n\n° In response, support.\n\n2. Second paragraph.\n\n\n")).toEqual(expected);
  });

  it("stray whitespace, tabs, NBSP, zero-width spaces, a BOM and control characters", () => {
    const messy =
      "\uFEFF  1.\tOn November\u00A020,  talks were\u200B held.   \n \t \n°\u00A0In  response,\u0007 support.\f2.  Second   paragraph.\u3000";
    expect(read(messy)).toEqual(expected);
  });

  it("text copied with decomposed Hangul (as from a Mac) comes out composed", () => {
    const decomposed = "1. 외교부 발표".normalize("NFD");
    expect(read(decomposed)).toEqual([{ kind: "numbered", text: "외교부 발표" }]);
  });

  it("empty or blank text is an empty body", () => {
    expect(parseBody("")).toEqual([]);
    expect(parseBody(" \n\t\r\n ")).toEqual([]);
  });

  it("never fails on arbitrary text of ordinary size, and always gives a valid body that survives a round trip", () => {
    const line = fc.oneof(textArbitrary, fc.string({ unit: "grapheme", maxLength: 40 }));
    const indent = fc.constantFrom("", " ", "  ", "\t", "    ", "\u00A0");
    const textArb = fc
      .array(fc.tuple(indent, line, fc.constantFrom("\n", "\n\n", "\r\n", "\r")), { maxLength: 30 })
      .map((lines) => lines.map(([i, l, end]) => i + l + end).join(""));
    fc.assert(
      fc.property(textArb, (text) => {
        const body = parseBody(text);
        expect(bodySchema.safeParse(body).success).toBe(true);
        expect(withoutIds(parseBody(serializeBody(body)))).toEqual(withoutIds(body));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseBody refuses what a body cannot hold", () => {
  it("a paragraph longer than the limit", () => {
    const tooLong = `1. ${"word ".repeat(BODY_LIMITS.maxTextLength / 4)}`;
    expect(() => parseBody(tooLong)).toThrow(BodyTextError);
    expect(() => parseBody(tooLong)).toThrow(`Block 1: Text is longer than 10,000 characters`);
  });

  it("more blocks than the limit", () => {
    const many = Array.from({ length: BODY_LIMITS.maxBlocks + 1 }, (_, i) => `Paragraph ${i}.`).join("\n");
    expect(() => parseBody(many)).toThrow(`The text has more than 999 blocks, the most a body can hold`);
  });
});

describe("parseBody with the previous body keeps block ids", () => {
  const previous = parseBody(
    "1. The talks were held in Seoul on Monday.\n\no Both sides agreed to meet again.\n\n2. The minister thanked the delegation for its visit.\n\n3. A third paragraph about trade.",
  );
  const ids = previous.map((block) => block.id);

  it("for unchanged blocks, and gives new blocks new ids", () => {
    const next = parseBody(
      "1. The talks were held in Seoul on Monday.\n\n2. A brand new paragraph.\n\no Both sides agreed to meet again.\n\n3. The minister thanked the delegation for its visit.\n\n4. A third paragraph about trade.",
      { previous },
    );
    expect(next.map((b) => b.id)).toEqual([ids[0], expect.any(String), ids[1], ids[2], ids[3]]);
    expect(ids).not.toContain(next[1]!.id);
  });

  it("for an edited block, matched by similarity", () => {
    const next = parseBody(
      "1. The talks were held in Seoul on Tuesday.\n\no Both sides agreed to meet again soon.\n\n2. The minister thanked the delegation for its visit.\n\n3. Something else entirely, nothing alike.",
      { previous },
    );
    expect(next.slice(0, 3).map((b) => b.id)).toEqual(ids.slice(0, 3));
    expect(ids).not.toContain(next[3]!.id);
  });

  it("for a block that moved, and for a sub-point whose level changed", () => {
    const next = parseBody(
      "1. A third paragraph about trade.\n\n2. The talks were held in Seoul on Monday.\n\n3. The minister thanked the delegation for its visit.\n\n  o x\n\n    o Both sides agreed to meet again.",
      { previous },
    );
    expect(next[0]!.id).toBe(ids[3]);
    expect(next[1]!.id).toBe(ids[0]);
    expect(next[2]!.id).toBe(ids[2]);
    expect(next[4]).toMatchObject({ id: ids[1], level: 2 });
  });

  it("and carries the translator's note of a kept block", () => {
    const annotated: Block[] = previous.map((block, i) => (i === 2 ? { ...block, translatorNote: "“Delegation” as in the glossary." } : block));
    const next = parseBody(serializeBody(annotated).replace("for its visit", "for the visit"), { previous: annotated });
    expect(next[2]).toMatchObject({ id: ids[2], translatorNote: "“Delegation” as in the glossary.", text: "The minister thanked the delegation for the visit." });
  });

  it("stays fast for a long body that changed completely", () => {
    const long = parseBody(Array.from({ length: 900 }, (_, i) => `${i + 1}. Paragraph number ${i} about topic ${i % 7}.`).join("\n"));
    const started = performance.now();
    parseBody(Array.from({ length: 900 }, (_, i) => `o Rewritten ${i} on subject ${i % 5}.`).join("\n"), { previous: long });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("countStructure and deriveNumbers", () => {
  it("counts numbered paragraphs, question/answer pairs and blocks", () => {
    const body = parseBody("1. a b c\n\no d\n\nQ: e?\n\nf\n\ng\n\nQ: unanswered?\n\n## h\n\nQ: i?\n\nA: j");
    expect(countStructure(body)).toEqual({ paragraphs: 1, qaPairs: 2, blocks: 9 });
    expect([...deriveNumbers(body).entries()]).toEqual([[body[0]!.id, 1]]);
  });
});
