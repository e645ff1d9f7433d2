// A page copied from a ministry's or an agency's site → the parts of a document draft. Pure: reads nothing, writes nothing.
import { createHash } from "node:crypto";
import { readLine } from "@/lib/body/convention";
import { BodyTextError, parseBodyLines, type BodyLine } from "@/lib/body/parse";
import { bodyToPlainText } from "@/lib/body/plain-text";
import { BODY_LIMITS, isMediaBlock, type Body } from "@/lib/body/schema";
import { serializeBody } from "@/lib/body/serialize";
import { countStructure } from "@/lib/body/structure";
import { FOOTER_MARKER, chromeRuleFor } from "./chrome";
import { fieldConfidence, type PageConfidence } from "./confidence";
import { importError, type ImportError } from "./import-error";
import {
  KOREAN_TOP_LEVEL,
  RULE_NAMES,
  endsSentence,
  isByline,
  isClockLine,
  isEndMark,
  isProse,
  isSiteClock,
  isTruncatedHeadlineCopy,
  metadataBlock,
  navigationRuns,
  readDialogue,
  repeatedHeadline,
  repeatedLines,
  teaserCopy,
  countTextLines,
  toPageLines,
  trailingChrome,
  type DialogueReading,
  type PageLine,
  type RuleName,
} from "./page-rules";
import {
  isUnofficialTranslationMark,
  readDateLabel,
  readDateline,
  readLede,
  readSegmentedDate,
  readStandaloneDate,
  readViewsLabel,
  toIsoDate,
  withYearFrom,
  type CalendarDate,
  type DayAndMonth,
} from "./page-meta";
import { readPageText } from "./read-page-text";

export type DocumentKindName = "press_release" | "interview";
export type PageLanguage = "en" | "ko";

export interface ParsedPage {
  fileName: string;
  kind: DocumentKindName;
  /** The page's headline, or null when the page shows none (such a page is read but not imported). */
  title: string | null;
  /** The release's own date, ISO "YYYY-MM-DD", or null when the page shows none. */
  date: string | null;
  /** The view count the source page showed ("hit 6427"), or null. */
  views: number | null;
  language: PageLanguage;
  /** The page carries "* unofficial translation": its text is an unofficial translation. */
  unofficialTranslation: boolean;
  /** An interview's introduction ("APA presents interview with …"). */
  lede: string | null;
  outlet: string | null;
  interviewee: string | null;
  body: Body;
  /**
   * sha256 of the release's normalised text (title, date, lede, body in the convention), so importing the
   * same release twice is recognised even when copied again later with other line endings, spacing, view
   * count or related-news list.
   */
  sourceHash: string;
  /** What the person importing should check by eye (skipped numbers, lines dropped before the title…). */
  warnings: string[];
  /** How sure the importer is of each field it read, and why. */
  confidence: PageConfidence;
}

export type ParsePageResult = { ok: true; page: ParsedPage } | { ok: false; error: ImportError };

/** A page with a headline, which is what an import needs. */
export type TitledPage = ParsedPage & { title: string };

/** A page read without a headline is refused for import with the reason, rather than given a guessed title. */
export function requireTitle(page: ParsedPage): { ok: true; page: TitledPage } | { ok: false; error: ImportError } {
  if (page.title === null) return importError("no_title", "no title found — the page shows no headline; start it from New document and give it one");
  return { ok: true, page: page as TitledPage };
}

const MAX_TITLE_LENGTH = 300;
const MIN_BODY_WORDS = 5;

type Role = "meta" | "chrome" | "footer";

interface Evidence {
  title: string[];
  date: string[];
  kind: string[];
  structure: string[];
}

