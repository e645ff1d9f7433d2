import { describe, expect, it } from "vitest";
import { ConflictError, conflictMessage, conflictWith, ensureUnchangedSince } from "@/lib/errors";

const stored = { lockVersion: 3, lastEditedBy: { id: "u1", name: "Ada", email: "ada@example.org" }, updatedAt: new Date(0), current: { title: "Now" } };

describe("the saved-after-you-opened-it contract", () => {
  it("tells a refused save who saved first and to merge by hand, in the words the editor's default uses", () => {
    expect(conflictMessage("translation", "save", stored.lastEditedBy)).toBe(
      "Ada saved this translation after you opened it. Your changes were not saved: compare them with the current translation, merge by hand and save again.",
    );
    expect(conflictMessage("edition", "save", null)).toBe(new ConflictError({ ...stored, lastEditedBy: null }).message);
  });

  it("tells a refused decision to look at the current version", () => {
    expect(conflictMessage("edition", "decision", stored.lastEditedBy)).toBe(
      "This edition was changed after you opened it. Look at the current version before deciding again.",
    );
  });

  it("carries the stored version", () => {
    const conflict = conflictWith("translation", "save", stored);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.conflict).toBe(stored);
  });

  it("passes the version the person opened, or none named, and refuses an older one", async () => {
    const refusal = async () => conflictWith("edition", "decision", stored);
    await expect(ensureUnchangedSince(3, 3, refusal)).resolves.toBeUndefined();
    await expect(ensureUnchangedSince(undefined, 3, refusal)).resolves.toBeUndefined();
    await expect(ensureUnchangedSince(2, 3, refusal)).rejects.toThrow(/was changed after you opened it/);
  });
});
