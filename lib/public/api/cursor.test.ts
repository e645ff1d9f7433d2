import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

describe("API cursors", () => {
  it("round-trip a position", () => {
    const position = { publicDate: "2021-10-14", publishedAt: "2021-10-14T01:00:00.000Z", documentId: "cm0abc123" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    const undated = { publicDate: null, publishedAt: "2026-12-03T07:30:00.000Z", documentId: "cm0abc124" };
    expect(decodeCursor(encodeCursor(undated))).toEqual(undated);
  });

  it("refuse anything this API did not give", () => {
    for (const cursor of ["", "%%%", "bm90IGpzb24", Buffer.from('["2021-10-14"]').toString("base64url"), Buffer.from('["x","y"]').toString("base64url")]) {
      expect(decodeCursor(cursor)).toBeNull();
    }
  });
});