export function parsePage(raw: string | Uint8Array, fileName: string): ParsePageResult {
  const read = readPageText(raw);
  if (!read.ok) return read;
  // Even were nine lines in ten the site's, the rest would be more blocks than a body holds: refuse before reading.
  if (countTextLines(read.text) > BODY_LIMITS.maxBlocks * 10) {
    return importError("invalid_body", `the body cannot be read: The text has more than ${BODY_LIMITS.maxBlocks} blocks, the most a body can hold`);
  }
  const lines = toPageLines(read.text);
  const contents = lines.map((line) => line.content);
  const roles = new Array<Role | undefined>(lines.length);
  const warnings: string[] = [];
  const isChromeLine = (i: number) => chromeRuleFor(contents[i]!) !== undefined || chromeRuleFor(contents[i]!.replace(/^[•·] ?/, "")) !== undefined;

  // An interview's lede is a whole sentence, but it introduces the body rather than starting it.
  const isBodyLike = (i: number) => (isStructured(contents[i]!) || isProse(contents[i]!)) && readLede(contents[i]!) === null;
  const firstProse = contents.findIndex((line, i) => isProse(line) && readLede(line) === null && !isChromeLine(i));
  const headerEnd = firstProse < 0 ? lines.length : firstProse;

  // The end of the release: "/end/", a "Related news" heading, or the run of site furniture at the page's end.
  const endMark = contents.findIndex((line, i) => i > firstProse && firstProse >= 0 && (isEndMark(line) || FOOTER_MARKER.test(line)));
  const footerStart = Math.min(endMark >= 0 ? endMark : lines.length, trailingChrome(lines, Math.max(firstProse, 0)));
  for (let i = footerStart; i < lines.length; i++) roles[i] = "footer";

  const firstContent = contents.findIndex((_, i) => !isChromeLine(i));
  const meta = readMetadata(lines, roles, footerStart, headerEnd, firstContent);
  for (const i of metadataBlock(lines, meta.labels)) roles[i] ??= "meta";

  const sectionLabels: number[] = [];
  for (let i = 0; i < footerStart; i++) {
    if (roles[i]) continue;
    const rule = chromeRuleFor(contents[i]!) ?? chromeRuleFor(contents[i]!.replace(/^[•·] ?/, ""));
    if (rule || FOOTER_MARKER.test(contents[i]!) || isByline(contents[i]!)) {
      roles[i] = "chrome";
      if (rule?.sectionLabel) sectionLabels.push(i);
    }
  }
  const structural = new Map<number, RuleName>();
  // Menus can sit anywhere above the release, even under a banner written in sentences.
  for (const [i, rule] of navigationRuns(lines, footerStart, (i) => roles[i] === "meta")) structural.set(i, rule);
  for (let i = 0; i < headerEnd; i++) {
    if (isTruncatedHeadlineCopy(lines, i, headerEnd)) {
      structural.set(i, RULE_NAMES.truncatedHeadlineCopy);
      sectionLabels.push(i);
    }
  }
  const bodyFrom = Math.max(firstProse, 0);
  for (const i of teaserCopy(lines, bodyFrom, footerStart)) structural.set(i, RULE_NAMES.teaserCopy);
  for (const i of repeatedLines(lines, 0, footerStart)) structural.set(i, RULE_NAMES.repeatedLine);
  for (const [i] of structural) roles[i] ??= "chrome";
  sectionLabels.sort((a, b) => a - b);

  const remaining = contents.flatMap((_, i) => (roles[i] ? [] : [i]));
  const bodyStart = findBodyStart(remaining, isBodyLike, meta.labels[0]) ?? footerStart;
  const evidence: Evidence = { title: [], date: [], kind: [], structure: [] };
  const title = chooseTitle(lines, remaining, bodyStart, sectionLabels, meta, evidence);

  const dropped = remaining.filter((i) => title !== undefined && i < title);
  if (dropped.length > 0) {
    warnings.push(`left out ${dropped.length} line(s) before the title: ${dropped.map((i) => `“${contents[i]}”`).join(", ")}`);
  }
  const afterTitle = title ?? -1;
  const ledeIndex = remaining.find((i) => i > afterTitle && i < bodyStart && readLede(contents[i]!) !== null);
  const lede = ledeIndex === undefined ? null : contents[ledeIndex]!;
  const credits = lede === null ? null : readLede(lede);

  const bodyIndices = remaining.filter((i) => i > afterTitle && i !== ledeIndex);
  const bodyLines = bodyIndices.map((i) => lines[i]!);
  const numberedCount = bodyLines.filter((line) => readLine(line.content, false).kind === "numbered").length;
  const koreanTopLevel = bodyLines.filter((line) => KOREAN_TOP_LEVEL.test(line.content)).length;
  const dialogue = numberedCount + koreanTopLevel === 0 ? readDialogue(bodyLines.map((line) => line.content)) : labelledOnly(bodyLines);

  let body: Body;
  try {
    body = parseBodyLines(toConventionLines(bodyLines, dialogue));
  } catch (error) {
    if (error instanceof BodyTextError) return importError("invalid_body", `the body cannot be read: ${error.message}`);
    throw error;
  }
  if (!body.some((block) => block.kind !== "heading" && !isMediaBlock(block) && block.text.split(" ").length >= MIN_BODY_WORDS)) {
    if (title === undefined) return importError("no_title", "no title found");
    return importError("no_body", "no body paragraphs found — is this a press release or interview?");
  }

  warnings.push(...numberingWarnings(bodyLines.map((line) => line.content)));
  const date = resolveDate(meta, warnings, evidence);
  const titleText = title === undefined ? null : contents[title]!;
  const structure = countStructure(body);
  const asksQuestions = body.some((block) => block.kind === "question");
  const namedInterview = /\binterview\b|인터뷰/i.test(`${titleText ?? ""} ${lede ?? ""} ${contents.slice(afterTitle + 1, bodyStart).join(" ")}`);
  const kind: DocumentKindName = asksQuestions || namedInterview ? "interview" : "press_release";
  if (dialogue && asksQuestions) evidence.kind.push(dialogue.rule);
  if (namedInterview) evidence.kind.push("the headline or deck says interview");
  if (koreanTopLevel > 0) evidence.structure.push(`${RULE_NAMES.koreanTopLevel}: ${koreanTopLevel} □ block(s) counted as paragraphs`);
  const lastLine = bodyLines.at(-1)?.content ?? "";
  const cutOff = !endsSentence(lastLine) && endMark < 0 && !/끝\.?$/.test(lastLine);

  return {
    ok: true,
    page: {
      fileName,
      kind,
      title: titleText,
      date,
      views: meta.views,
      language: detectLanguage(bodyToPlainText(body)),
      unofficialTranslation: meta.unofficialTranslation,
      lede,
      outlet: credits?.outlet ?? null,
      interviewee: credits?.interviewee ?? null,
      body,
      sourceHash: hashSource(titleText ?? "", date, lede, body),
      warnings,
      confidence: fieldConfidence({
        kind,
        kindEvidence: evidence.kind,
        dialogueRule: asksQuestions ? dialogue?.rule : undefined,
        title: { found: titleText !== null, reasons: evidence.title },
        date: { found: date !== null, reasons: evidence.date },
        views: meta.views,
        unofficialTranslation: meta.unofficialTranslation,
        structure: { paragraphs: structure.paragraphs, qaPairs: structure.qaPairs, reasons: evidence.structure, cutOff, renumbered: warnings.some((w) => w.startsWith("the page numbers")) },
      }),
    },
  };
}

