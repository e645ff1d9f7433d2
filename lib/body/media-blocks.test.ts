import { describe, expect, it } from "vitest";
import { parseBody } from "./parse";
import { hashBlockSource } from "./plain-text";
import { bodySchema } from "./schema";
import { serializeBody } from "./serialize";

const PHOTO = "cm4photo0000000000000001";
const FILE = "cm4file00000000000000001";

describe("photos and files in a body", () => {
  it("reads [image: id] and [attachment: id] lines as blocks, and writes them back the same", () => {
    const text = `1. The ministers met in Seoul.\n\n[image: ${PHOTO}]\n\n2. They signed a joint statement.\n\n[attachment: ${FILE}]\n`;
    const body = parseBody(text);
    expect(body.map((block) => block.kind)).toEqual(["numbered", "image", "numbered", "attachment"]);
    expect(body[1]).toMatchObject({ kind: "image", mediaId: PHOTO });
    expect(serializeBody(body)).toBe(text);
    expect(parseBody(serializeBody(body), { previous: body })).toEqual(body);
  });

  it("keeps a paragraph that only looks like one plain: the id must be the whole of the brackets", () => {
    expect(parseBody("[image: see the photo below]")[0]).toMatchObject({ kind: "paragraph" });
    const escaped = parseBody(`\\[image: ${PHOTO}]`);
    expect(escaped[0]).toMatchObject({ kind: "paragraph", text: `[image: ${PHOTO}]` });
    expect(parseBody(serializeBody(escaped))).toMatchObject([{ kind: "paragraph", text: `[image: ${PHOTO}]` }]);
  });

  it("keeps a photo's block id when the text around it is edited", () => {
    const before = parseBody(`1. First.\n\n[image: ${PHOTO}]`);
    const after = parseBody(`1. First, edited.\n\n[image: ${PHOTO}]\n\n2. New.`, { previous: before });
    expect(after[1]!.id).toBe(before[1]!.id);
  });

  it("refuses a block without a valid library id", () => {
    expect(bodySchema.safeParse([{ id: "blk1", kind: "image", mediaId: "../../x" }]).success).toBe(false);
    expect(bodySchema.safeParse([{ id: "blk1", kind: "image", mediaId: PHOTO }]).success).toBe(true);
  });

  it("hashes a photo block by what it shows, so pointing it at another photo marks translations stale", () => {
    const a = { id: "blk1", kind: "image" as const, mediaId: PHOTO };
    expect(hashBlockSource(a)).toBe(hashBlockSource({ ...a, id: "blk2" }));
    expect(hashBlockSource(a)).not.toBe(hashBlockSource({ ...a, mediaId: FILE }));
  });
});
