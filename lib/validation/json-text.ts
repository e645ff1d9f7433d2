// A form field that carries JSON (the importer's files, the editor's body): text that does not parse is a field error
// with a message the person can act on, never a thrown SyntaxError.
import { z } from "zod";

/** `text` (the field's own string schema) parsed as JSON, `unreadable` when it does not parse; pipe it into the shape. */
export function jsonText(text: z.ZodString, unreadable: string) {
  return text.transform((value, ctx) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: unreadable });
      return z.NEVER;
    }
  });
}