/**
 * The body begins at the first paragraph — but when the date and view labels stand above most of the paragraphs,
 * after them: sentences above the headline and its labels are the site's banner, not the release.
 */
function findBodyStart(remaining: readonly number[], isBodyLike: (i: number) => boolean, firstLabel: number | undefined): number | undefined {
  const bodyLike = remaining.filter(isBodyLike);
  if (firstLabel === undefined) return bodyLike[0];
  const after = bodyLike.filter((i) => i > firstLabel);
  return after.length > 0 && after.length >= bodyLike.length - after.length ? after[0] : bodyLike[0];
}

/** On a page with numbered paragraphs only explicit "Q:"/"A:" labels make questions: a "- " line there is a sub-point. */
function labelledOnly(lines: readonly PageLine[]): DialogueReading | null {
  const reading = readDialogue(lines.map((line) => line.content));
  return reading?.rule === RULE_NAMES.labelledDialogue ? reading : null;
}

/**
 * The page's body lines in the press office's convention, for the one body parser: questions and answers as the
 * dialogue rule read them ("Q: …"/"A: …"), Korean □ blocks as numbered paragraphs, an empty label dropped, and an
 * answer with no question before it kept as a paragraph.
 */
function toConventionLines(lines: readonly PageLine[], dialogue: DialogueReading | null): BodyLine[] {
  const out: BodyLine[] = [];
  let asked = false;
  const push = (indent: number, content: string) => out.push({ indent, content });
  lines.forEach((line, index) => {
    const korean = KOREAN_TOP_LEVEL.exec(line.content);
    if (korean && !dialogue) return push(0, `1. ${korean[1]!}`);
    if (!dialogue) return push(line.indent, line.content);
    for (const part of dialogue.lines[index]!) {
      if (!part.text) continue;
      if (part.role === "question") {
        asked = true;
        push(0, `Q: ${part.text}`);
      } else if (part.role === "answer" && asked) push(0, `A: ${part.text}`);
      else if (part.role === "answer") push(0, `\\${part.text}`);
      else push(line.indent, part.text);
    }
  });
  return out;
}

