import { describe, expect, it } from "vitest";
import { httpUrlSchema, parseInput } from "@/lib/validation/input-fields";
import { createDocumentInputSchema, rejectInputSchema, saveEditionInputSchema } from "./document-input";
import { checkChangeNote } from "@/lib/editions/edition-records";
import { InputError } from "@/lib/errors";

describe("document input", () => {
  it("tidies the title and requires it", () => {
    const input = parseInput(createDocumentInputSchema, { kind: "PRESS_RELEASE", title: "  Minister\n meets   envoy " });
    expect(input.title).toBe("Minister meets envoy");
    expect(() => parseInput(createDocumentInputSchema, { kind: "PRESS_RELEASE", title: "   " })).toThrow(/title is required/);
    expect(() => parseInput(createDocumentInputSchema, { kind: "PRESS_RELEASE", title: "x".repeat(301) })).toThrow(/longer than 300/);
  });

  it("reports problems per field", () => {
    try {
      parseInput(saveEditionInputSchema, { editionId: "e", lockVersion: 1, publicDate: "2025-02-30", slug: "Not OK" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect(Object.keys((error as InputError).fieldErrors).sort()).toEqual(["publicDate", "slug"]);
    }
  });

  it("accepts only http(s) links", () => {
    expect(httpUrlSchema.safeParse("https://apa.az/en/interview").success).toBe(true);
    expect(httpUrlSchema.safeParse("http://example.org").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org", "//example.org", "example.org"]) {
      expect(httpUrlSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("takes the body as blocks or as text, not both", () => {
    expect(() =>
      parseInput(saveEditionInputSchema, { editionId: "e", lockVersion: 1, body: [], bodyText: "text" }),
    ).toThrow(/not both/);
    expect(() =>
      parseInput(saveEditionInputSchema, { editionId: "e", lockVersion: 1, body: [{ kind: "paragraph", id: "x", text: "t" }] }),
    ).toThrow(InputError);
  });

  it("clears empty optional fields and de-duplicates tags", () => {
    const input = parseInput(saveEditionInputSchema, {
      editionId: "e",
      lockVersion: "3",
      interviewee: "  ",
      sourceUrl: "",
      taxonomy: { countries: ["a", "a", "b"] },
    });
    expect(input).toMatchObject({ lockVersion: 3, interviewee: null, sourceUrl: null, taxonomy: { countries: ["a", "b"] } });
  });

  it("requires a comment to send an edition back", () => {
    expect(() => parseInput(rejectInputSchema, { editionId: "e", comment: " \n " })).toThrow(/comment for the writer is required/);
    expect(parseInput(rejectInputSchema, { editionId: "e", comment: "Line one\r\nLine two" }).comment).toBe("Line one\nLine two");
  });
});

describe("change notes", () => {
  it("are required for major corrections only", () => {
    expect(checkChangeNote({ number: 1, changeType: "MAJOR", changeNote: null }).ok).toBe(true);
    expect(checkChangeNote({ number: 2, changeType: "MINOR", changeNote: null }).ok).toBe(true);
    expect(checkChangeNote({ number: 2, changeType: "MAJOR", changeNote: "Corrected the date." }).ok).toBe(true);
    expect(checkChangeNote({ number: 2, changeType: "MAJOR", changeNote: " " })).toEqual({
      ok: false,
      reason: "A major change needs a change note for readers (or mark it as a minor change).",
    });
  });

  it("are limited in length", () => {
    expect(() => parseInput(saveEditionInputSchema, { editionId: "e", lockVersion: 1, changeNote: "x".repeat(501) })).toThrow(/longer than 500/);
  });
});
