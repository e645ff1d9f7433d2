// Plain text in the press office's convention → body. Client-safe, so the editor's text mode can use it.
import { readLine } from "./convention";
import { assignIds } from "./keep-ids";
import {
  BODY_LIMITS,
  MAX_SUBPOINT_LEVEL,
  bodySchema,
  describeBodyIssues,
  normalizeInlineText,
  readsAsNoteListItem,
  type Body,
  type BlockDraft,
  type NoteListMarker,
} from "./schema";

export { countStructure, deriveNumbers, type BodyStructure } from "./structure";

/** The text cannot become a valid body (too long a paragraph, too many blocks…). */
export class BodyTextError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("; "));
    this.name = "BodyTextError";
  }
}

export interface ParseBodyOptions {
  /** The body this text was edited from: unchanged and edited blocks keep their ids. */
  previous?: Body;
}

/**
 * Reads the convention: one block per line (blank lines are only spacing), `1.`/`1)` numbered paragraphs
 * (the number is dropped: it is derived from order), `o ° ㅇ ◦ - – · •` sub-points (indentation gives the
 * level), `※` notes (with the `-`/`·`/`•` lines right under them as their list), `## ` headings,
 * `Q:`/`A:` (also `Q.`, `Question:`, `문:`/`답:`); after a question, plain lines are answer paragraphs
 * until a heading. `[image: <id>]` and `[attachment: <id>]` alone on a line are a photo or file from the media
 * library. A line starting with `\` is plain text whatever follows.
 * @throws BodyTextError when the result breaks the body's limits.
 */
export function parseBody(text: string, options: ParseBodyOptions = {}): Body {
  return parseBodyLines(splitLines(text), options);
}

/** parseBody for text already split by splitLines (the importer splits a page once). */
export function parseBodyLines(lines: readonly BodyLine[], options: ParseBodyOptions = {}): Body {
  const drafts = readDrafts(lines);
  if (drafts.length > BODY_LIMITS.maxBlocks) {
    throw new BodyTextError([`The text has more than ${BODY_LIMITS.maxBlocks} blocks, the most a body can hold`]);
  }
  const result = bodySchema.safeParse(assignIds(drafts, options.previous ?? []));
  if (!result.success) throw new BodyTextError(describeBodyIssues(result.error));
  return result.data;
}

export interface BodyLine {
  /** Width of the leading whitespace: tab 4, ideographic space 2, any other space 1. */
  indent: number;
  content: string;
}

const STRAY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const LEADING_SPACE = /^[\s\u200B]*/;

/** Non-blank lines with their whitespace folded, each with the width of its indentation. */
function splitLines(text: string): BodyLine[] {
  const lines: BodyLine[] = [];
  for (const raw of text.replace(STRAY_CONTROL, "").split(LINE_BREAK)) {
    const content = normalizeInlineText(raw);
    if (content) lines.push({ indent: indentWidth(raw), content });
  }
  return lines;
}

/** Width of a line's leading whitespace (the importer measures page lines the same way). */
export function indentWidth(raw: string): number {
  let width = 0;
  for (const char of LEADING_SPACE.exec(raw)?.[0] ?? "") {
    if (char === "\t") width += 4;
    else if (char === "\u3000") width += 2;
    else if (char !== "\u200B" && char !== "\uFEFF") width += 1;
  }
  return width;
}

function readDrafts(lines: readonly BodyLine[]): BlockDraft[] {
  const drafts: BlockDraft[] = [];
  let inInterview = false;
  // Indentation of each open level in the current run of sub-points; the first one is level 1 wherever it sits.
  let levels: number[] = [];

  for (const { indent, content } of lines) {
    // Past the limit the body is refused anyway: stop reading (a 2 MB paste of noise must fail fast).
    if (drafts.length > BODY_LIMITS.maxBlocks) break;
    const line = readLine(content, inInterview);
    if (!line.text) continue;
    const last = drafts.at(-1);

    if (line.kind === "subpoint") {
      if (last?.kind === "note" && readsAsNoteListItem(last, line.marker)) {
        last.list ??= { marker: line.marker as NoteListMarker, items: [] };
        last.list.items.push(line.text);
        continue;
      }
      drafts.push({ kind: "subpoint", marker: line.marker, level: levelFor(levels, indent), text: line.text });
      continue;
    }

    levels = [];
    switch (line.kind) {
      case "numbered":
        drafts.push({ kind: "numbered", text: line.text });
        break;
      case "note":
        drafts.push({ kind: "note", text: line.text });
        break;
      case "heading":
        inInterview = false;
        drafts.push({ kind: "heading", text: line.text });
        break;
      case "question":
        inInterview = true;
        drafts.push({ kind: "question", text: line.text });
        break;
      case "answer":
        inInterview = true;
        drafts.push({ kind: "answer", text: line.text });
        break;
      case "bare":
        drafts.push({ kind: inInterview ? "answer" : "paragraph", text: line.text });
        break;
      case "image":
      case "attachment":
        drafts.push({ kind: line.kind, mediaId: line.mediaId });
        break;
    }
  }
  return drafts;
}

/** Deeper indentation opens the next level (up to 3), shallower closes back to the level it matches. */
function levelFor(levels: number[], indent: number): number {
  while (levels.length > 0 && indent < levels[levels.length - 1]!) levels.pop();
  const top = levels.at(-1);
  if (top === undefined || (indent > top && levels.length < MAX_SUBPOINT_LEVEL)) levels.push(indent);
  return levels.length;
}