function hashSource(title: string, date: string | null, lede: string | null, body: Body): string {
  // The layout the import keys of pages imported so far were made with, so a page imported before is still known.
  const text = [title, date ?? "", lede ?? "", serializeBody(body, { blankLineBetweenAll: true })].join("\n");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function isStructured(line: string): boolean {
  return readLine(line, false).kind !== "bare" || KOREAN_TOP_LEVEL.test(line);
}

interface PageMeta {
  labelledDate: CalendarDate | null;
  datelines: (CalendarDate | DayAndMonth)[];
  standaloneDates: CalendarDate[];
  views: number | null;
  unofficialTranslation: boolean;
  /** Index of the first line that dates the page (label, dateline, date line): the title sits next to it. */
  firstLabel: number | undefined;
  /** Whether that first dating line is a label ("Date", "hit") rather than a dateline or a bare date. */
  firstIsLabel: boolean;
  /** Date and view-count label lines, around which the metadata block is read. */
  labels: number[];
}

function readMetadata(
  lines: readonly PageLine[],
  roles: (Role | undefined)[],
  footerStart: number,
  headerEnd: number,
  firstContent: number,
): PageMeta {
  const meta: PageMeta = {
    labelledDate: null,
    datelines: [],
    standaloneDates: [],
    views: null,
    unofficialTranslation: false,
    firstLabel: undefined,
    firstIsLabel: false,
    labels: [],
  };
  const lastLine = lines.length - 1;
  const dates = (i: number, isLabel: boolean) => {
    if (meta.firstLabel === undefined) {
      meta.firstLabel = i;
      meta.firstIsLabel = isLabel;
    }
  };
  /** Marks a label line ("Date 2017-11-20", "hit 6427"), and the next line when the value stands there; returns the last. */
  const markLabel = (i: number, usesNext: boolean): number => {
    dates(i, true);
    meta.labels.push(i);
    roles[i] = "meta";
    if (!usesNext) return i;
    roles[i + 1] = "meta";
    return i + 1;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.content;
    const next = lines[i + 1]?.content;
    if (isUnofficialTranslationMark(line)) {
      meta.unofficialTranslation = true;
      roles[i] = "meta";
      continue;
    }
    // Only the last line of the footer is read: agency pages end with the publication date ("/ 21 July , 2018").
    if (i >= footerStart) {
      const trailing = i === lastLine ? readStandaloneDate(line) : null;
      if (trailing) meta.standaloneDates.push(trailing);
      continue;
    }
    if (i < headerEnd && (isSiteClock(lines, i, Math.max(firstContent, 0)) || (isClockLine(line) && i <= firstContent + 2))) {
      roles[i] = "chrome";
      continue;
    }
    const dateLabel = readDateLabel(line, next);
    if (dateLabel) {
      meta.labelledDate ??= dateLabel.date;
      i = markLabel(i, dateLabel.usesNext);
      continue;
    }
    const viewsLabel = readViewsLabel(line, next);
    if (viewsLabel) {
      meta.views ??= viewsLabel.views;
      i = markLabel(i, viewsLabel.usesNext);
      continue;
    }
    const dateline = readDateline(line);
    if (dateline) {
      meta.datelines.push(dateline.date);
      dates(i, false);
      roles[i] = "meta";
      continue;
    }
    const standalone = i < headerEnd || i === lastLine ? (readStandaloneDate(line) ?? readSegmentedDate(line)) : null;
    if (standalone) {
      meta.standaloneDates.push(standalone);
      if (i < headerEnd) dates(i, false);
      roles[i] = "meta";
    }
  }
  return meta;
}

function chooseTitle(
  lines: readonly PageLine[],
  remaining: readonly number[],
  bodyStart: number,
  sectionLabels: readonly number[],
  meta: PageMeta,
  evidence: Evidence,
): number | undefined {
  const contents = lines.map((line) => line.content);
  const fits = (i: number) =>
    i < bodyStart && contents[i]!.length <= MAX_TITLE_LENGTH && /\p{L}/u.test(contents[i]!) && !isProse(contents[i]!);
  let candidates = remaining.filter(fits);
  const repeated = repeatedHeadline(lines, candidates);
  if (repeated !== undefined) {
    evidence.title.push(RULE_NAMES.repeatedHeadline);
    return repeated;
  }
  // The site names its section ("Press Releases") right above the title: what comes before is the site's.
  const lastLabel = sectionLabels.filter((i) => i < bodyStart).at(-1);
  if (lastLabel !== undefined && candidates.some((i) => i > lastLabel)) {
    candidates = candidates.filter((i) => i > lastLabel);
  }
  // A lede-shaped line ("Interview with Ambassador …") is the headline when nothing above it could be.
  const pool = candidates.filter((i, k) => k === 0 || readLede(contents[i]!) === null);
  if (pool.length === 0) return undefined;
  const anchor = meta.firstLabel;
  if (anchor !== undefined && anchor < bodyStart) {
    const above = pool.filter((i) => i < anchor).at(-1);
    if (above !== undefined) {
      evidence.title.push(meta.firstIsLabel ? "the line above the date and view labels" : "the line above the date line");
      return above;
    }
    const below = pool.find((i) => i > anchor);
    if (below !== undefined && !meta.firstIsLabel) {
      evidence.title.push("the first line under the dateline");
      return below;
    }
  }
  if (lastLabel !== undefined && pool[0]! > lastLabel) {
    evidence.title.push("the first line after the section label");
    return pool[0];
  }
  evidence.title.push(pool.length === 1 ? "the only line above the text" : `the first of ${pool.length} lines above the text, taken for the headline`);
  return pool[0];
}

/**
 * The interview's dateline ("10:15 20 July") is when the outlet published it; the page's trailing date
 * ("/ 21 July , 2018") only lends the year, taking the latest year that is not after it.
 */
function resolveDate(meta: PageMeta, warnings: string[], evidence: Evidence): string | null {
  if (meta.labelledDate) {
    evidence.date.push("a date label");
    return toIsoDate(meta.labelledDate);
  }
  const [dateline] = meta.datelines;
  const [reference] = meta.standaloneDates;
  if (dateline) {
    if ("year" in dateline) {
      evidence.date.push("the dateline");
      return toIsoDate(dateline);
    }
    const dated = reference ? withYearFrom(dateline, reference) : null;
    if (dated) {
      evidence.date.push("the dateline, with the year from the page's trailing date");
      return toIsoDate(dated);
    }
    warnings.push(`the dateline gives day ${dateline.day} of month ${dateline.month} but no year: the date is left empty`);
    evidence.date.push("the dateline has no year");
    return null;
  }
  if (reference) evidence.date.push("a date on a line of its own");
  return reference ? toIsoDate(reference) : null;
}

function numberingWarnings(lines: readonly string[]): string[] {
  const numbers = lines.flatMap((line) => {
    const reading = readLine(line, false);
    return reading.kind === "numbered" ? [reading.number] : [];
  });
  if (numbers.every((number, index) => number === index + 1)) return [];
  return [
    `the page numbers its paragraphs ${numbers.join(", ")}; Chancery numbers them by order (1–${numbers.length})`,
  ];
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/g;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;

/** By the body's script: Korean needs about half as many letters as English for the same words. */
function detectLanguage(text: string): PageLanguage {
  const hangul = text.match(HANGUL)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  return hangul > 0 && hangul * 2 >= latin ? "ko" : "en";
}
