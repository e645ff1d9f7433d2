// The importer's structural rules: how a copied page's chrome, headline, metadata and dialogue are told apart by
// their shape (runs of short lines, label/value pairs, repeats, position), not by the words of one site. Each rule is
// named; the parser records the names of the rules that decided each field, and those are the reasons shown to the
// editor. Line-level patterns live in chrome.ts and page-meta.ts; this file works on runs of lines.
import { readLine } from "@/lib/body/convention";
import { indentWidth, type BodyLine } from "@/lib/body/parse";
import { normalizeInlineText } from "@/lib/body/schema";
import { readStandaloneDate } from "./page-meta";

/** One non-blank line of the page with its place: `gapBefore` when a blank line (or the page start) precedes it. */
export interface PageLine extends BodyLine {
  gapBefore: boolean;
}

const RAW_LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
const STRAY_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/** Non-blank lines, whitespace folded (no-break-space spacer lines count as blank), each knowing whether a blank line came before. */
export function toPageLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let gap = true;
  for (const raw of text.replace(STRAY_CONTROL, "").split(RAW_LINE_BREAK)) {
    const content = normalizeInlineText(raw);
    if (!content) {
      gap = true;
      continue;
    }
    lines.push({ indent: indentWidth(raw), content, gapBefore: gap });
    gap = false;
  }
  return lines;
}

/** Lines with any text on them, counted without reading them: a cheap first look at a very large file. */
export function countTextLines(text: string): number {
  let count = 0;
  for (const raw of text.split(RAW_LINE_BREAK)) if (/\S/.test(raw)) count++;
  return count;
}

export const RULE_NAMES = {
  navigationRun: "navigation run",
  numberedMenu: "numbered menu or breadcrumb",
  metadataBlock: "metadata block",
  siteClock: "site clock",
  repeatedHeadline: "repeated headline",
  truncatedHeadlineCopy: "truncated headline copy",
  teaserCopy: "teaser copy",
  repeatedLine: "repeated line",
  endMark: "end mark",
  trailingChrome: "trailing chrome",
  koreanTopLevel: "Korean top-level marker",
  labelledDialogue: "labelled questions and answers",
  speakerLabels: "speaker labels",
  dashDialogue: "dash-marked questions and answers",
  unmarkedDialogue: "unmarked questions and answers",
} as const;
export type RuleName = (typeof RULE_NAMES)[keyof typeof RULE_NAMES];

