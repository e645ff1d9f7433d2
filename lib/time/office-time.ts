/*
 * Times are entered and shown in the press office's time zone (CHANCERY_TIME_ZONE) and stored in UTC.
 * Pure: the zone is always an argument, so this runs in the browser as well as on the server.
 */

/** What a `<input type="datetime-local">` holds: office wall-clock time, minute precision. */
export type OfficeLocalTime = string;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export class OfficeTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OfficeTimeError";
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(instant: number, timeZone: string): WallClock & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at this instant, in minutes (Seoul: +540; Paris in summer: +120). */
export function offsetMinutes(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const wall = wallClockAt(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The wall clock has whole seconds; compare it with the instant cut to whole seconds too.
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((asUtc - wholeSeconds) / MINUTE);
}

function readWallClock(local: string): WallClock {
  const match = LOCAL_PATTERN.exec(local.trim());
  if (!match) throw new OfficeTimeError(`“${local}” is not a date and time like 2025-03-30T14:05.`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    throw new OfficeTimeError(`“${local}” is not a real date and time.`);
  }
  return { year, month, day, hour, minute };
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

/**
 * Office wall-clock time → the UTC instant. Around a daylight-saving change it behaves as people expect (and as
 * Temporal's "compatible" option does): a time that happens twice (clocks go back) means the first one; a time that
 * never happens (clocks go forward) moves forward by the gap, so 02:30 on the spring-forward night in Paris is 03:30.
 */
export function officeTimeToUtc(local: OfficeLocalTime, timeZone: string): Date {
  const wall = readWallClock(local);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Offsets in force a day either side cover any single transition near this time.
  const offsets = [...new Set([offsetMinutes(asUtc - DAY, timeZone), offsetMinutes(asUtc + DAY, timeZone)])];
  const matches = offsets
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => sameWallClock(wallClockAt(instant, timeZone), wall))
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]!);
  // In the gap: read the wall clock with the offset from before the change, which lands after it.
  return new Date(asUtc - offsetMinutes(asUtc - DAY, timeZone) * MINUTE);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** UTC instant → office wall-clock time, for filling a datetime-local input. */
export function utcToOfficeTime(instant: Date, timeZone: string): OfficeLocalTime {
  const wall = wallClockAt(instant.getTime(), timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The office's calendar date at this instant, YYYY-MM-DD (the default public date of a new release). */
export function officeDate(instant: Date, timeZone: string): string {
  return utcToOfficeTime(instant, timeZone).slice(0, 10);
}

/** "2025-03-30 14:05 KST" — the office time with the zone's short name, the same for every reader of the workspace. */
export function formatOfficeTime(instant: Date, timeZone: string, locale = "en"): string {
  const local = utcToOfficeTime(instant, timeZone).replace("T", " ");
  const zoneName =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  return `${local} ${zoneName}`;
}

/** YYYY-MM-DD → the Date Prisma stores in a `@db.Date` column (midnight UTC; no zone applies to a calendar date). */
export function calendarDateToDate(date: string): Date {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new OfficeTimeError(`“${date}” is not a date like 2025-03-30.`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const result = new Date(Date.UTC(year, month - 1, day));
  if (result.getUTCFullYear() !== year || result.getUTCMonth() !== month - 1 || result.getUTCDate() !== day) {
    throw new OfficeTimeError(`“${date}” is not a real date.`);
  }
  return result;
}

/** A `@db.Date` value back to YYYY-MM-DD. */
export function dateToCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A public date as "YYYY-MM-DD", or null for an edition whose source showed no date. */
export function optionalCalendarDate(date: Date | null): string | null {
  return date ? dateToCalendarDate(date) : null;
}

function readsWithoutError(read: () => unknown): boolean {
  try {
    read();
    return true;
  } catch {
    return false;
  }
}

export function isCalendarDate(date: string): boolean {
  return readsWithoutError(() => calendarDateToDate(date));
}

export function isOfficeLocalTime(local: string): boolean {
  return readsWithoutError(() => readWallClock(local));
}
