import { describe, expect, it } from "vitest";
import {
  calendarDateToDate,
  dateToCalendarDate,
  formatOfficeTime,
  isOfficeLocalTime,
  officeDate,
  officeTimeToUtc,
  offsetMinutes,
  OfficeTimeError,
  utcToOfficeTime,
} from "./office-time";

describe("office time in Seoul (no daylight saving)", () => {
  const zone = "Asia/Seoul";

  it("reads office time as UTC+9", () => {
    expect(officeTimeToUtc("2025-06-01T09:00", zone).toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(officeTimeToUtc("2025-01-01T00:30", zone).toISOString()).toBe("2024-12-31T15:30:00.000Z");
  });

  it("shows a UTC instant as office time", () => {
    expect(utcToOfficeTime(new Date("2024-12-31T15:30:00Z"), zone)).toBe("2025-01-01T00:30");
    expect(officeDate(new Date("2024-12-31T15:30:00Z"), zone)).toBe("2025-01-01");
  });

  it("round-trips every quarter hour of a day", () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const local = `2025-03-30T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
      expect(utcToOfficeTime(officeTimeToUtc(local, zone), zone)).toBe(local);
    }
  });

  it("formats with the zone's short name", () => {
    expect(formatOfficeTime(new Date("2025-06-01T00:00:00Z"), zone)).toMatch(/^2025-06-01 09:00 (GMT\+9|KST)$/);
  });
});

describe("office time in Paris (daylight saving)", () => {
  const zone = "Europe/Paris";

  it("uses winter and summer offsets", () => {
    expect(officeTimeToUtc("2025-01-15T12:00", zone).toISOString()).toBe("2025-01-15T11:00:00.000Z");
    expect(officeTimeToUtc("2025-07-15T12:00", zone).toISOString()).toBe("2025-07-15T10:00:00.000Z");
    expect(offsetMinutes(new Date("2025-01-15T12:00:00Z"), zone)).toBe(60);
    expect(offsetMinutes(new Date("2025-07-15T12:00:00Z"), zone)).toBe(120);
  });

  it("handles the hours either side of the spring change (30 March 2025, 02:00 → 03:00)", () => {
    expect(officeTimeToUtc("2025-03-30T01:59", zone).toISOString()).toBe("2025-03-30T00:59:00.000Z");
    expect(officeTimeToUtc("2025-03-30T03:00", zone).toISOString()).toBe("2025-03-30T01:00:00.000Z");
  });

  it("moves a time that never happens forward by the gap", () => {
    const instant = officeTimeToUtc("2025-03-30T02:30", zone);
    expect(instant.toISOString()).toBe("2025-03-30T01:30:00.000Z");
    expect(utcToOfficeTime(instant, zone)).toBe("2025-03-30T03:30");
  });

  it("takes the first of a time that happens twice (26 October 2025, 03:00 → 02:00)", () => {
    expect(officeTimeToUtc("2025-10-26T02:30", zone).toISOString()).toBe("2025-10-26T00:30:00.000Z");
    expect(utcToOfficeTime(new Date("2025-10-26T01:30:00Z"), zone)).toBe("2025-10-26T02:30");
    expect(officeTimeToUtc("2025-10-26T03:00", zone).toISOString()).toBe("2025-10-26T02:00:00.000Z");
  });

  it("round-trips every hour of the year that exists exactly once", () => {
    const start = Date.UTC(2025, 0, 1);
    for (let instant = start; instant < start + 365 * 24 * 3_600_000; instant += 3_600_000) {
      const local = utcToOfficeTime(new Date(instant), zone);
      if (local.startsWith("2025-10-26T02")) continue;
      expect(officeTimeToUtc(local, zone).getTime()).toBe(instant);
    }
  });
});

describe("office time in a zone west of UTC with a half-hour offset", () => {
  it("handles St John's (UTC−3:30, daylight saving)", () => {
    expect(officeTimeToUtc("2025-01-10T08:00", "America/St_Johns").toISOString()).toBe("2025-01-10T11:30:00.000Z");
    expect(officeTimeToUtc("2025-07-10T08:00", "America/St_Johns").toISOString()).toBe("2025-07-10T10:30:00.000Z");
  });
});

describe("reading what people type", () => {
  it("refuses what is not a date and time", () => {
    expect(() => officeTimeToUtc("2025-02-30T10:00", "Asia/Seoul")).toThrow(OfficeTimeError);
    expect(() => officeTimeToUtc("2025-02-10 10:00", "Asia/Seoul")).toThrow(/not a date and time/);
    expect(() => officeTimeToUtc("2025-02-10T24:00", "Asia/Seoul")).toThrow(OfficeTimeError);
    expect(isOfficeLocalTime("2025-02-10T23:59")).toBe(true);
    expect(isOfficeLocalTime("yesterday")).toBe(false);
  });

  it("stores calendar dates at midnight UTC whatever the zone", () => {
    expect(calendarDateToDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(dateToCalendarDate(calendarDateToDate("2024-02-29"))).toBe("2024-02-29");
    expect(() => calendarDateToDate("2023-02-29")).toThrow(OfficeTimeError);
  });
});
