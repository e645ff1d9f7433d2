// The metadata lines of a copied page: dates, datelines, view counts, the unofficial-translation mark, the lede.
// Each reader takes one line whose whitespace is already normalised and answers null when it is not its kind.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}
export type DayAndMonth = Omit<CalendarDate, "year">;

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? /i;
// "(월)", "(Mon)" after a Korean-style date.
const WEEKDAY_SUFFIX = / ?\([^)]{1,4}\)$/;
const TIME_SUFFIX = /,? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?$/i;

const YEAR_MONTH_DAY = /^(\d{4}) ?[-./] ?(\d{1,2}) ?[-./] ?(\d{1,2})\.?$/;
const KOREAN_DATE = /^(\d{4}) ?년 ?(\d{1,2}) ?월 ?(\d{1,2}) ?일$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? ?,? ?(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? ?,? ?(\d{4})$/;
const DOTTED_DAY_MONTH_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.?$/;
const MONTH_DAY = /^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?$/;

/** A complete calendar date written in any of the usual ways, or null. */
export function readDate(text: string): CalendarDate | null {
  const value = text.replace(WEEKDAY_PREFIX, "").replace(TIME_SUFFIX, "").replace(WEEKDAY_SUFFIX, "").trim();
  let match = YEAR_MONTH_DAY.exec(value) ?? KOREAN_DATE.exec(value);
  if (match) return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(value);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[2]), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(value);
  if (match) return calendarDate(Number(match[3]), monthNumber(match[1]), Number(match[2]));
  match = DOTTED_DAY_MONTH_YEAR.exec(value);
  if (match) return calendarDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = SLASHED.exec(value);
  if (match) {
    // 03/04/2018 is March or April depending on the country: only an unambiguous one is read.
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (first > 12) return calendarDate(year, second, first);
    if (second > 12) return calendarDate(year, first, second);
  }
  return null;
}

/** A day and month without a year ("20 July", "July 20"), or null. */
function readDayAndMonth(text: string): DayAndMonth | null {
  const value = text.trim();
  let match = DAY_MONTH.exec(value);
  if (match) return dayAndMonth(monthNumber(match[2]), Number(match[1]));
  match = MONTH_DAY.exec(value);
  if (match) return dayAndMonth(monthNumber(match[1]), Number(match[2]));
  return null;
}

export function toIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The latest date with this day and month on or before `reference`: "30 December" seen on 2 January is last year's. */
export function withYearFrom(date: DayAndMonth, reference: CalendarDate): CalendarDate | null {
  const sameYear = date.month < reference.month || (date.month === reference.month && date.day <= reference.day);
  return calendarDate(sameYear ? reference.year : reference.year - 1, date.month, date.day);
}

const DATE_LABEL =
  /^(?:date|dated|date of issue|release date|posted(?: on)?|published(?: on)?|issued(?: on)?|등록일|작성일|게시일|날짜|일자)(?: ?[:：] ?| |$)(.*)$/i;

// A label in any language and script followed by a date: "Нийтлэгдсэн огноо: 2024.09.28".
const ANY_LABEL = /^[\p{L}][\p{L} ]{0,30} ?[:：] ?(.+)$/u;
// Older boards set their labels as list items: "• Date : 2009-05-12 10:31:22", "• Hit : 1523".
const LABEL_BULLET = /^[•·▪■◦-] ?/;

/** "Date 2017-11-20", "Date: 20 November 2017", "• Date : …", or "Date" with the date on the next line. */
export function readDateLabel(raw: string, next: string | undefined): { date: CalendarDate; usesNext: boolean } | null {
  const line = raw.replace(LABEL_BULLET, "");
  const match = DATE_LABEL.exec(line);
  if (!match) {
    const labelled = ANY_LABEL.exec(line);
    const date = labelled ? readDate(labelled[1]!) : null;
    return date ? { date, usesNext: false } : null;
  }
  const rest = (match[1] ?? "").trim();
  if (rest) {
    const date = readDate(rest);
    return date ? { date, usesNext: false } : null;
  }
  const date = next === undefined ? null : readDate(next);
  return date ? { date, usesNext: true } : null;
}

const VIEWS_LABEL = /^(?:hits?|views?|view count|조회수|조회)(?: ?[:：] ?| |$)(.*)$/i;
const COUNT = /^\d{1,3}(?:[,.\u00A0 ]?\d{3})*$|^\d+$/;

/** "hit 6427", "Views: 1,204", or "hit" with the number on the next line. */
export function readViewsLabel(raw: string, next: string | undefined): { views: number; usesNext: boolean } | null {
  const match = VIEWS_LABEL.exec(raw.replace(LABEL_BULLET, ""));
  if (!match) return null;
  const rest = (match[1] ?? "").trim();
  if (rest) {
    const views = readCount(rest);
    return views === null ? null : { views, usesNext: false };
  }
  const views = next === undefined ? null : readCount(next.trim());
  return views === null ? null : { views, usesNext: true };
}

