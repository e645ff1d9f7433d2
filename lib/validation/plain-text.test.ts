import { describe, expect, it } from "vitest";
import { controlCharacterPaths, hasControlCharacters, plainString, withoutControlCharacters } from "./plain-text";

describe("text from outside carries no control characters", () => {
  it("refuses NUL, the other C0 controls, DEL and the C1 controls, with the field's name in the message", () => {
    const schema = plainString("The name");
    for (const control of ["\u0000", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F"]) {
      const result = schema.safeParse(`Kim${control}Jong`);
      expect(result.success, JSON.stringify(control)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("The name contains an invisible control character; remove it and try again");
    }
  });

  it("keeps tabs and line breaks (each field decides about those), and every script", () => {
    for (const text of ["a\tb", "line\nline", "crlf\r\n", "외교부", "Ташкент", "🇰🇷", "U+2028\u2028"]) {
      expect(hasControlCharacters(text), text).toBe(false);
      expect(plainString().safeParse(text).success).toBe(true);
    }
  });

  it("chains like z.string(): trim, bounds and the control check together", () => {
    const schema = plainString("The code").trim().min(1).max(4);
    expect(schema.parse("  ab ")).toBe("ab");
    expect(schema.safeParse("abcde").success).toBe(false);
    expect(schema.safeParse("a\u0000").success).toBe(false);
  });

  it("drops controls for lenient readers", () => {
    expect(withoutControlCharacters("a\u0000b\u0007c\td")).toBe("abc\td");
  });

  it("finds every path of a nested input that holds a control character", () => {
    expect(
      controlCharacterPaths({ title: "ok", "names.en": "a\u0000", blocks: [{ text: "fine" }, { text: "bell\u0007" }], tags: ["x", "\u0001"], n: 3 }),
    ).toEqual(["names.en", "blocks.1.text", "tags.1"]);
    expect(controlCharacterPaths("\u0000")).toEqual(["form"]);
    expect(controlCharacterPaths({ clean: "text" })).toEqual([]);
  });
});
