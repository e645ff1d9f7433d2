import { describe, expect, it } from "vitest";
import type { Body } from "@/lib/body/schema";
import { bodyErrorsFromFieldErrors, checkBody, readSubmittedBody } from "./body-check";

const body: Body = [
  { kind: "numbered", id: "p1aa", text: "Fine." },
  { kind: "numbered", id: "p2aa", text: "   " },
  { kind: "note", id: "n1aa", text: "Note.", list: { marker: "-", items: ["ok", ""] } },
];

describe("checkBody", () => {
  it("passes a valid body", () => {
    expect(checkBody([{ kind: "paragraph", id: "para", text: "Hello." }])).toMatchObject({ valid: true, summary: [] });
  });

  it("puts each problem beside its block, and names the block by position in the summary", () => {
    const check = checkBody(body);
    expect(check.valid).toBe(false);
    expect(check.byBlock.get("p2aa")).toEqual(["Text is empty"]);
    expect(check.byBlock.get("n1aa")).toEqual(["List item 2: List item is empty"]);
    expect(check.byBlock.has("p1aa")).toBe(false);
    expect(check.summary).toEqual(["Block 2: Text is empty", "Block 3: List item is empty"]);
  });

  it("reports order problems once every block is valid on its own", () => {
    const check = checkBody([
      { kind: "question", id: "q1aa", text: "Q?" },
      { kind: "paragraph", id: "para", text: "Reads as the answer." },
    ]);
    expect(check.byBlock.get("para")?.[0]).toMatch(/^After questions and answers/);
  });
});

describe("bodyErrorsFromFieldErrors", () => {
  it("maps a position in the submitted body to the block's id, and the rest to “body”", () => {
    expect(
      bodyErrorsFromFieldErrors(
        { "body.1.text": ["Text is empty"], body: ["A body has at most 999 blocks"], title: ["Enter a title."], "body.9": ["?"] },
        "body",
        body,
      ),
    ).toEqual({ p2aa: "Text is empty", body: "A body has at most 999 blocks ?" });
  });
});

describe("readSubmittedBody", () => {
  it("gives back the echoed body, invalid or not", () => {
    expect(readSubmittedBody(JSON.stringify(body), [])).toEqual(body);
  });

  it("falls back on anything that is not a list of blocks", () => {
    const fallback: Body = [];
    for (const value of [undefined, "not json", "{}", '[{"kind":"numbered"}]', '[{"id":"a","kind":"poem","text":""}]', '[{"id":"a","kind":"subpoint","text":""}]']) {
      expect(readSubmittedBody(value, fallback)).toBe(fallback);
    }
  });
});
