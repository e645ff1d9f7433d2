import { describe, expect, it } from "vitest";
import { paragraphAnchors } from "./paragraph-anchors";
import type { Block } from "./schema";

const numbered = (id: string): Block => ({ kind: "numbered", id, text: id });
const note = (id: string): Block => ({ kind: "note", id, text: id });

describe("paragraph anchors", () => {
  it("are the displayed numbers of a document published once", () => {
    expect(paragraphAnchors([[numbered("aaaa"), note("nnnn"), numbered("bbbb"), numbered("cccc")]])).toEqual({ aaaa: 1, bbbb: 2, cccc: 3 });
  });

  it("stay with their paragraph when a correction edits text or adds paragraphs at the end", () => {
    const first = [numbered("aaaa"), numbered("bbbb")];
    const corrected = [numbered("aaaa"), numbered("bbbb"), numbered("cccc")];
    expect(paragraphAnchors([first, corrected])).toEqual({ aaaa: 1, bbbb: 2, cccc: 3 });
  });

  it("never move to another paragraph when a correction inserts one before them", () => {
    const first = [numbered("aaaa"), numbered("bbbb"), numbered("cccc")];
    const corrected = [numbered("aaaa"), numbered("xxxx"), numbered("bbbb"), numbered("cccc")];
    // #p2 still leads to the paragraph first published as 2; the new one gets the next free anchor.
    expect(paragraphAnchors([first, corrected])).toEqual({ aaaa: 1, bbbb: 2, cccc: 3, xxxx: 4 });
  });

  it("never reuse the anchor of a paragraph a correction removed", () => {
    const first = [numbered("aaaa"), numbered("bbbb"), numbered("cccc")];
    const removed = [numbered("aaaa"), numbered("cccc")];
    const added = [numbered("aaaa"), numbered("cccc"), numbered("dddd")];
    expect(paragraphAnchors([first, removed, added])).toEqual({ aaaa: 1, bbbb: 2, cccc: 3, dddd: 4 });
  });
});
