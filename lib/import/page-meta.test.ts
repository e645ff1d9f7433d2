import { describe, expect, it } from "vitest";
import {
  isUnofficialTranslationMark,
  readDate,
  readDateLabel,
  readDateline,
  readLede,
  readSegmentedDate,
  readStandaloneDate,
  readViewsLabel,
  toIsoDate,
  withYearFrom,
} from "./page-meta";

const iso = (text: string) => {
  const date = readDate(text);
  return date && toIsoDate(date);
};

describe("readDate", () => {
  it.each([
    ["2017-11-20", "2017-11-20"],
    ["2017.11.20", "2017-11-20"],
    ["2017. 11. 20.", "2017-11-20"],
    ["2017. 11. 20.(월)", "2017-11-20"],
    ["2017/11/20", "2017-11-20"],
    ["2017년 11월 20일", "2017-11-20"],
    ["20 November 2017", "2017-11-20"],
    ["21 July , 2018", "2018-07-21"],
    ["November 20, 2017", "2017-11-20"],
    ["Nov. 20, 2017", "2017-11-20"],
    ["Monday, November 20, 2017", "2017-11-20"],
    ["20.11.2017", "2017-11-20"],
    ["20/11/2017", "2017-11-20"],
    ["2017-11-20 14:30", "2017-11-20"],
  ])("%s → %s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(["2017-02-30", "2017-13-01", "03/04/2018", "20 July", "November 2017", "the 20th", "1.5 million", ""])("%s is not a date", (text) => {
    expect(readDate(text)).toBeNull();
  });
});

describe("labels", () => {
  it("reads a date label with the date on the same or the next line", () => {
    expect(readDateLabel("Date", "2017-11-20")).toEqual({ date: { year: 2017, month: 11, day: 20 }, usesNext: true });
    expect(readDateLabel("Date 2017-11-20", "hit")).toEqual({ date: { year: 2017, month: 11, day: 20 }, usesNext: false });
    expect(readDateLabel("Published: 14 March 2023", undefined)?.date).toEqual({ year: 2023, month: 3, day: 14 });
    expect(readDateLabel("Date", "to be announced")).toBeNull();
    expect(readDateLabel("Dated back to 1990, the treaty still stands.", undefined)).toBeNull();
  });

  it("reads a view count with or without separators", () => {
    expect(readViewsLabel("hit", "6427")).toEqual({ views: 6427, usesNext: true });
    expect(readViewsLabel("hit 6427", undefined)).toEqual({ views: 6427, usesNext: false });
    expect(readViewsLabel("Views: 1,204", undefined)?.views).toBe(1204);
    expect(readViewsLabel("Views: 1 204", undefined)?.views).toBe(1204);
    expect(readViewsLabel("조회수 12", undefined)?.views).toBe(12);
    expect(readViewsLabel("hit", "the target")).toBeNull();
    expect(readViewsLabel("Views differ on the matter", undefined)).toBeNull();
  });
});

describe("datelines and trailing dates", () => {
  it("reads an agency dateline with or without a year", () => {
    expect(readDateline("10:15 20 July")).toEqual({ date: { month: 7, day: 20 } });
    expect(readDateline("20 July 2019, 14:05")).toEqual({ date: { year: 2019, month: 7, day: 20 } });
    expect(readDateline("25:00 20 July")).toBeNull();
    expect(readDateline("The meeting began at 10:15")).toBeNull();
  });

  it("reads a date alone on its line after a separator", () => {
    expect(readStandaloneDate("/ 21 July , 2018")).toEqual({ year: 2018, month: 7, day: 21 });
    expect(readStandaloneDate("| 2018-07-21")).toEqual({ year: 2018, month: 7, day: 21 });
    expect(readStandaloneDate("USD rate for July 23 announced")).toBeNull();
  });

  it("lends the year of a later date to a day and month", () => {
    const reference = { year: 2018, month: 7, day: 21 };
    expect(withYearFrom({ month: 7, day: 20 }, reference)).toEqual({ year: 2018, month: 7, day: 20 });
    expect(withYearFrom({ month: 12, day: 31 }, { year: 2019, month: 1, day: 2 })).toEqual({ year: 2018, month: 12, day: 31 });
    expect(withYearFrom({ month: 2, day: 29 }, { year: 2019, month: 3, day: 1 })).toBeNull();
  });
});

