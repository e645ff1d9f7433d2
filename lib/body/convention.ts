// The press office's plain-text convention, one line at a time. The parser reads lines with it and the
// serializer asks it whether a line it is about to write would read back as intended.
import { SUBPOINT_MARKERS, type SubpointMarker } from "./schema";

export type LineReading =
  | { kind: "numbered"; number: number; text: string }
  | { kind: "subpoint"; marker: SubpointMarker; text: string }
  | { kind: "note"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "question"; text: string }
  | { kind: "answer"; text: string }
  /** "[image: <library id>]", "[attachment: <library id>]": a photo or file from the media library, alone on its line. */
  | { kind: "image" | "attachment"; mediaId: string; text: string }
  /** Plain text: a paragraph, or inside an interview a further paragraph of the answer. */
  | { kind: "bare"; text: string };

/** A line starting with a backslash is plain text, whatever follows: the serializer's escape. */
const ESCAPE = "\\";

// "1. text" and "1) text"; three digits at most, so a date such as "2017. 11. 20." stays text.
const NUMBERED = /^(\d{1,3})[.)] (.+)$/;
// The note sign may touch its text ("※Heads of delegations").
const NOTE = /^※ ?(.+)$/;
const HEADING = /^#{1,3} (.+)$/;
const QUESTION = /^(?:Q|Question|문|질문) ?\d{0,3} ?(?:[:：] ?|\. )(.+)$/i;
const ANSWER = /^(?:A|Answer|답|답변) ?\d{0,3} ?[:：] ?(.+)$/i;
// "A. text" is an answer only inside an interview; elsewhere it is more likely an outline letter.
const ANSWER_WITH_PERIOD = /^(?:A|Answer|답|답변) ?\d{0,3} ?\. (.+)$/i;
// Every marker needs a space after it ("°C", "-5", "o'clock" are text), except the unmistakable "•".
const SUBPOINT = new RegExp(`^(${SUBPOINT_MARKERS.map(escapeRegExp).join("|")}) (.+)$`);
const GLUED_BULLET = /^(•)(\S.*)$/;
// Library ids are cuids; the id must be the whole of the brackets, so "[image: see below]" stays text.
const MEDIA = /^\[(image|attachment): ?([a-z0-9]{8,40})\]$/;

/**
 * Reads one line whose whitespace is already normalised (see normalizeInlineText).
 * `inInterview`: a question or answer came before, with no heading since.
 */
export function readLine(line: string, inInterview: boolean): LineReading {
  if (line.startsWith(ESCAPE)) return { kind: "bare", text: line.slice(ESCAPE.length).trim() };
  const media = MEDIA.exec(line);
  if (media) return { kind: media[1] as "image" | "attachment", mediaId: media[2]!, text: line };
  let match = NUMBERED.exec(line);
  if (match) return { kind: "numbered", number: Number(match[1]), text: match[2] ?? "" };
  match = NOTE.exec(line);
  if (match) return { kind: "note", text: (match[1] ?? "").trim() };
  match = HEADING.exec(line);
  if (match) return { kind: "heading", text: match[1] ?? "" };
  match = QUESTION.exec(line);
  if (match) return { kind: "question", text: (match[1] ?? "").trim() };
  match = ANSWER.exec(line) ?? (inInterview ? ANSWER_WITH_PERIOD.exec(line) : null);
  if (match) return { kind: "answer", text: (match[1] ?? "").trim() };
  match = SUBPOINT.exec(line) ?? GLUED_BULLET.exec(line);
  if (match) return { kind: "subpoint", marker: match[1] as SubpointMarker, text: match[2] ?? "" };
  return { kind: "bare", text: line };
}

/** The line that reads back as plain text `text`: the text itself, or escaped when it would read as something else. */
export function bareLine(text: string, inInterview: boolean): string {
  const reading = readLine(text, inInterview);
  return reading.kind === "bare" && reading.text === text ? text : ESCAPE + text;
}

export const INDENT_PER_LEVEL = "  ";

/** The line of a photo or file block. */
export function mediaLine(kind: "image" | "attachment", mediaId: string): string {
  return `[${kind}: ${mediaId}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}
