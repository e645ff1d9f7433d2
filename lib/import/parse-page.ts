// A page copied from a ministry's or an agency's site → the parts of a document draft. Pure: reads nothing, writes nothing.
import { createHash } from "node:crypto";
import { readLine } from "@/lib/content/body/convention";
import { BodyTextError, parseBodyLines, splitLines } from "@/lib/content/body/parse";
import { bodyToPlainText } from "@/lib/content/body/plain-text";
import { isMediaBlock, type Body } from "@/lib/content/body/schema";
import { serializeBody } from "@/lib/content/body/serialize";
import { FOOTER_MARKER, chromeRuleFor } from "./chrome";
import { importError, type ImportError } from "./import-error";
import {
  isUnofficialTranslationMark,
  readDateLabel,
  readDateline,
  readLede,
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
  title: string;
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
}

export type ParsePageResult = { ok: true; page: ParsedPage } | { ok: false; error: ImportError };

const MAX_TITLE_LENGTH = 300;
/** A line this long that ends a sentence is body text, not a title or a label. */
const PROSE_MIN_LENGTH = 80;
const SENTENCE_END = /[.!?。][”"’')\]]*$/;
const MIN_BODY_WORDS = 5;

type Role = "meta" | "chrome" | "footer";

export function parsePage(raw: string | Uint8Array, fileName: string): ParsePageResult {
  const read = readPageText(raw);
  if (!read.ok) return read;
  const lines = splitLines(read.text);
  const contents = lines.map((line) => line.content);
  const roles = new Array<Role | undefined>(lines.length);
  const warnings: string[] = [];

  // An interview's lede is a whole sentence, but it introduces the body rather than starting it.
  const isBodyLike = (i: number) =>
    (isStructured(contents[i]!) || isProse(contents[i]!)) && readLede(contents[i]!) === null;
  const firstBodyLike = contents.findIndex((_, i) => isBodyLike(i) && !chromeRuleFor(contents[i]!));

  // The footer ("Related news releases" and what follows) only counts once the release has begun.
  let footerStart = contents.findIndex((line, i) => i > firstBodyLike && firstBodyLike >= 0 && FOOTER_MARKER.test(line));
  if (footerStart < 0) footerStart = lines.length;
  for (let i = footerStart; i < lines.length; i++) roles[i] = "footer";

  const meta = readMetadata(contents, roles, footerStart, firstBodyLike);

  const sectionLabels: number[] = [];
  for (let i = 0; i < footerStart; i++) {
    if (roles[i]) continue;
    const rule = chromeRuleFor(contents[i]!);
    if (rule || FOOTER_MARKER.test(contents[i]!)) {
      roles[i] = "chrome";
      if (rule?.sectionLabel) sectionLabels.push(i);
    }
  }

  const remaining = contents.flatMap((_, i) => (roles[i] ? [] : [i]));
  const bodyStart = remaining.find(isBodyLike) ?? footerStart;
  const title = chooseTitle(contents, remaining, bodyStart, sectionLabels, meta.firstLabel);
  if (title === undefined) return importError("no_title", "no title found");

  const dropped = remaining.filter((i) => i < title);
  if (dropped.length > 0) {
    warnings.push(`left out ${dropped.length} line(s) before the title: ${dropped.map((i) => `“${contents[i]}”`).join(", ")}`);
  }
  const ledeIndex = remaining.find((i) => i > title && i < bodyStart && readLede(contents[i]!) !== null);
  const lede = ledeIndex === undefined ? null : contents[ledeIndex]!;
  const credits = lede === null ? null : readLede(lede);

  const bodyLines = remaining.filter((i) => i > title && i !== ledeIndex);
  let body: Body;
  try {
    body = parseBodyLines(bodyLines.map((i) => lines[i]!));
  } catch (error) {
    if (error instanceof BodyTextError) return importError("invalid_body", `the body cannot be read: ${error.message}`);
    throw error;
  }
  if (!body.some((block) => block.kind !== "heading" && !isMediaBlock(block) && block.text.split(" ").length >= MIN_BODY_WORDS)) {
    return importError("no_body", "no body paragraphs found — is this a press release or interview?");
  }

  warnings.push(...numberingWarnings(bodyLines.map((i) => contents[i]!)));
  const date = resolveDate(meta, warnings);
  const titleText = contents[title]!;

  return {
    ok: true,
    page: {
      fileName,
      kind: body.some((block) => block.kind === "question") || /\binterview\b|인터뷰/i.test(`${titleText} ${lede ?? ""}`)
        ? "interview"
        : "press_release",
      title: titleText,
      date,
      views: meta.views,
      language: detectLanguage(bodyToPlainText(body)),
      unofficialTranslation: meta.unofficialTranslation,
      lede,
      outlet: credits?.outlet ?? null,
      interviewee: credits?.interviewee ?? null,
      body,
      sourceHash: hashSource(titleText, date, lede, body),
      warnings,
    },
  };
}

function hashSource(title: string, date: string | null, lede: string | null, body: Body): string {
  const text = [title, date ?? "", lede ?? "", serializeBody(body)].join("\n");
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function isStructured(line: string): boolean {
  return readLine(line, false).kind !== "bare";
}

function isProse(line: string): boolean {
  return line.length >= PROSE_MIN_LENGTH && SENTENCE_END.test(line);
}

interface PageMeta {
  labelledDate: CalendarDate | null;
  datelines: (CalendarDate | DayAndMonth)[];
  standaloneDates: CalendarDate[];
  views: number | null;
  unofficialTranslation: boolean;
  /** Index of the first "Date"/"hit" label: on most sites the title sits right above it. */
  firstLabel: number | undefined;
}

function readMetadata(
  contents: readonly string[],
  roles: (Role | undefined)[],
  footerStart: number,
  firstBodyLike: number,
): PageMeta {
  const meta: PageMeta = {
    labelledDate: null,
    datelines: [],
    standaloneDates: [],
    views: null,
    unofficialTranslation: false,
    firstLabel: undefined,
  };
  const headerEnd = firstBodyLike < 0 ? footerStart : firstBodyLike;
  const lastLine = contents.length - 1;

  for (let i = 0; i < contents.length; i++) {
    const line = contents[i]!;
    const next = contents[i + 1];
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
    const dateLabel = readDateLabel(line, next);
    if (dateLabel) {
      meta.labelledDate ??= dateLabel.date;
      meta.firstLabel ??= i;
      roles[i] = "meta";
      if (dateLabel.usesNext) roles[++i] = "meta";
      continue;
    }
    const viewsLabel = readViewsLabel(line, next);
    if (viewsLabel) {
      meta.views ??= viewsLabel.views;
      meta.firstLabel ??= i;
      roles[i] = "meta";
      if (viewsLabel.usesNext) roles[++i] = "meta";
      continue;
    }
    const dateline = readDateline(line);
    if (dateline) {
      meta.datelines.push(dateline.date);
      roles[i] = "meta";
      continue;
    }
    const standalone = i < headerEnd || i === lastLine ? readStandaloneDate(line) : null;
    if (standalone) {
      meta.standaloneDates.push(standalone);
      roles[i] = "meta";
    }
  }
  return meta;
}

function chooseTitle(
  contents: readonly string[],
  remaining: readonly number[],
  bodyStart: number,
  sectionLabels: readonly number[],
  firstLabel: number | undefined,
): number | undefined {
  const fits = (i: number) => i < bodyStart && contents[i]!.length <= MAX_TITLE_LENGTH && /\p{L}/u.test(contents[i]!);
  let candidates = remaining.filter(fits);
  // The site names its section ("Press Releases") right above the title: what comes before is the site's.
  const lastLabel = sectionLabels.filter((i) => i < bodyStart).at(-1);
  if (lastLabel !== undefined && candidates.some((i) => i > lastLabel)) {
    candidates = candidates.filter((i) => i > lastLabel);
  }
  const notLede = candidates.filter((i) => readLede(contents[i]!) === null);
  const pool = notLede.length > 0 ? notLede : candidates;
  if (firstLabel !== undefined && firstLabel < bodyStart) {
    const aboveLabel = pool.filter((i) => i < firstLabel).at(-1);
    if (aboveLabel !== undefined) return aboveLabel;
  }
  return pool[0];
}

/**
 * The interview's dateline ("10:15 20 July") is when the outlet published it; the page's trailing date
 * ("/ 21 July , 2018") only lends the year, taking the latest year that is not after it.
 */
function resolveDate(meta: PageMeta, warnings: string[]): string | null {
  if (meta.labelledDate) return toIsoDate(meta.labelledDate);
  const [dateline] = meta.datelines;
  const [reference] = meta.standaloneDates;
  if (dateline) {
    if ("year" in dateline) return toIsoDate(dateline);
    const dated = reference ? withYearFrom(dateline, reference) : null;
    if (dated) return toIsoDate(dated);
    warnings.push(`the dateline gives day ${dateline.day} of month ${dateline.month} but no year: the date is left empty`);
    return null;
  }
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
