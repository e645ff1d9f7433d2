import { describe, expect, it } from "vitest";
import { blockNames } from "./block-names";
import { bodySchema, type Body } from "./schema";

const body = (blocks: unknown[]): Body => bodySchema.parse(blocks);

describe("blockNames", () => {
  it("names blocks by the numbers readers see: a sub-point or note by the paragraph it stands under", () => {
    const names = blockNames(
      body([
        { id: "lead1", kind: "paragraph", text: "Seoul, 20 November." },
        { id: "para1", kind: "numbered", text: "One." },
        { id: "sub11", kind: "subpoint", marker: "o", level: 1, text: "A point." },
        { id: "sub12", kind: "subpoint", marker: "-", level: 2, text: "A detail." },
        { id: "para2", kind: "numbered", text: "Two." },
        { id: "sub21", kind: "subpoint", marker: "o", level: 1, text: "Another point." },
        { id: "note1", kind: "note", text: "Heads of delegations" },
        { id: "head1", kind: "heading", text: "Interview" },
        { id: "ques1", kind: "question", text: "Why?" },
        { id: "answ1", kind: "answer", text: "Because." },
        { id: "answ2", kind: "answer", text: "And more." },
        { id: "ques2", kind: "question", text: "When?" },
        { id: "answ3", kind: "answer", text: "Soon." },
      ]),
    );
    expect(Object.fromEntries(names)).toEqual({
      lead1: "Unnumbered text 1",
      para1: "Paragraph 1",
      sub11: "Paragraph 1, sub-point 1",
      sub12: "Paragraph 1, sub-point 2",
      para2: "Paragraph 2",
      sub21: "Paragraph 2, sub-point 1",
      note1: "Paragraph 2, note",
      head1: "Heading 1",
      ques1: "Question 1",
      answ1: "Answer 1",
      answ2: "Answer 1, part 2",
      ques2: "Question 2",
      answ3: "Answer 2",
    });
  });

  it("gives every block its own name, also notes and sub-points before any numbered paragraph", () => {
    const names = blockNames(
      body([
        { id: "sub01", kind: "subpoint", marker: "o", level: 1, text: "A point." },
        { id: "note1", kind: "note", text: "First note." },
        { id: "note2", kind: "note", text: "Second note." },
        { id: "para1", kind: "numbered", text: "One." },
        { id: "note3", kind: "note", text: "Third note." },
        { id: "note4", kind: "note", text: "Fourth note." },
      ]),
    );
    expect(Object.fromEntries(names)).toEqual({
      sub01: "Sub-point 1",
      note1: "Note 1",
      note2: "Note 2",
      para1: "Paragraph 1",
      note3: "Paragraph 1, note",
      note4: "Paragraph 1, note 2",
    });
    expect(new Set(names.values()).size).toBe(names.size);
  });
});
