import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonText } from "./json-text";

describe("jsonText", () => {
  const pages = jsonText(z.string({ error: "Choose a file." }), "The file could not be read.").pipe(z.array(z.number()));

  it("reads JSON into the shape it is piped to", () => {
    expect(pages.parse("[1, 2]")).toEqual([1, 2]);
  });

  it("answers with the field's own messages when the text is missing or is not JSON", () => {
    expect(pages.safeParse(undefined).error?.issues[0]?.message).toBe("Choose a file.");
    expect(pages.safeParse("[1,").error?.issues.map((issue) => issue.message)).toEqual(["The file could not be read."]);
  });
});
