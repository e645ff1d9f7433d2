import { describe, expect, it } from "vitest";
import { withoutIds } from "@/test-support/fixtures/arbitrary-body";
import { toDryRunJson } from "./dry-run";
import { readFixture, readSample } from "@/test-support/import/fixtures/samples";
import { parsePage, type ParsePageResult, type ParsedPage } from "./parse-page";
import { textOf } from "@/lib/body/schema";

function ok(result: ParsePageResult): ParsedPage {
  if (!result.ok) throw new Error(`expected a page, got: ${result.error.message}`);
  return result.page;
}

function failure(result: ParsePageResult) {
  if (result.ok) throw new Error(`expected an error, got a page titled “${result.page.title}”`);
  return result.error;
}

const summary = (result: ParsePageResult) => {
  const { file: _file, ...rest } = toDryRunJson("x", result) as Record<string, unknown>;
  return rest;
};

const rok = readSample("rokAzerbaijan");

describe("variations on a press release", () => {
  it("no date and no hit count", () => {
    const page = ok(parsePage(rok.replace("Date\n2017-11-20\nhit\n6427\n", ""), "x"));
    expect(page).toMatchObject({ date: null, views: null, title: "ROK and Azerbaijan Hold 3rd Policy Consultation" });
    expect(page.body).toHaveLength(7);
  });

  it("date and hit count on one line each, in other spellings", () => {
    for (const [dateLine, hitLine] of [
      ["Date 2017-11-20", "hit 6427"],
      ["Date: 2017.11.20", "Hits: 6,427"],
      ["Posted on November 20, 2017", "Views 6427"],
      ["등록일 2017년 11월 20일", "조회수 6427"],
    ]) {
      const page = ok(parsePage(rok.replace("Date\n2017-11-20\nhit\n6427", `${dateLine}\n${hitLine}`), "x"));
      expect([page.date, page.views]).toEqual(["2017-11-20", 6427]);
    }
  });

  it("“o” instead of “°” is kept as written", () => {
    const page = ok(parsePage(rok.replace("° In response", "o In response"), "x"));
    expect(page.body[4]).toMatchObject({ kind: "subpoint", marker: "o", level: 1 });
  });

  it("a source that skips a number is numbered by order, with a warning", () => {
    const skipped = rok.replace(/^5\. /m, "6. ").replace(/^6\. The ROK-Azerbaijan/m, "7. The ROK-Azerbaijan");
    const page = ok(parsePage(skipped, "x"));
    expect(page.body.filter((b) => b.kind === "numbered")).toHaveLength(6);
    expect(page.warnings).toEqual(["the page numbers its paragraphs 1, 2, 3, 4, 6, 7; Chancery numbers them by order (1–6)"]);
  });

  it("a ※ note with “-” lines, written tight, glued and indented", () => {
    const text = [
      "Press Releases",
      "Foreign Ministers Meet",
      "1. The foreign ministers of the two countries met in Seoul on Monday.",
      "※Participants",
      "  - Korea: Foreign Minister",
      "  - Kazakhstan: Deputy Foreign Minister",
      "o The ministers agreed to meet again next year in Astana.",
      "2. The meeting was held in a friendly atmosphere.",
    ].join("\n");
    const page = ok(parsePage(text, "x"));
    expect(withoutIds(page.body)).toEqual([
      { kind: "numbered", text: "The foreign ministers of the two countries met in Seoul on Monday." },
      { kind: "note", text: "Participants", list: { marker: "-", items: ["Korea: Foreign Minister", "Kazakhstan: Deputy Foreign Minister"] } },
      { kind: "subpoint", marker: "o", level: 1, text: "The ministers agreed to meet again next year in Astana." },
      { kind: "numbered", text: "The meeting was held in a friendly atmosphere." },
    ]);
  });

  it("a numbered paragraph that ends on YouTube with a full stop is body, not a social link", () => {
    const text = "Press Releases\nCeremony Held\n1. The ceremony was streamed live on YouTube.\n2. Another 2 paragraphs follow here.";
    expect(ok(parsePage(text, "x")).body.map(textOf)).toEqual([
      "The ceremony was streamed live on YouTube.",
      "Another 2 paragraphs follow here.",
    ]);
  });

  it("a “Related news” link in the navigation does not cut the page", () => {
    const text = "Related news\nPress Releases\nTalks Held\n1. The talks were held in Seoul on Monday afternoon.";
    expect(ok(parsePage(text, "x")).body).toHaveLength(1);
  });

  it("stray whitespace everywhere: leading tabs, NBSP, trailing blanks, blank lines of spaces", () => {
    const messy = rok
      .split("\n")
      .map((line, i) => (i % 2 ? `\t${line.replace(/ /g, "\u00A0")}   ` : `   ${line}\t`))
      .join("\n \t \n");
    expect(summary(parsePage(messy, "x"))).toEqual(summary(parsePage(rok, "x")));
  });
});