/** A line cut short by the site ("…Romania:..."): a teaser or breadcrumb, not a finished sentence. */
const ELLIPSIS = /(?:\.{3}|…)$/;
const SENTENCE_END = /[.!?。][”"’')\]]*$/;
const HANGUL = /[\uAC00-\uD7A3]/g;

/** Body prose: a long line that ends a sentence. Korean says as much in about half the characters. */
export function isProse(line: string): boolean {
  if (ELLIPSIS.test(line)) return false;
  const hangul = line.match(HANGUL)?.length ?? 0;
  const minLength = hangul * 2 >= line.length ? 40 : 80;
  return line.length >= minLength && SENTENCE_END.test(line);
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** A menu entry, a headline in a list, a widget's text: short, and not a sentence. */
function isMenuLike(line: string): boolean {
  return line.length <= 100 && !SENTENCE_END.test(line) && readStandaloneDate(line) === null;
}

/** "1. HOME", "  2. 공관 주요활동 사항": a numbered line whose text is a menu entry rather than a paragraph. */
export function isNumberedMenuItem(line: string): boolean {
  const reading = readLine(line, false);
  return reading.kind === "numbered" && reading.text.length <= 60 && !SENTENCE_END.test(reading.text);
}

/**
 * Navigation runs: lines set one under another with no blank line between, each a menu entry (≥ 3 of them), or
 * numbered menu entries (≥ 2). Menus, language switches, weather and exchange widgets and related-headline lists
 * all take this shape; a release's title, date and paragraphs are set apart by blank lines or end in a full stop.
 * `skip` marks lines another rule already placed (metadata), which break a run.
 */
export function navigationRuns(lines: readonly PageLine[], end: number, skip: (i: number) => boolean): Map<number, RuleName> {
  const found = new Map<number, RuleName>();
  const fits = (i: number) => {
    const content = lines[i]!.content;
    return !skip(i) && (isNumberedMenuItem(content) || (isMenuLike(content) && readLine(content, false).kind === "bare"));
  };
  const mark = (run: readonly number[]) => {
    const numbered = run.filter((i) => isNumberedMenuItem(lines[i]!.content));
    if (numbered.length >= 2) {
      for (const i of run) found.set(i, run.length === numbered.length ? RULE_NAMES.numberedMenu : RULE_NAMES.navigationRun);
      return;
    }
    // A lone numbered line is the release's first paragraph, not a menu entry: the menu is what stands above it.
    const entries = numbered.length === 1 ? run.slice(0, run.indexOf(numbered[0]!)) : [...run];
    if (entries.length === 0) return;
    // The last entry set right on top of the text may be the headline itself.
    const next = entries.at(-1)! + 1;
    if (next < lines.length && !lines[next]!.gapBefore) entries.pop();
    if (entries.length >= 3) for (const i of entries) found.set(i, RULE_NAMES.navigationRun);
  };
  let run: number[] = [];
  for (let i = 0; i < end; i++) {
    if (fits(i) && (run.length === 0 || !lines[i]!.gapBefore)) {
      run.push(i);
      continue;
    }
    if (run.length > 0) mark(run);
    run = fits(i) ? [i] : [];
  }
  if (run.length > 0) mark(run);
  return found;
}

const FIELD_LABEL = /^[\p{L}]{1,12}$/u;
const BYLINE = /^(?:by|author:?|written by|작성자:?|기자) ?\p{Lu}?[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}$/iu;

/** "By Gulgiz Muradova", "Author:" with nothing after it. */
export function isByline(line: string): boolean {
  return BYLINE.test(line) && line.split(" ").length <= 5;
}

/**
 * The metadata block around a date or view-count label: the label/value pairs set right beside it ("부서명" /
 * "아시아태평양국", "작성자" / "주 우즈베키스탄 대사관", "수정일" / its date), bylines and share links with no blank
 * line between. Returns the indices of the block's extra lines.
 */
export function metadataBlock(lines: readonly PageLine[], labels: readonly number[]): Set<number> {
  const block = new Set<number>();
  const isPairAt = (i: number) =>
    i >= 0 && i + 1 < lines.length && FIELD_LABEL.test(lines[i]!.content) && lines[i + 1]!.content.length <= 40 && !lines[i + 1]!.gapBefore;
  for (const label of labels) {
    // Backwards over label/value pairs.
    let i = label;
    while (!lines[i]!.gapBefore && i - 2 >= 0 && isPairAt(i - 2) && !lines[i - 1]!.gapBefore) {
      block.add(i - 2).add(i - 1);
      i -= 2;
    }
    // Forwards over pairs, bylines and short lines until a blank line.
    for (let j = label + 1; j < lines.length && !lines[j]!.gapBefore; j++) {
      if (isPairAt(j)) {
        block.add(j).add(j + 1);
        j++;
      } else if (isByline(lines[j]!.content) || isMenuLike(lines[j]!.content) || readStandaloneDate(lines[j]!.content)) block.add(j);
      else break;
    }
  }
  return block;
}

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
const CLOCK_LINE = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,? )?\d{1,2}:\d{2}(?: ?[AP]M)?$/i;

export function isClockLine(line: string): boolean {
  return CLOCK_LINE.test(line);
}

/**
 * A site clock: today's date (and time) printed in the masthead, above anything of the release's own. It names the
 * weekday ("Friday, December 6, 2024") or has the clock beside it ("12 March 2025" / "Wednesday, 05:01").
 */
export function isSiteClock(lines: readonly PageLine[], i: number, firstContent: number): boolean {
  if (i > firstContent || readStandaloneDate(lines[i]!.content) === null) return false;
  const next = lines[i + 1]?.content ?? "";
  return WEEKDAY.test(lines[i]!.content) || isClockLine(next);
}

/** The headline printed twice before the body (portals repeat it above and below the source line). */
export function repeatedHeadline(lines: readonly PageLine[], candidates: readonly number[]): number | undefined {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const i of candidates) {
    const text = lines[i]!.content;
    if (seen.has(text)) repeated.add(text);
    seen.add(text);
  }
  return candidates.find((i) => repeated.has(lines[i]!.content));
}

/** "HomeSPECIAL GUESTHis Excellency …:..." — a breadcrumb ending in a cut copy of the headline. */
export function isTruncatedHeadlineCopy(lines: readonly PageLine[], i: number, end: number): boolean {
  const line = lines[i]!.content;
  if (!ELLIPSIS.test(line)) return false;
  const stem = line.replace(ELLIPSIS, "").trim();
  const tail = stem.slice(-Math.min(stem.length, 40));
  return tail.length >= 15 && lines.some((other, j) => j !== i && j < end && other.content.length > tail.length && other.content.includes(tail));
}

