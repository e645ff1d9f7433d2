import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import { pairBlocks } from "./side-by-side";
import { textOf } from "@/lib/body/schema";

const block = (id: string, text: string, kind: "numbered" | "paragraph" = "numbered"): Block => ({ id, kind, text });

describe("a translation beside its original", () => {
  it("pairs blocks by id in the original's order, numbering the original's paragraphs", () => {
    const rows = pairBlocks([block("a1", "하나"), block("b2", "둘", "paragraph"), block("c3", "셋")], [block("c3", "three"), block("a1", "one")]);
    expect(rows.map((row) => [row.key, (row.original ? textOf(row.original) : null), (row.translation ? textOf(row.translation) : null), row.number])).toEqual([
      ["a1", "하나", "one", 1],
      ["b2", "둘", null, null],
      ["c3", "셋", "three", 2],
    ]);
  });

  it("keeps a translated block whose source is gone, after its neighbour", () => {
    const rows = pairBlocks([block("a1", "하나"), block("c3", "셋")], [block("a1", "one"), block("gone", "removed since"), block("c3", "three")]);
    expect(rows.map((row) => [row.key, (row.original ? textOf(row.original) : null), (row.translation ? textOf(row.translation) : null)])).toEqual([
      ["a1", "하나", "one"],
      ["orphan-gone", null, "removed since"],
      ["c3", "셋", "three"],
    ]);
  });
});
