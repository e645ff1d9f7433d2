// The text of a search result: a short plain-text passage around the first match, and the pieces a page wraps in
// <mark>. Pure and client-safe; never HTML — React renders every piece as text.

/** About two lines of a result, as search pages show them. */
export const SNIPPET_LENGTH = 220;
/** How much text to keep before the first match, so it reads as part of a sentence. */
const LEAD = 70;
/** How far to look for a space to cut at before cutting inside a word (Korean has spaces; Chinese need not). */
const WORD_REACH = 24;

export interface TextPart {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pattern for every term, longest first so "Azerbaijani" wins over "Azerbaijan"; null without terms. */
export function termPattern(terms: readonly string[]): RegExp | null {
  const usable = [...new Set(terms.filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  return usable.length === 0 ? null : new RegExp(usable.map(escapeRegExp).join("|"), "giu");
}

/** The text split into matched and unmatched pieces, in order; joined they give the text back. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern || text === "") return text === "" ? [] : [{ text, match: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

// Never cut between the halves of a surrogate pair (an emoji, a rare Han character).
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

/** Moves a start forward to just after a space, if one is near; the text before it is dropped. */
function startAtWord(text: string, start: number, limit: number): number {
  if (start <= 0) return 0;
  const space = text.indexOf(" ", start - 1);
  return space !== -1 && space < Math.min(limit, start + WORD_REACH) ? space + 1 : safeIndex(text, start);
}

/** Moves an end back to a space, if one is near. */
function endAtWord(text: string, end: number, limit: number): number {
  if (end >= text.length) return text.length;
  const space = text.lastIndexOf(" ", end);
  return space !== -1 && space >= Math.max(limit, end - WORD_REACH) ? space : safeIndex(text, end);
}

/**
 * A passage of a localization's search text (title, summary and body as plain text) around the first place any
 * term occurs, at most about `length` characters, with "…" where it was cut. The title is left out: the result
 * shows it above the passage. Without a match past the title, the passage is the text's beginning.
 */
export function makeSnippet(searchText: string, title: string, terms: readonly string[], length: number = SNIPPET_LENGTH): string {
  const withoutTitle = title && searchText.startsWith(title) ? searchText.slice(title.length) : searchText;
  const text = withoutTitle.replace(/\s+/gu, " ").trim();
  if (text.length <= length) return text;

  const pattern = termPattern(terms);
  const found = pattern ? pattern.exec(text) : null;
  let start = 0;
  let end = length;
  if (found) {
    const matchEnd = found.index + found[0].length;
    start = Math.max(0, found.index - LEAD);
    end = Math.min(text.length, Math.max(start + length, matchEnd));
    start = Math.max(0, Math.min(start, end - length));
    start = startAtWord(text, start, found.index);
    end = endAtWord(text, end, matchEnd);
  } else {
    end = endAtWord(text, end, 0);
  }
  const passage = text.slice(start, end).trim();
  // "Seoul. …", not "Seoul.…": the passage ended with its sentence, and more follows.
  const more = end < text.length ? (/[.!?。]$/u.test(passage) ? " …" : "…") : "";
  return `${start > 0 ? "…" : ""}${passage}${more}`;
}