describe("pages nobody here has seen", () => {
  it("a Korean-language release: Korean chrome, 1./ㅇ/o/※, 등록일 and 조회수", () => {
    const page = ok(parsePage(readFixture("korean-release.txt"), "korean-release.txt"));
    expect(page).toMatchObject({
      kind: "press_release",
      title: "제3차 한-아제르바이잔 정책협의회 개최",
      date: "2017-11-20",
      views: 1234,
      language: "ko",
      unofficialTranslation: false,
      warnings: [],
    });
    expect(withoutIds(page.body).map((b) => JSON.stringify(b).slice(0, 60))).toHaveLength(6);
    expect(page.body.map((b) => (b.kind === "subpoint" ? b.marker : b.kind))).toEqual(["numbered", "ㅇ", "numbered", "o", "note", "numbered"]);
    expect(page.body[4]).toMatchObject({ text: "참석자", list: { marker: "-", items: ["우리측: 윤순구 차관보 등", "아제르바이잔측: 할라프 할라포프 외교차관 등"] } });
  });

  it("another ministry's page: other chrome, breadcrumbs, unnumbered paragraphs, “Other news” footer", () => {
    const page = ok(parsePage(readFixture("unknown-ministry-page.txt"), "unknown-ministry-page.txt"));
    expect(page).toMatchObject({
      kind: "press_release",
      title: "Kazakhstan and Korea Discuss Trade and Investment Cooperation",
      date: "2023-03-14",
      views: 1204,
      language: "en",
      warnings: [],
    });
    expect(page.body.map((b) => b.kind)).toEqual(["paragraph", "paragraph", "paragraph"]);
    expect(textOf(page.body[0]!)).toMatch(/^Astana, 14 March 2023 – Deputy Minister/);
    expect(textOf(page.body[2]!)).toMatch(/https:\/\/www\.gov\.kz\/memleket\/entities\/mfa\.$/);
  });

  it("another agency's interview: Q./A., a dated dateline, “Trend presents an exclusive interview with …”", () => {
    const page = ok(parsePage(readFixture("agency-interview.txt"), "agency-interview.txt"));
    expect(page).toMatchObject({
      kind: "interview",
      title: "Korean envoy: Our cooperation with Azerbaijan has great potential",
      date: "2019-07-20",
      outlet: "Trend",
      interviewee: "the Ambassador of the Republic of Korea to Azerbaijan",
      lede: "Trend presents an exclusive interview with the Ambassador of the Republic of Korea to Azerbaijan.",
      // "Trend News Agency", "Home / Interviews", "Interviews" stand one under another: a navigation run.
      warnings: [],
    });
    expect(page.body.map((b) => b.kind[0]).join("")).toBe("qaaqaqa");
  });

  it("a long interview: 50 questions, answers of one to three paragraphs, some without “A:”", () => {
    const lines = ["Interviews", "Minister: fifty questions answered - INTERVIEW", "Yonhap presents interview with the Minister"];
    for (let q = 1; q <= 50; q++) {
      lines.push(`Q: Question number ${q} about the state of bilateral relations?`);
      const paragraphs = (q % 3) + 1;
      for (let p = 1; p <= paragraphs; p++) {
        const prefix = p === 1 && q % 4 !== 0 ? "A: " : "";
        lines.push(`${prefix}Answer ${q}, paragraph ${p}: relations between the two countries are developing well.`);
      }
    }
    const started = performance.now();
    const page = ok(parsePage(lines.join("\n\n"), "long.txt"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary(parsePage(lines.join("\n\n"), "long.txt"))).toMatchObject({ kind: "interview", qaPairs: 50, paragraphs: 0, blocks: 50 + 101 });
    expect(page).toMatchObject({ outlet: "Yonhap", interviewee: "the Minister" });
  });

  it("an interview whose dateline crosses the new year takes the year before the trailing date", () => {
    const text = "23:50 31 December\nEnvoy: year ahead - INTERVIEW\nQ: What comes next year?\nA: More exchanges between our two peoples, I hope.\n/ 2 January , 2019";
    expect(ok(parsePage(text, "x")).date).toBe("2018-12-31");
  });

  it("a dateline without any year leaves the date empty and says so", () => {
    const page = ok(parsePage("10:15 20 July\nEnvoy speaks - INTERVIEW\nQ: How are relations?\nA: Relations are very good these days, thank you.", "x"));
    expect(page.date).toBeNull();
    expect(page.warnings).toEqual(["the dateline gives day 20 of month 7 but no year: the date is left empty"]);
  });

  it("the same page saved as UTF-16 (Notepad's “Unicode”) or with a BOM", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(rok, "utf16le"))]);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(rok)]);
    expect(summary(parsePage(utf16, "x"))).toEqual(summary(parsePage(rok, "x")));
    expect(summary(parsePage(bom, "x"))).toEqual(summary(parsePage(rok, "x")));
  });

  it("an older Korean page saved as EUC-KR", () => {
    const hanguk = [0xc7, 0xd1, 0xb1, 0xb9, 0x20]; // "한국 " in EUC-KR
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    const bytes = new Uint8Array([...ascii("Press Releases\nTitle\n1. "), ...Array.from({ length: 6 }, () => hanguk).flat()]);
    const page = ok(parsePage(bytes, "x"));
    expect(page).toMatchObject({ title: "Title", language: "ko" });
    expect(textOf(page.body[0]!)).toBe("한국 한국 한국 한국 한국 한국");
  });
});