/**
 * A portal's summary above the article: the article's opening lines copied (maybe run together) before the
 * article itself. Returns the lines from the first copied line up to where the article's own copy begins.
 */
export function teaserCopy(lines: readonly PageLine[], from: number, end: number): Set<number> {
  const found = new Set<number>();
  // The summary opens the article's column and the article follows within a screen or two.
  const searchEnd = Math.min(end, from + TEASER_REACH);
  for (let i = from; i < Math.min(searchEnd, from + TEASER_LINES); i++) {
    const text = lines[i]!.content;
    if (text.length < 20) continue;
    let copy = -1;
    for (let j = i + 1; j < searchEnd && copy < 0; j++) {
      const other = lines[j]!.content;
      if (other.length >= 20 && (other === text || text.startsWith(other))) copy = j;
    }
    if (copy < 0) continue;
    // The widget printed between the summary and the article belongs to the summary.
    for (let k = i; k < copy; k++) found.add(k);
    break;
  }
  return found;
}

const TEASER_LINES = 5;
const TEASER_REACH = 40;

/** A line printed twice, one right under the other ("전체 맥락을 … 권장합니다." twice): a widget's text, not the release's. */
export function repeatedLines(lines: readonly PageLine[], from: number, end: number): Set<number> {
  const found = new Set<number>();
  for (let i = from + 1; i < end; i++) {
    if (!lines[i]!.gapBefore && lines[i]!.content === lines[i - 1]!.content) found.add(i - 1).add(i);
  }
  return found;
}

const END_MARK = /^(?:\/end\/|\/?end|- ?end ?-|\(end\)|\[end\]|-?끝-?\.?|- ?끝 ?-)$/i;

/** "/end/", "- end -", "끝.": the release ends here, whatever the site prints after. */
export function isEndMark(line: string): boolean {
  return END_MARK.test(line);
}

/**
 * The site's furniture after the release: at the page's end, two or more lines that are neither sentences nor
 * structured body lines (tags, share and comment widgets, "most read" headlines, contact boxes). A single short
 * last line is kept: it is more often the release cut off mid-sentence.
 */
export function trailingChrome(lines: readonly PageLine[], from: number): number {
  let start = lines.length;
  while (start - 1 > from) {
    const line = lines[start - 1]!.content;
    if (!isMenuLike(line) || readLine(line, false).kind !== "bare" || isQuestionLine(line)) break;
    start--;
  }
  return lines.length - start >= 2 ? start : lines.length;
}

/** □ ■ ●: the top-level marker of Korean originals; their blocks count as numbered paragraphs. */
export const KOREAN_TOP_LEVEL = /^[□■●] ?(.+)$/;

// ─── Dialogue ────────────────────────────────────────────────────────────────────────────────────────────────────

export type DialogueRole = "question" | "answer" | "other";

export interface DialogueLine {
  role: DialogueRole;
  text: string;
}

export interface DialogueReading {
  rule: RuleName;
  /** One entry per line read; a line holding a question and its answer yields two parts. */
  lines: DialogueLine[][];
}

const QUESTION_LABEL = /^(?:Q|Question|문|질문) ?\d{0,3} ?\.? ?[:：] ?(.*)$|^(?:Q|Question) ?\d{0,3}\. (.*)$/i;
const ANSWER_LABEL = /^(?:A|Answer|답|답변) ?\d{0,3} ?\.? ?[:：] ?(.*)$|^(?:A|Answer) ?\d{0,3}\. (.*)$/i;

