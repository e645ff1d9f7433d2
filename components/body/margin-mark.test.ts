import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import { marginMark, readerMark } from "./margin-mark";

const labels = { question: "질문", answer: "답변" };
const blocks: Block[] = [
  { id: "n", kind: "numbered", text: "x" },
  { id: "s", kind: "subpoint", level: 1, marker: "ㅇ", text: "x" },
  { id: "o", kind: "note", text: "x" },
  { id: "q", kind: "question", text: "x" },
  { id: "a", kind: "answer", text: "x" },
  { id: "h", kind: "heading", text: "x" },
  { id: "p", kind: "paragraph", text: "x" },
];

describe("the margin beside a block", () => {
  it("shows readers the number, the marker, ※ and the Q/A labels of their language, and nothing else", () => {
    expect(blocks.map((block) => readerMark(block, 3, labels))).toEqual(["3.", "ㅇ", "※", "질문", "답변", null, null]);
    expect(readerMark(blocks[0]!, null, labels)).toBeNull();
    expect(readerMark(blocks[0]!, undefined, labels)).toBeNull();
  });

  it("shows editors a stand-in where readers see nothing", () => {
    expect(blocks.map((block) => marginMark(block, 3, labels))).toEqual(["3.", "ㅇ", "※", "질문", "답변", "H", "¶"]);
    expect(marginMark(blocks[0]!, null, labels)).toBe("?.");
    expect(marginMark(blocks[0]!, undefined, labels)).toBe("?.");
  });
});