describe("bad input gets a clear error", () => {
  it("an empty file, or one with only blank lines", () => {
    for (const raw of ["", new Uint8Array(0), " \r\n\t\n\u00A0\n", new TextEncoder().encode("\uFEFF\n\n")]) {
      expect(failure(parsePage(raw, "x"))).toEqual({ code: "empty", message: "empty file" });
    }
  });

  it("a binary file", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(failure(parsePage(png, "x"))).toEqual({ code: "binary", message: "binary file (contains NUL bytes)" });
    expect(failure(parsePage("text\u0000more", "x")).message).toBe("binary file (contains NUL bytes)");
    expect(failure(parsePage(new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xff]), "x")).message).toBe("binary file (not UTF-8 text)");
    expect(failure(parsePage("\u0001\u0002\u0003 text \u0004\u0005", "x")).message).toMatch(/^binary file \(\d+% control characters\)$/);
  });

  it("10 MB of noise fails on its size, fast", () => {
    const bytes = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
    const text = "noise ".repeat((10 * 1024 * 1024) / 6);
    const started = performance.now();
    expect(failure(parsePage(bytes, "noise.bin"))).toEqual({ code: "too_large", message: "file is 10.0 MB; the limit is 2 MB" });
    expect(failure(parsePage(text, "noise.txt")).message).toBe("file is 10.0 MB; the limit is 2 MB");
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("just under 2 MB of text noise fails with a reason, in well under a second", () => {
    const words = ["lorem", "ipsum", "dolor", "amet", "외교부", "x1", "o", "-", "1.", "Q:"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const lines: string[] = [];
    let size = 0;
    while (size < 1.9 * 1024 * 1024) {
      const line = Array.from({ length: 3 + (next() % 20) }, () => words[next() % words.length]).join(" ");
      lines.push(line);
      size += new TextEncoder().encode(line).length + 1;
    }
    const started = performance.now();
    const error = failure(parsePage(lines.join("\n"), "noise.txt"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.code).toBe("invalid_body");
    expect(error.message).toBe("the body cannot be read: The text has more than 999 blocks, the most a body can hold");
  });

  it("a page with only the site's chrome", () => {
    expect(failure(parsePage(readFixture("only-chrome.txt"), "x"))).toEqual({ code: "no_title", message: "no title found" });
  });

  it("a page with a title and nothing under it", () => {
    expect(failure(parsePage("Press Releases\n\nROK and Azerbaijan Hold 3rd Policy Consultation\n\nDate\n2017-11-20\n", "x"))).toEqual({
      code: "no_body",
      message: "no body paragraphs found — is this a press release or interview?",
    });
  });

  it("something that is not a release at all", () => {
    expect(failure(parsePage("milk\neggs\nbread\nbutter\n", "shopping.txt")).code).toBe("no_body");
    expect(failure(parsePage("id,name,value\n1,a,2\n2,b,3\n", "data.csv")).code).toBe("no_body");
  });

  it("a body paragraph over the block limit", () => {
    const error = failure(parsePage(`Press Releases\nTitle\n1. ${"long ".repeat(2500)}`, "x"));
    expect(error).toEqual({ code: "invalid_body", message: "the body cannot be read: Block 1: Text is longer than 10,000 characters" });
  });
});

describe("layouts of the archive (test-support/import/fixtures/classes)", () => {
  const read = (name: string) => ok(parsePage(readFixture(`classes/${name}.txt`), `${name}.txt`));
  const bodyText = (page: ParsedPage) => page.body.map(textOf).join("\n");

  it.each([
    ["older-ministry-layout", ["Skip navigation", "HOME", "SITEMAP", "/end/", "LIST"]],
    ["agency-interview-dateline", ["°С", "USD", "Politics", "Share", "Comments", "Related news", "UTC"]],
    ["agency-interview-unmarked", ["°С", "USD/KZT", "Contacts", "Tags:", "Read also"]],
    ["portal-repost", ["Log in", "Seoul to host", "By Staff Reporter", "Share on", "Write a comment", "Terms of use"]],
    ["other-ministry-dateline", ["Main menu", "Consular services", "Print", "Other news"]],
  ])("%s leaves the site's chrome out of the body", (name, chrome) => {
    const text = bodyText(read(name));
    for (const word of chrome) expect(text).not.toContain(word);
  });

  it("keeps an inline “ - ” inside a paragraph and a * note line as text", () => {
    expect(read("other-ministry-dateline").body[1]).toMatchObject({ kind: "paragraph", text: expect.stringContaining("political dialogue - including") });
    expect(read("older-ministry-briefing").body.map((block) => block.kind)).toEqual(["numbered", "numbered", "paragraph", "numbered"]);
  });

  it("reads a Korean original's □ as numbered paragraphs, ㅇ and - as sub-points, ※ as a note", () => {
    const page = read("korean-original");
    expect(page.body.map((block) => (block.kind === "subpoint" ? `${block.marker}${block.level}` : block.kind))).toEqual([
      "numbered", "ㅇ1", "numbered", "ㅇ1", "-2", "numbered", "note", "paragraph",
    ]);
  });

  it("turns dashes and unmarked questions into questions and answers", () => {
    expect(read("agency-interview-dateline").body.map((block) => block.kind[0]).join("")).toBe("pqaaqaqa");
    expect(read("agency-interview-unmarked").body.map((block) => block.kind[0]).join("")).toBe("pqaaqaqa");
  });
});
