import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import { saveOrConflict } from "./save-or-conflict";

describe("an editor's save", () => {
  const theirs = { lockVersion: 4, lastEditedBy: { id: "u2", name: "Ada", email: "ada@example.test" }, updatedAt: new Date(0), current: { title: "Theirs" } };

  it("answers with the save when nobody saved in between", async () => {
    expect(await saveOrConflict(async () => ({ lockVersion: 3 }))).toEqual({ saved: { lockVersion: 3 } });
  });

  it("answers with the other person's version and the message when someone saved after it was opened", async () => {
    const answer = await saveOrConflict<never, { title: string }>(async () => {
      throw new ConflictError(theirs);
    });
    expect(answer).toEqual({ conflict: theirs, message: expect.stringMatching(/^Ada saved this edition after you opened it\./) });
  });

  it("lets any other failure through to the action wrapper", async () => {
    await expect(
      saveOrConflict(async () => {
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
  });
});
