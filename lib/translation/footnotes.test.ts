import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import { numberFootnotes } from "./footnotes";

describe("numberFootnotes", () => {
  it("numbers translator's notes in reading order, skipping blocks without one", () => {
    const body: Block[] = [
      { id: "para1", kind: "numbered", text: "One.", translatorNote: "The Korean says “vice minister”." },
      { id: "sub11", kind: "subpoint", marker: "o", level: 1, text: "A." },
      { id: "para2", kind: "numbered", text: "Two." },
      { id: "note1", kind: "note", text: "Participants", translatorNote: "Names in Korean order." },
      { id: "para3", kind: "paragraph", text: "Three.", translatorNote: "Baku is the capital of Azerbaijan." },
    ];
    expect(numberFootnotes(body)).toEqual({
      byBlock: { para1: 1, note1: 2, para3: 3 },
      notes: [
        { number: 1, blockId: "para1", text: "The Korean says “vice minister”." },
        { number: 2, blockId: "note1", text: "Names in Korean order." },
        { number: 3, blockId: "para3", text: "Baku is the capital of Azerbaijan." },
      ],
    });
  });

  it("renumbers when a note is added earlier in the text", () => {
    const before = numberFootnotes([
      { id: "para1", translatorNote: undefined },
      { id: "para2", translatorNote: "Second." },
    ]);
    const after = numberFootnotes([
      { id: "para1", translatorNote: "First." },
      { id: "para2", translatorNote: "Second." },
    ]);
    expect(before.byBlock).toEqual({ para2: 1 });
    expect(after.byBlock).toEqual({ para1: 1, para2: 2 });
  });

  it("gives nothing for a body without notes, and skips blank notes and repeated ids", () => {
    expect(numberFootnotes([])).toEqual({ byBlock: {}, notes: [] });
    expect(
      numberFootnotes([
        { id: "para1", translatorNote: "  " },
        { id: "para2", translatorNote: "Kept." },
        { id: "para2", translatorNote: "Ignored." },
      ]),
    ).toEqual({ byBlock: { para2: 1 }, notes: [{ number: 1, blockId: "para2", text: "Kept." }] });
  });
});
