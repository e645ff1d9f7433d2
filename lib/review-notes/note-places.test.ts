import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import { blockLabel, noteTargets, openNotesByBlock, placeNotes, quoteOf } from "./note-places";

const BODY: Block[] = [
  { id: "intro-1", kind: "paragraph", text: "Seoul, 3 December 2026" },
  { id: "para-1", kind: "numbered", text: "The two sides held the 3rd policy consultation." },
  { id: "sub-1", kind: "subpoint", marker: "o", level: 1, text: "Trade and investment." },
  { id: "para-2", kind: "numbered", text: "The next consultation will be in Baku." },
];

const note = (id: string, blockId: string | null, quote: string | null = null) => ({ id, blockId, quote });

describe("where review notes sit", () => {
  it("names numbered paragraphs as readers number them, and other blocks by position and kind", () => {
    expect(noteTargets(BODY).map((target) => target.label)).toEqual(["Block 1 (paragraph)", "¶1", "Block 3 (sub-point)", "¶2"]);
    expect(blockLabel(BODY[3]!, 3, new Map([["para-2", 2]]))).toBe("¶2");
  });

  it("puts each note beside its block, in the body's order, after the whole edition's", () => {
    const groups = placeNotes(BODY, [note("a", "para-2"), note("b", null), note("c", "para-1"), note("d", "para-2")]);
    expect(groups.map((group) => [group.label, group.notes.map((placed) => placed.id)])).toEqual([
      ["The whole edition", ["b"]],
      ["¶1", ["c"]],
      ["¶2", ["a", "d"]],
    ]);
    expect(groups[2]!.quote).toBe("The next consultation will be in Baku.");
  });

  it("shows a note whose block was deleted on the whole edition, with the words the block had", () => {
    const groups = placeNotes(BODY, [note("gone", "deleted-block", "The sides agreed to meet again.")]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ blockId: null, label: "The whole edition" });
    expect(groups[0]!.notes[0]!.removedBlock).toEqual({ quote: "The sides agreed to meet again." });
  });

  it("follows a paragraph when the body is renumbered, by its id", () => {
    const renumbered = [BODY[0]!, BODY[3]!, BODY[1]!];
    expect(placeNotes(renumbered, [note("a", "para-2")])[0]!.label).toBe("¶1");
  });

  it("counts the open notes beside each block, leaving out resolved ones and the whole edition's", () => {
    const notes = [
      { ...note("a", "para-2"), resolved: false },
      { ...note("b", "para-2"), resolved: true },
      { ...note("c", "para-1"), resolved: true },
      { ...note("d", null), resolved: false },
      { ...note("e", "para-2"), resolved: false },
    ];
    expect(openNotesByBlock(placeNotes(BODY, notes))).toEqual({ "para-2": 2 });
  });

  it("has no groups without notes", () => {
    expect(placeNotes(BODY, [])).toEqual([]);
  });

  it("quotes a block in one shortened line", () => {
    const long: Block = { id: "long-1", kind: "paragraph", text: `${"word ".repeat(60)}\nend` };
    const quoted = quoteOf(long);
    expect(quoted.length).toBe(120);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoted).not.toContain("\n");
    expect(quoteOf({ id: "pic-1", kind: "image", mediaId: "m1" } as Block)).toBe("");
  });
});
