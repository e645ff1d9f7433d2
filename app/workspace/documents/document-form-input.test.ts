import { describe, expect, it } from "vitest";
import { createDocumentFormSchema, saveEditionFormSchema, toCreateDocumentInput, toSaveEditionInput } from "./document-form-input";

const BODY = [{ id: "block-one", kind: "numbered", text: "The Minister met the ambassadors." }];

describe("the editing form's input", () => {
  it("turns the flat form into the service's input: tags grouped, one id per hidden input", () => {
    const parsed = saveEditionFormSchema.parse({
      editionId: "edition-1",
      lockVersion: "4",
      slug: "forum-outcome",
      title: "  Forum   outcome ",
      summary: "",
      publicDate: "2026-03-30",
      body: JSON.stringify(BODY),
      countries: ["kz", "kz", "tj"],
      people: "cho",
      changeType: "MAJOR",
      changeNote: "Corrected the date.",
    });
    expect(toSaveEditionInput(parsed)).toMatchObject({
      editionId: "edition-1",
      lockVersion: 4,
      slug: "forum-outcome",
      title: "Forum outcome",
      body: BODY,
      taxonomy: { people: ["cho"], countries: ["kz", "kz", "tj"], organisations: [], topics: [], events: [] },
      relatedDocumentIds: [],
      changeNote: "Corrected the date.",
    });
  });

  it("names the block a refused body is about", () => {
    const result = saveEditionFormSchema.safeParse({
      editionId: "edition-1",
      lockVersion: "1",
      title: "Title",
      publicDate: "2026-03-30",
      body: JSON.stringify([...BODY, { id: "block-two", kind: "numbered", text: "   " }]),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain("body.1.text");
  });

  it("refuses a body that is not JSON with a message for people", () => {
    const result = saveEditionFormSchema.safeParse({ editionId: "e", lockVersion: "1", title: "Title", publicDate: "2026-03-30", body: "{oops" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["body"], message: expect.stringContaining("could not be read") });
  });

  it("leaves a new document's address to be made from the title when it is left empty", () => {
    const parsed = createDocumentFormSchema.parse({ kind: "INTERVIEW", title: "Ambassador's interview", slug: " ", publicDate: "2026-03-30", body: "[]" });
    expect(toCreateDocumentInput(parsed)).toMatchObject({ kind: "INTERVIEW", slug: undefined, title: "Ambassador's interview", body: [] });
    expect(createDocumentFormSchema.safeParse({ kind: "INTERVIEW", title: "T", slug: "Not A Slug", publicDate: "2026-03-30", body: "[]" }).success).toBe(false);
  });

  it("takes an emptied public date as none, and still refuses one that is not a date", () => {
    const form = { editionId: "e", lockVersion: "1", title: "Title", body: "[]" };
    expect(toSaveEditionInput(saveEditionFormSchema.parse({ ...form, publicDate: " " })).publicDate).toBeNull();
    expect(saveEditionFormSchema.safeParse({ ...form, publicDate: "2026-02-30" }).error?.issues[0]).toMatchObject({ path: ["publicDate"], message: "Enter a date like 2025-03-30" });
  });
});
