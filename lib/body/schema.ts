// The one schema for a document body. Imported by client components too: no node: imports here.
import { z } from "zod";
import { hasControlCharacters } from "@/lib/validation/plain-text";

export { splitLinks, type TextSegment } from "./links";

export const BODY_LIMITS = {
  // Numbered paragraphs are read back by a three-digit pattern, so "2017. 11. 20." is never taken for
  // paragraph 2017; a body never needs more blocks than that (the longest interviews run to ~150).
  maxBlocks: 999,
  maxTextLength: 10_000,
  maxListItems: 100,
  maxTranslatorNoteLength: 2_000,
} as const;

/** Sub-point markers, kept as the author wrote them. "ㅇ" is the Korean-keyboard "o". */
export const SUBPOINT_MARKERS = ["o", "°", "ㅇ", "◦", "-", "–", "·", "•"] as const;
export type SubpointMarker = (typeof SUBPOINT_MARKERS)[number];

/** Markers that, right under a ※ note, make the lines the note's own list. */
export const NOTE_LIST_MARKERS = ["-", "–", "·", "•"] as const;
export type NoteListMarker = (typeof NOTE_LIST_MARKERS)[number];

export const MAX_SUBPOINT_LEVEL = 3;

// JS `\s` covers NBSP, the Unicode space separators and the ideographic space as well as tabs.
const WHITESPACE_RUN = /\s+/g;
// Zero-width space, BOM and soft hyphen carry nothing a reader sees; ZWJ/ZWNJ are kept (scripts need them).
const INVISIBLE = /[\u200B\uFEFF\u00AD]/g;
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

// Half a surrogate pair is not text: PostgreSQL refuses it in JSON, so it becomes U+FFFD like any unreadable byte.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Trims, folds every run of whitespace (tabs, NBSP…) into one space, drops invisible characters and composes
 * to NFC (text copied on a Mac can carry decomposed Hangul, which looks the same and matches nothing).
 */
export function normalizeInlineText(text: string): string {
  return text
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .replace(WHITESPACE_RUN, " ")
    .trim();
}

function inlineText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text` })
    .refine((s) => !LINE_BREAK.test(s), {
      error: `${label} must be one paragraph: start a new block instead of a line break`,
    })
    .refine((s) => !hasControlCharacters(s), { error: `${label} contains control characters` })
    .transform(normalizeInlineText)
    .pipe(
      z
        .string()
        .min(1, { error: `${label} is empty` })
        .max(max, { error: `${label} is longer than ${max.toLocaleString("en")} characters` }),
    );
}

const text = inlineText("Text", BODY_LIMITS.maxTextLength);

export const blockIdSchema = z
  .string({ error: "Block id must be text" })
  .regex(/^[A-Za-z0-9_-]{4,40}$/, { error: "Block id must be 4–40 letters, digits, “-” or “_”" });

const common = {
  id: blockIdSchema,
  /** A translator's note on this block (a kept term, an ambiguity, a romanisation); readers see it as a numbered footnote. */
  translatorNote: inlineText("Translator's note", BODY_LIMITS.maxTranslatorNoteLength).optional(),
};

export const numberedBlockSchema = z.object({ kind: z.literal("numbered"), ...common, text });
export const subpointBlockSchema = z.object({
  kind: z.literal("subpoint"),
  ...common,
  marker: z.enum(SUBPOINT_MARKERS, { error: `Sub-point marker must be one of ${SUBPOINT_MARKERS.join(" ")}` }),
  level: z
    .number({ error: "Sub-point level must be a number" })
    .int({ error: "Sub-point level must be a whole number" })
    .min(1, { error: "Sub-point level starts at 1" })
    .max(MAX_SUBPOINT_LEVEL, { error: `Sub-point level is at most ${MAX_SUBPOINT_LEVEL}` }),
  text,
});
export const noteListSchema = z.object({
  marker: z.enum(NOTE_LIST_MARKERS, { error: `A note's list marker must be one of ${NOTE_LIST_MARKERS.join(" ")}` }),
  items: z
    .array(inlineText("List item", BODY_LIMITS.maxTextLength))
    .min(1, { error: "A note's list needs at least one item (leave the list out otherwise)" })
    .max(BODY_LIMITS.maxListItems, { error: `A note's list has at most ${BODY_LIMITS.maxListItems} items` }),
});
/** A ※ note. The marker lines written right under it ("- Tajikistan: …") are its list, as a reader sees them. */
export const noteBlockSchema = z.object({ kind: z.literal("note"), ...common, text, list: noteListSchema.optional() });
export const headingBlockSchema = z.object({ kind: z.literal("heading"), ...common, text });
export const paragraphBlockSchema = z.object({ kind: z.literal("paragraph"), ...common, text });
export const questionBlockSchema = z.object({ kind: z.literal("question"), ...common, text });
/** One paragraph of an answer; an answer of several paragraphs is consecutive answer blocks. */
export const answerBlockSchema = z.object({ kind: z.literal("answer"), ...common, text });

/** The id of a photo or file in the media library (a cuid). */
export const mediaIdSchema = z
  .string({ error: "A photo or file must be named by its library id" })
  .regex(/^[a-z0-9]{8,40}$/, { error: "A library id is 8–40 lower-case letters and digits" });
/**
 * A photo from the media library. Its alt text, caption and credit belong to the photo (translated once for every
 * document that shows it), so the block carries only which photo: there is nothing in it to translate.
 */