describe("isUnofficialTranslationMark", () => {
  it.each(["* unofficial translation", "*Unofficial Translation", "(Unofficial translation)", "※ unofficial English translation", "Unofficial translation.", "(비공식 번역)"])(
    "“%s” marks an unofficial translation",
    (line) => expect(isUnofficialTranslationMark(line)).toBe(true),
  );

  it("is not fooled by a sentence", () => {
    expect(isUnofficialTranslationMark("An unofficial translation of the speech was circulated.")).toBe(false);
  });
});

describe("readLede", () => {
  it.each([
    ["APA presents interview with Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu", "APA", "Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu"],
    ["Trend presents an exclusive interview with the Ambassador.", "Trend", "the Ambassador"],
    ["Azertac has conducted an interview with Foreign Minister Kang", "Azertac", "Foreign Minister Kang"],
    ["Interview with Ambassador Kim by Report.az", "Report.az", "Ambassador Kim"],
    ["Exclusive interview with Minister Park", null, "Minister Park"],
  ])("%s", (line, outlet, interviewee) => {
    expect(readLede(line)).toEqual({ outlet, interviewee });
  });

  it("is null for other lines", () => {
    expect(readLede("The minister gave an interview to the press on Monday.")).toBeNull();
  });
});

describe("layouts of issue 13", () => {
  it("older boards' bulleted labels with the time: • Date : …, • Hit : …", () => {
    expect(readDateLabel("• Date : 2009-05-12 10:31:22", undefined)).toEqual({ date: { year: 2009, month: 5, day: 12 }, usesNext: false });
    expect(readViewsLabel("• Hit : 1523", undefined)).toEqual({ views: 1523, usesNext: false });
  });

  it("a date label in any language and script", () => {
    expect(readDateLabel("Нийтлэгдсэн огноо: 2024.09.28", undefined)?.date).toEqual({ year: 2024, month: 9, day: 28 });
    expect(readDateLabel("Note: the meeting was held in Seoul", undefined)).toBeNull();
  });

  it("agency datelines with a time zone, a bracketed time, a source", () => {
    expect(readDateline("13 February 2012 08:29 (UTC +04:00)")).toEqual({ date: { year: 2012, month: 2, day: 13 } });
    expect(readDateline("27 May 2021 08:31")).toEqual({ date: { year: 2021, month: 5, day: 27 } });
    expect(readDateline("11 August 2017 [10:00] - TODAY.AZ")).toEqual({ date: { year: 2017, month: 8, day: 11 } });
    expect(readDateline("Astana, 14 March 2023 – Deputy Minister met the Ambassador")).toBeNull();
  });

  it("other ministries' date lines and aggregators' source lines", () => {
    expect(readStandaloneDate("28 August, 2023")).toEqual({ year: 2023, month: 8, day: 28 });
    expect(readSegmentedDate("09/28/2024 | Press release | Distributed by Public on 09/27/2024 19:53")).toEqual({ year: 2024, month: 9, day: 28 });
    expect(readSegmentedDate("Politics | World")).toBeNull();
  });

  it("[Unofficial Translation] as a header is the mark; a * note line is not", () => {
    expect(isUnofficialTranslationMark("[Unofficial Translation]")).toBe(true);
    expect(isUnofficialTranslationMark("* Minister Kishida’s visit to the ROK was his first since he took office.")).toBe(false);
  });

  it("a deck naming the outlet: “R+ interview with …”", () => {
    expect(readLede("R+ interview with Choi Suk-inn, Ambassador of the Republic of Korea to Azerbaijan")).toEqual({
      outlet: "R+",
      interviewee: "Choi Suk-inn, Ambassador of the Republic of Korea to Azerbaijan",
    });
  });
});
