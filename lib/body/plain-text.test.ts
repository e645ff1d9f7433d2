import { describe, expect, it } from "vitest";
import { parseBody } from "./parse";
import { blockText, bodyToPlainText, hashBlockSource } from "./plain-text";
import type { Block } from "./schema";

describe("bodyToPlainText and blockText", () => {
  it("give the text without markers or numbers, a note's list included", () => {
    const body = parseBody("1. First.\n\no Sub.\n\n※ Heads\n- A\n- B\n\nQ: Why?\n\nA: Because.");
    expect(bodyToPlainText(body)).toBe("First.\nSub.\nHeads\nA\nB\nWhy?\nBecause.");
    expect(blockText(body[2]!)).toBe("Heads\nA\nB");
  });
});

describe("hashBlockSource", () => {
  const base: Block = { id: "abcd1", kind: "subpoint", marker: "o", level: 1, text: "Text." };

  it("is sha256 hex and ignores id, level and translator's note", () => {
    const hash = hashBlockSource(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashBlockSource({ ...base, id: "other", level: 2, translatorNote: "n" })).toBe(hash);
  });

  it("changes with kind, marker, text and a note's list", () => {
    const hash = hashBlockSource(base);
    expect(hashBlockSource({ ...base, marker: "°" })).not.toBe(hash);
    expect(hashBlockSource({ ...base, text: "Text!" })).not.toBe(hash);
    expect(hashBlockSource({ id: "abcd1", kind: "paragraph", text: "Text." })).not.toBe(hash);
    const note: Block = { id: "n1234", kind: "note", text: "N", list: { marker: "-", items: ["a"] } };
    expect(hashBlockSource(note)).not.toBe(hashBlockSource({ ...note, list: { marker: "-", items: ["b"] } }));
    expect(hashBlockSource(note)).not.toBe(hashBlockSource({ ...note, list: { marker: "·", items: ["a"] } }));
  });
});