const mediaCommon = { ...common, mediaId: mediaIdSchema };
export const imageBlockSchema = z.object({ kind: z.literal("image"), ...mediaCommon });
/** A file from the media library (a joint statement as PDF…), offered for download where it stands. */
export const attachmentBlockSchema = z.object({ kind: z.literal("attachment"), ...mediaCommon });

export const blockSchema = z.discriminatedUnion(
  "kind",
  [
    numberedBlockSchema,
    subpointBlockSchema,
    noteBlockSchema,
    headingBlockSchema,
    paragraphBlockSchema,
    questionBlockSchema,
    answerBlockSchema,
    imageBlockSchema,
    attachmentBlockSchema,
  ],
  { error: "Unknown block kind" },
);

export type Block = z.output<typeof blockSchema>;
export type BlockKind = Block["kind"];
export type SubpointBlock = z.output<typeof subpointBlockSchema>;
export type NoteBlock = z.output<typeof noteBlockSchema>;
export type NoteList = z.output<typeof noteListSchema>;
export type QuestionBlock = z.output<typeof questionBlockSchema>;
export type AnswerBlock = z.output<typeof answerBlockSchema>;
export type ImageBlock = z.output<typeof imageBlockSchema>;
export type AttachmentBlock = z.output<typeof attachmentBlockSchema>;
/** Blocks that show something from the media library rather than text. */
export type MediaBlock = ImageBlock | AttachmentBlock;
/** Blocks made of words: everything a translator translates. */
export type TextBlock = Exclude<Block, MediaBlock>;
export type TextBlockKind = TextBlock["kind"];
/** A block before it has an id (what the parser reads, what an editor inserts). */
export type BlockDraft = Block extends infer B ? (B extends Block ? Omit<B, "id"> : never) : never;

export const BLOCK_KINDS = [
  "numbered",
  "subpoint",
  "note",
  "heading",
  "paragraph",
  "question",
  "answer",
  "image",
  "attachment",
] as const satisfies readonly BlockKind[];

const MEDIA_BLOCK_KINDS = ["image", "attachment"] as const satisfies readonly MediaBlock["kind"][];
export const TEXT_BLOCK_KINDS = BLOCK_KINDS.filter(
  (kind): kind is TextBlockKind => !(MEDIA_BLOCK_KINDS as readonly string[]).includes(kind),
);

/** A block's words; a photo or file has none of its own. */
export function textOf(block: Block): string {
  return isMediaBlock(block) ? "" : block.text;
}

export function isMediaBlock<B extends { kind: string }>(block: B): block is Extract<B, { kind: MediaBlock["kind"] }> {
  return block.kind === "image" || block.kind === "attachment";
}

/**
 * Rules on the order of blocks. Each one is a place where the plain-text convention could not tell two
 * bodies apart, so a body that breaks it could not be edited as text and come back the same.
 */
export function findOrderProblems(blocks: readonly Block[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  const seen = new Set<string>();
  let inInterview = false;
  blocks.forEach((block, index) => {
    const previous = index > 0 ? blocks[index - 1] : undefined;
    if (seen.has(block.id)) problems.push({ index, message: `Block id “${block.id}” is used twice` });
    seen.add(block.id);

    if (block.kind === "subpoint") {
      const deepest = previous?.kind === "subpoint" ? previous.level + 1 : 1;
      if (block.level > deepest) {
        problems.push({
          index,
          message:
            deepest === 1
              ? "A sub-point after another kind of block starts at level 1"
              : `A sub-point can go at most one level deeper than the one before it (level ${deepest} here)`,
        });
      }
      if (previous?.kind === "note" && readsAsNoteListItem(previous, block.marker)) {
        problems.push({
          index,
          message: `A “${block.marker}” line right under a ※ note reads as the note's list: add it to the note's list, or use another marker`,
        });
      }
    }
    if (block.kind === "heading") inInterview = false;
    if (block.kind === "question" || block.kind === "answer") inInterview = true;
    if (block.kind === "paragraph" && inInterview) {
      problems.push({
        index,
        message:
          "After questions and answers a plain paragraph reads as part of the answer: make it an answer, or put a heading before it",
      });
    }
  });
  return problems;
}

/** Whether a marker line right under this note joins the note's list. */
export function readsAsNoteListItem(note: Pick<NoteBlock, "list">, marker: string): boolean {
  if (note.list) return marker === note.list.marker;
  return (NOTE_LIST_MARKERS as readonly string[]).includes(marker);
}

export const bodySchema = z
  .array(blockSchema, { error: "A body is a list of blocks" })
  .max(BODY_LIMITS.maxBlocks, { error: `A body has at most ${BODY_LIMITS.maxBlocks} blocks` })
  .superRefine(
    (blocks, ctx) => {
      for (const problem of findOrderProblems(blocks)) {
        ctx.addIssue({ code: "custom", message: problem.message, path: [problem.index] });
      }
    },
    // Order only means something once every block is valid on its own.
    { when: (payload) => payload.issues.length === 0 },
  );

export type Body = z.output<typeof bodySchema>;

/** One readable line per problem, naming the block by its position ("Block 3: Text is empty"). */
export function describeBodyIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const [first] = issue.path;
    return typeof first === "number" ? `Block ${first + 1}: ${issue.message}` : issue.message;
  });
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
const ID_LENGTH = 10;

/** A short random block id: 10 characters of base36 (~51 bits), unbiased. */
export function newBlockId(): string {
  let id = "";
  while (id.length < ID_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(ID_LENGTH * 2))) {
      // 252 = 7 × 36: bytes above it would favour the first letters of the alphabet.
      if (byte < 252 && id.length < ID_LENGTH) id += ID_ALPHABET[byte % 36];
    }
  }
  return id;
}
