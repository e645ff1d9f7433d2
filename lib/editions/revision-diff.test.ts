import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import { diffBodies, diffRevisionTexts, diffText, diffWords, type WordChange } from "./revision-diff";

const para = (id: string, text: string): Block => ({ kind: "paragraph", id, text });

function rebuild(parts: WordChange[], side: "before" | "after"): string {
  return parts
    .filter((part) => part.op === "equal" || part.op === (side === "before" ? "delete" : "insert"))
    .map((part) => part.text)
    .join("");
}

describe("word diff", () => {
  it("marks the words that changed and keeps the rest", () => {
    expect(diffWords("The forum was held in Seoul.", "The forum was held in Dushanbe.")).toEqual([
      { op: "equal", text: "The forum was held in " },
      { op: "delete", text: "Seoul" },
      { op: "insert", text: "Dushanbe" },
      { op: "equal", text: "." },
    ]);
  });

  it("finds insertions in the middle", () => {
    expect(diffWords("Ministers met today.", "Foreign Ministers met in Seoul today.")).toEqual([
      { op: "insert", text: "Foreign " },
      { op: "equal", text: "Ministers met" },
      { op: "insert", text: " in Seoul" },
      { op: "equal", text: " today." },
    ]);
  });

  it("treats Korean words (with their particles) as words", () => {
    expect(diffWords("양국 외교장관은 협력을 논의했다", "양국 외교장관은 협력의 강화를 논의했다")).toEqual([
      { op: "equal", text: "양국 외교장관은 " },
      { op: "delete", text: "협력을" },
      { op: "insert", text: "협력의 강화를" },
      { op: "equal", text: " 논의했다" },
    ]);
  });

  it("always rebuilds both sides exactly", () => {
    const samples = [
      ["", "new text"],
      ["old text", ""],
      ["a b c d e f", "a c e g"],
      ["1. 2017. 11. 20.", "1. 2017. 11. 21."],
      ["same", "same"],
      ["  spaced   out ", "spaced out"],
    ] as const;
    for (const [before, after] of samples) {
      const parts = diffWords(before, after);
      expect(rebuild(parts, "before")).toBe(before);
      expect(rebuild(parts, "after")).toBe(after);
    }
  });

  it("stays correct on very long texts", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    const after = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
    const parts = diffWords(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
  });

  it("marks single words in a 5,000-word body", () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const edited = words.map((word, i) => (i === 1200 || i === 4100 ? "changed" : word));
    const parts = diffWords(words.join(" "), edited.join(" "));
    expect(parts.filter((part) => part.op !== "equal")).toEqual([
      { op: "delete", text: "w1200" },
      { op: "insert", text: "changed" },
      { op: "delete", text: "w4100" },
      { op: "insert", text: "changed" },
    ]);
  });

  it("reports unchanged text as one equal part", () => {
    expect(diffText("same", "same")).toEqual({ changed: false, before: "same", after: "same", parts: [{ op: "equal", text: "same" }] });
    expect(diffText("", "").parts).toEqual([]);
  });
});