function readCount(text: string): number | null {
  if (!COUNT.test(text)) return null;
  const value = Number(text.replace(/\D/g, ""));
  return Number.isSafeInteger(value) && value <= 2_147_483_647 ? value : null;
}

const TIME_FIRST = /^(\d{1,2}):(\d{2}) (.+)$/;
const TIME_LAST = /^(.+?),? (\d{1,2}):(\d{2})$/;

// What agencies print around a dateline's time: "(UTC +04:00)", "[10:00]", " - TODAY.AZ".
const TIME_ZONE_SUFFIX = / ?\((?:UTC|GMT)[^)]{0,12}\)$/i;
const BRACKETED_TIME = /\[(\d{1,2}:\d{2})\]/;
const SOURCE_SUFFIX = /(\d{1,2}:\d{2}) [-–—|] [^\d]{1,40}$/;

/**
 * A news agency's dateline: "10:15 20 July", "20 July 2018, 10:15", "13 February 2012 08:29 (UTC +04:00)",
 * "11 August 2017 [10:00] - TODAY.AZ". The year may be missing.
 */
export function readDateline(raw: string): { date: CalendarDate | DayAndMonth } | null {
  const line = raw.replace(TIME_ZONE_SUFFIX, "").replace(BRACKETED_TIME, "$1").replace(SOURCE_SUFFIX, "$1");
  const match = TIME_FIRST.exec(line);
  const time = match ? [match[1], match[2]] : TIME_LAST.exec(line)?.slice(2, 4);
  const rest = match ? match[3] : TIME_LAST.exec(line)?.[1];
  if (!time || rest === undefined || Number(time[0]) > 23 || Number(time[1]) > 59) return null;
  const date = readDate(rest) ?? readDayAndMonth(rest);
  return date ? { date } : null;
}

/** A date alone on its line, maybe after a separator: "/ 21 July , 2018", "2017-11-20". */
export function readStandaloneDate(line: string): CalendarDate | null {
  return readDate(line.replace(/^[/|·–—-]+ ?/, ""));
}

/** An aggregator's source line whose first segment is the date: "09/28/2024 | Press release | Distributed by …". */
export function readSegmentedDate(line: string): CalendarDate | null {
  const segments = line.split(" | ");
  return segments.length >= 2 ? readStandaloneDate(segments[0]!) : null;
}

const UNOFFICIAL_TRANSLATION =
  /^[*※([\s]*(?:this is an? )?unofficial (?:english )?translation(?: only)?[)\].\s]*$|^[*※(\s]*비공식 ?(?:번역|영문 ?번역)[)\s]*$/i;

/** The press office's mark that the English text is an unofficial translation: "* unofficial translation". */
export function isUnofficialTranslationMark(line: string): boolean {
  return UNOFFICIAL_TRANSLATION.test(line);
}

const AGENCY_LEDE =
  /^(.{1,80}?) (?:presents|publishes|offers|brings you|has (?:conducted|had) an?|conducted an?) (?:an? |the )?(?:exclusive )?interview with (.+?)\.?$/i;
const PLAIN_LEDE = /^(?:an? |the )?(?:exclusive )?interview with (.+?)(?: by (.{1,80}?))?\.?$/i;
// A deck naming the outlet: "R+ interview with Choi Suk-inn, Ambassador …".
const OUTLET_LEDE = /^([^\s.!?]{1,20}) (?:exclusive )?interview with (.+?)\.?$/i;

/** "APA presents interview with Ambassador … Kim Chang-gyu" → outlet and interviewee. */
export function readLede(line: string): { outlet: string | null; interviewee: string } | null {
  const agency = AGENCY_LEDE.exec(line);
  if (agency) return { outlet: agency[1]!.trim(), interviewee: agency[2]!.trim() };
  const plain = PLAIN_LEDE.exec(line);
  if (plain) return { outlet: plain[2]?.trim() ?? null, interviewee: plain[1]!.trim() };
  const outlet = OUTLET_LEDE.exec(line);
  if (outlet && !/^(?:an?|the)$/i.test(outlet[1]!)) return { outlet: outlet[1]!.trim(), interviewee: outlet[2]!.trim() };
  return null;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? "").toLowerCase()] ?? 0;
}

function dayAndMonth(month: number, day: number): DayAndMonth | null {
  // 2000 is a leap year, so 29 February passes here and is checked again once the year is known.
  return calendarDate(2000, month, day) ? { month, day } : null;
}

function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : null;
}