function isQuestionLine(line: string): boolean {
  return /\?[”"’')\]]*$/.test(line);
}

/** "Question:", "Q.:", "Q:", "Q." — and their answers — in whatever mix a page switches between. */
export function labelledDialogue(texts: readonly string[]): DialogueReading | null {
  let questions = 0;
  const lines = texts.map((text): DialogueLine[] => {
    const question = QUESTION_LABEL.exec(text);
    if (question) {
      questions++;
      return [{ role: "question", text: (question[1] ?? question[2] ?? "").trim() }];
    }
    const answer = ANSWER_LABEL.exec(text);
    if (answer && questions > 0) return [{ role: "answer", text: (answer[1] ?? answer[2] ?? "").trim() }];
    return [{ role: "other", text }];
  });
  return questions > 0 ? { rule: RULE_NAMES.labelledDialogue, lines } : null;
}

const SPEAKER = /^([^:：.!?]{1,30})[:：] (.+)$/;

/**
 * "C&B: …" / "Ambassador Rim: …": two speakers' names as labels, each at least twice. The interviewer is the
 * speaker whose lines ask (end in "?") more often, and must ask at least once; on a tie, the one who speaks first.
 */
export function speakerLabels(texts: readonly string[]): DialogueReading | null {
  const speakers = new Map<string, { lines: number; asks: number; first: number }>();
  texts.forEach((text, index) => {
    const match = SPEAKER.exec(text);
    if (!match || match[1]!.split(" ").length > 4) return;
    const entry = speakers.get(match[1]!) ?? { lines: 0, asks: 0, first: index };
    entry.lines++;
    if (isQuestionLine(text)) entry.asks++;
    speakers.set(match[1]!, entry);
  });
  const frequent = [...speakers].filter(([, entry]) => entry.lines >= 2);
  if (frequent.length !== 2) return null;
  const ranked = frequent.sort(([, a], [, b]) => b.asks - a.asks || a.first - b.first);
  // "Note: …" and "Source: …" twice each are not a conversation: someone has to ask.
  if (ranked[0]![1].asks === 0) return null;
  const [interviewer, interviewee] = ranked.map(([name]) => name);
  const lines = texts.map((text): DialogueLine[] => {
    const match = SPEAKER.exec(text);
    if (match && match[1] === interviewer) return [{ role: "question", text: match[2]! }];
    if (match && match[1] === interviewee) return [{ role: "answer", text: match[2]! }];
    return [{ role: "other", text }];
  });
  return { rule: RULE_NAMES.speakerLabels, lines };
}

const DASH = /^[-–—] (.+)$/;
const QUESTION_THEN_ANSWER = /^(.+?\?[”"’')\]]*) [-–—] (.+)$/;

/**
 * News agencies that mark both sides with a leading "- ": a dashed line that asks is a question, the other dashed
 * lines answer; a question and its answer run together on one line ("…fields? - Today…") are split.
 */
export function dashDialogue(texts: readonly string[]): DialogueReading | null {
  const dashed = texts.flatMap((text) => DASH.exec(text)?.[1] ?? []);
  const asks = dashed.filter((text) => isQuestionLine(text) || QUESTION_THEN_ANSWER.test(text)).length;
  const answers = dashed.filter((text) => !isQuestionLine(text)).length;
  if (asks === 0 || answers === 0) return null;
  const lines = texts.map((text): DialogueLine[] => {
    const body = DASH.exec(text)?.[1];
    if (body === undefined) return [{ role: "other", text }];
    const both = QUESTION_THEN_ANSWER.exec(body);
    if (both) return [{ role: "question", text: both[1]! }, { role: "answer", text: both[2]! }];
    return [{ role: isQuestionLine(body) ? "question" : "answer", text: body }];
  });
  return { rule: RULE_NAMES.dashDialogue, lines };
}

const MAX_QUESTION_LENGTH = 300;
const MAX_UNMARKED_PROMPT_LENGTH = 150;

/**
 * Interviews with no marks at all: a question is a short paragraph of its own that asks, followed by the answer's
 * paragraphs. Once two such questions are found, a short paragraph that is not a sentence ("Tell us more about …")
 * standing between answers is taken for a question too.
 */
export function unmarkedDialogue(texts: readonly string[]): DialogueReading | null {
  const asks = (i: number) => texts[i]!.length <= MAX_QUESTION_LENGTH && isQuestionLine(texts[i]!) && i + 1 < texts.length;
  // The answer is longer than its question, unless the page is cut off inside it.
  const followedByAnswer = (i: number) =>
    i + 1 < texts.length && !isQuestionLine(texts[i + 1]!) && (texts[i + 1]!.length > texts[i]!.length || i + 2 === texts.length);
  const questions = texts.map((_, i) => asks(i) && followedByAnswer(i));
  if (questions.filter(Boolean).length < 2) return null;
  const first = questions.indexOf(true);
  const lines = texts.map((text, i): DialogueLine[] => {
    const prompt =
      i > first && !questions[i - 1] && text.length <= MAX_UNMARKED_PROMPT_LENGTH && !endsSentence(text) && followedByAnswer(i);
    return [{ role: questions[i] || prompt ? "question" : i > first ? "answer" : "other", text }];
  });
  return { rule: RULE_NAMES.unmarkedDialogue, lines };
}

/** The first reading that finds questions and answers; none when the page is not an interview. */
export function readDialogue(texts: readonly string[]): DialogueReading | null {
  return labelledDialogue(texts) ?? speakerLabels(texts) ?? dashDialogue(texts) ?? unmarkedDialogue(texts);
}