describe("block diff", () => {
  it("matches blocks by id and reports added, removed and changed ones in reading order", () => {
    const before = [para("aaaa", "First."), para("bbbb", "Second."), para("cccc", "Third.")];
    const after = [para("aaaa", "First."), para("cccc", "Third, revised."), para("dddd", "Fourth.")];
    const changes = diffBodies(before, after);
    expect(changes.map((change) => [change.change, change.id])).toEqual([
      ["unchanged", "aaaa"],
      ["removed", "bbbb"],
      ["changed", "cccc"],
      ["added", "dddd"],
    ]);
    const changed = changes[2];
    expect(changed?.change === "changed" && changed.text.parts).toEqual([
      { op: "equal", text: "Third" },
      { op: "insert", text: ", revised" },
      { op: "equal", text: "." },
    ]);
  });

  it("reports a block that moved, and one that moved and changed", () => {
    const before = [para("aaaa", "A"), para("bbbb", "B"), para("cccc", "C"), para("dddd", "D")];
    const after = [para("dddd", "D"), para("aaaa", "A"), para("bbbb", "B"), para("cccc", "C!")];
    const changes = diffBodies(before, after);
    expect(changes.map((change) => [change.change, change.id])).toEqual([
      ["moved", "dddd"],
      ["unchanged", "aaaa"],
      ["unchanged", "bbbb"],
      ["changed", "cccc"],
    ]);
    const moved = changes[0];
    expect(moved?.change === "moved" && [moved.fromIndex, moved.toIndex]).toEqual([3, 0]);

    const both = diffBodies(before, [para("dddd", "D?"), para("aaaa", "A"), para("bbbb", "B"), para("cccc", "C")]);
    expect(both[0]).toMatchObject({ change: "changed", id: "dddd", moved: true });
  });

  it("names changes that are not words: kind, sub-point level, translator's note", () => {
    const before: Block[] = [
      { kind: "paragraph", id: "aaaa", text: "Results" },
      { kind: "subpoint", id: "bbbb", marker: "o", level: 1, text: "Point" },
      { kind: "paragraph", id: "cccc", text: "Plain" },
    ];
    const after: Block[] = [
      { kind: "heading", id: "aaaa", text: "Results" },
      { kind: "subpoint", id: "bbbb", marker: "o", level: 2, text: "Point" },
      { kind: "paragraph", id: "cccc", text: "Plain", translatorNote: "Idiom" },
    ];
    const changes = diffBodies(before, after);
    expect(changes.map((change) => (change.change === "changed" ? change.details : change.change))).toEqual([
      ["paragraph → heading"],
      ["level 1 → 2"],
      ["translator's note changed"],
    ]);
    expect(changes[0]).toMatchObject({ kindBefore: "paragraph", kind: "heading", text: { changed: false } });
  });

  it("shows markers and a note's list as words", () => {
    const before: Block[] = [{ kind: "note", id: "nnnn", text: "Participants", list: { marker: "-", items: ["Tajikistan"] } }];
    const after: Block[] = [{ kind: "note", id: "nnnn", text: "Participants", list: { marker: "-", items: ["Tajikistan", "Uzbekistan"] } }];
    const [change] = diffBodies(before, after);
    expect(change).toMatchObject({ change: "changed", text: { before: "※ Participants\n- Tajikistan", after: "※ Participants\n- Tajikistan\n- Uzbekistan" } });
  });

  it("keeps every block of both sides exactly once", () => {
    const ids = ["a1", "b2", "c3", "d4", "e5", "f6", "g7", "h8"].map((id) => `${id}xx`);
    for (let seed = 1; seed <= 50; seed++) {
      let state = seed;
      const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const before = ids.filter(() => random() > 0.3).map((id) => para(id, id));
      const after = ids
        .filter(() => random() > 0.3)
        .sort(() => random() - 0.5)
        .map((id) => para(id, random() > 0.5 ? id : `${id}!`));
      const changes = diffBodies(before, after);
      const fromSides = changes.filter((change) => change.change !== "added").map((change) => change.id).sort();
      const toSides = changes.filter((change) => change.change !== "removed").map((change) => change.id);
      expect(fromSides).toEqual(before.map((block) => block.id).sort());
      expect(toSides).toEqual(after.map((block) => block.id));
    }
  });
});

describe("revision diff", () => {
  it("compares title, summary and body and counts the changes", () => {
    const diff = diffRevisionTexts(
      { title: "Forum held", summary: "", body: [para("aaaa", "One"), para("bbbb", "Two")] },
      { title: "Forum held in Seoul", summary: "Short", body: [para("bbbb", "Two"), para("cccc", "Three")] },
    );
    expect(diff.title.changed).toBe(true);
    expect(diff.summary.parts).toEqual([{ op: "insert", text: "Short" }]);
    expect(diff.stats).toEqual({ added: 1, removed: 1, changed: 0, moved: 0, unchanged: 1 });
    expect(diff.identical).toBe(false);
  });

  it("says when two revisions are identical", () => {
    const text = { title: "T", summary: "S", body: [para("aaaa", "One")] };
    expect(diffRevisionTexts(text, structuredClone(text)).identical).toBe(true);
  });
});
