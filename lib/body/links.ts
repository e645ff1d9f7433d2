// Links inside plain text, for the renderer. Client-safe.

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; href: string; text: string };

// Only http(s) is ever a link: javascript:, data:, vbscript:, file: and the rest stay text.
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"’”)\]}>]+$/;
const CLOSER_FOR: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Splits text into plain runs and http(s) links. Joining every segment's `text` gives back the input. */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const start = match.index;
    const written = trimTrailing(match[0]);
    const href = safeHref(written);
    if (!href) continue;
    if (start > cursor) segments.push({ kind: "text", text: text.slice(cursor, start) });
    segments.push({ kind: "link", href, text: written });
    cursor = start + written.length;
  }
  if (cursor < text.length) segments.push({ kind: "text", text: text.slice(cursor) });
  return mergeText(segments);
}

// "(see https://example.org/a_(b))." keeps the balanced ")" and drops the sentence's own.
function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    const tail = TRAILING_PUNCTUATION.exec(url);
    if (!tail) return url;
    const last = url.at(-1) ?? "";
    const opener = CLOSER_FOR[last];
    if (opener && count(url, opener) >= count(url, last)) return url;
    url = url.slice(0, -1);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function safeHref(written: string): string | null {
  try {
    const url = new URL(written);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

function mergeText(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (segment.kind === "text" && last?.kind === "text") last.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}
