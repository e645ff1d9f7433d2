import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBody } from "./parse";
import { bodySchema, type Block, type Body } from "./schema";
import { serializeBody } from "./serialize";
import { annotatedBodyArbitrary, bodyArbitrary, canonicalize, textArbitrary, withoutIds } from "@/test-support/fixtures/arbitrary-body";
import { textOf } from "@/lib/body/schema";

const body = (blocks: unknown[]): Body => bodySchema.parse(blocks);

describe("serializeBody", () => {
  it("writes the press office's convention, numbering by order", () => {
    const text = serializeBody(
      body([
        { id: "aaaa1", kind: "numbered", text: "On November 20, the talks were held." },
        { id: "aaaa2", kind: "subpoint", marker: "°", level: 1, text: "In response, support was expressed." },
        { id: "aaaa3", kind: "subpoint", marker: "-", level: 2, text: "Details." },
        { id: "aaaa4", kind: "note", text: "Heads of delegations", list: { marker: "-", items: ["Tajikistan: A", "Uzbekistan: B"] } },
        { id: "aaaa5", kind: "numbered", text: "The two sides agreed." },
        { id: "aaaa6", kind: "heading", text: "Interview" },
        { id: "aaaa7", kind: "question", text: "How are relations?" },
        { id: "aaaa8", kind: "answer", text: "Very good." },
        { id: "aaaa9", kind: "answer", text: "And improving." },
      ]),
    );
    expect(text).toBe(
      [
        // A paragraph's sub-points stay with it, line under line.
        "1. On November 20, the talks were held.\n° In response, support was expressed.\n  - Details.",
        "※ Heads of delegations\n- Tajikistan: A\n- Uzbekistan: B",
        "2. The two sides agreed.",
        "## Interview",
        "Q: How are relations?",
        "A: Very good.",
        "And improving.",
      ].join("\n\n") + "\n",
    );
  });

  it("keeps the layout import keys were made with when asked: a blank line between every block", () => {
    const blocks = body([
      { id: "aaaa1", kind: "numbered", text: "One." },
      { id: "aaaa2", kind: "subpoint", marker: "o", level: 1, text: "Its sub-point." },
      { id: "aaaa3", kind: "numbered", text: "Two." },
    ]);
    expect(serializeBody(blocks)).toBe("1. One.\no Its sub-point.\n\n2. Two.\n");
    expect(serializeBody(blocks, { blankLineBetweenAll: true })).toBe("1. One.\n\no Its sub-point.\n\n2. Two.\n");
  });

  it("escapes a plain paragraph that would read as something else", () => {
    const text = serializeBody(
      body([
        { id: "aaaa1", kind: "paragraph", text: "1. is not a number here" },
        { id: "aaaa2", kind: "paragraph", text: "\\ a backslash" },
        { id: "aaaa3", kind: "paragraph", text: "A. an outline letter outside an interview stays as it is" },
      ]),
    );
    expect(text).toBe("\\1. is not a number here\n\n\\\\ a backslash\n\nA. an outline letter outside an interview stays as it is\n");
  });

  it("escapes an answer's further paragraph that would read as a prefix", () => {
    const text = serializeBody(
      body([
        { id: "aaaa1", kind: "question", text: "Why?" },
        { id: "aaaa2", kind: "answer", text: "Because." },
        { id: "aaaa3", kind: "answer", text: "A. second point" },
      ]),
    );
    expect(text).toBe("Q: Why?\n\nA: Because.\n\n\\A. second point\n");
  });

  it("writes an empty body as empty text", () => {
    expect(serializeBody([])).toBe("");
  });
});

describe("parse(serialize(body)) for generated bodies", () => {
  it("gives back the same blocks (ids aside)", () => {
    fc.assert(
      fc.property(bodyArbitrary, (generated) => {
        expect(withoutIds(parseBody(serializeBody(generated)))).toEqual(withoutIds(generated));
      }),
      { numRuns: 400 },
    );
  });

  it("gives back exactly the same body, ids and translator's notes included, when told the previous body", () => {
    fc.assert(
      fc.property(annotatedBodyArbitrary, (generated) => {
        expect(parseBody(serializeBody(generated), { previous: generated })).toEqual(generated);
      }),
      { numRuns: 300 },
    );
  });

  it("serializes to the same text a second time", () => {
    fc.assert(
      fc.property(bodyArbitrary, (generated) => {
        const text = serializeBody(generated);
        expect(serializeBody(parseBody(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("editing in text mode keeps block ids", () => {
  // Kinds may change on the way (a deleted heading turns the paragraph after it into an answer), so texts must differ.
  const uniqueTexts = (blocks: readonly Block[]) => new Set(blocks.map(textOf)).size === blocks.length;

  it("keeps every other block's id when one block's text is replaced", () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.nat(), textArbitrary, (original, position, replacement) => {
        fc.pre(original.length > 0 && uniqueTexts(original));
        const index = position % original.length;
        const edited = bodySchema.safeParse(
          original.map((block, i) => (i === index ? { ...block, text: `${replacement} edited` } : block)),
        );
        fc.pre(edited.success && uniqueTexts(edited.data));
        if (!edited.success) return;
        const reparsed = parseBody(serializeBody(edited.data), { previous: original });
        reparsed.forEach((block, i) => {
          if (i !== index) expect(block.id).toBe(original[i]!.id);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every id when a block is deleted, and every old id when one is inserted", () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.nat(), (original, position) => {
        fc.pre(original.length > 1 && uniqueTexts(original));
        const index = position % original.length;

        const shorter = bodySchema.parse(canonicalize(original.filter((_, i) => i !== index)));
        const afterDelete = parseBody(serializeBody(shorter), { previous: original });
        expect(afterDelete.map((b) => b.id)).toEqual(shorter.map((b) => b.id));

        const inserted: Block = { id: "newblock", kind: "numbered", text: "A paragraph nobody wrote before." };
        const longer = bodySchema.parse(canonicalize([...original.slice(0, index), inserted, ...original.slice(index)]));
        const afterInsert = parseBody(serializeBody(longer), { previous: original });
        expect(afterInsert.filter((_, i) => i !== index).map((b) => b.id)).toEqual(original.map((b) => b.id));
        expect(original.map((b) => b.id)).not.toContain(afterInsert[index]!.id);
      }),
      { numRuns: 200 },
    );
  });
});
