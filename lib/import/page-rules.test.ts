// Each structural rule on the smallest page that shows it, and on the look-alike it must leave alone.
import { describe, expect, it } from "vitest";
import {
  RULE_NAMES,
  dashDialogue,
  isByline,
  isEndMark,
  isNumberedMenuItem,
  isProse,
  isSiteClock,
  isTruncatedHeadlineCopy,
  labelledDialogue,
  metadataBlock,
  navigationRuns,
  readDialogue,
  repeatedHeadline,
  repeatedLines,
  speakerLabels,
  teaserCopy,
  toPageLines,
  trailingChrome,
  unmarkedDialogue,
} from "./page-rules";

const page = (...lines: string[]) => toPageLines(lines.join("\n"));
const roles = (reading: ReturnType<typeof readDialogue>) => reading?.lines.flat().map((part) => part.role[0]).join("") ?? null;

describe("toPageLines", () => {
  it("knows which lines a blank or no-break-space line separates", () => {
    expect(page("a", "b", "\u00A0", "c", "", "  d").map((line) => [line.content, line.gapBefore, line.indent])).toEqual([
      ["a", true, 0],
      ["b", false, 0],
      ["c", true, 0],
      ["d", true, 2],
    ]);
  });
});

describe(RULE_NAMES.navigationRun, () => {
  it("takes three or more short lines set one under another: menus, widgets, lists of headlines", () => {
    const lines = page("Home", "News", "Baku +7 °С", "USD 0.7850", "", "The headline of the release", "", "The first paragraph of the release, which is a whole sentence and long enough.");
    expect([...navigationRuns(lines, lines.length, () => false).keys()]).toEqual([0, 1, 2, 3]);
  });

  it("takes two or more numbered menu entries or breadcrumbs, indented or not", () => {
    const lines = page("  1. 뉴스", "  2. 공관 주요활동 사항", "", "1. HOME", "2. Press", "3. Press Releases");
    const runs = navigationRuns(lines, lines.length, () => false);
    expect([...runs.keys()]).toEqual([0, 1, 2, 3, 4]);
    expect(runs.get(0)).toBe(RULE_NAMES.numberedMenu);
  });

  it("leaves a headline set right on top of the text, and a lone numbered paragraph", () => {
    const lines = page("Home", "Press Releases", "Talks Held in Seoul", "1. 한국 한국 한국 한국 한국 한국");
    expect(navigationRuns(lines, lines.length, () => false).size).toBe(0);
  });

  it("leaves headline, date and title lines apart from each other, and lines another rule placed", () => {
    const lines = page("Japan-Republic of Korea Relations", "Japan-ROK Foreign Ministers’ Meeting", "June 21, 2015");
    expect(navigationRuns(lines, lines.length, () => false).size).toBe(0);
    const labels = page("Date", "2013-04-15", "hit", "1776");
    expect(navigationRuns(labels, labels.length, () => true).size).toBe(0);
  });

  it("numbered paragraphs that are sentences are not menu entries", () => {
    expect(isNumberedMenuItem("1. The two ministers met in Seoul on Monday.")).toBe(false);
    expect(isNumberedMenuItem("4. RSS")).toBe(true);
  });
});

describe(RULE_NAMES.metadataBlock, () => {
  it("takes the label/value pairs around a date label, bylines and share links, up to a blank line", () => {
    const lines = page("Headline", "", "부서명", "아시아태평양국", "작성일", "2025-03-21", "수정일", "2025-03-22", "조회수", "1372", "", "본문");
    expect([...metadataBlock(lines, [3])].sort((a, b) => a - b)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    const portal = page("A headline that is long enough to be a headline", "By Staff Reporter", "Published 2024-06-14 17:20", "Share on X");
    expect([...metadataBlock(portal, [2])].sort()).toEqual([3]);
  });
});

describe(RULE_NAMES.siteClock, () => {
  it("is a date at the top that names the weekday or has the time beside it", () => {
    expect(isSiteClock(page("Friday, December 6, 2024", "Headline"), 0, 0)).toBe(true);
    expect(isSiteClock(page("12 March 2025", "", "Wednesday, 05:01"), 0, 0)).toBe(true);
  });

  it("is not the release's own date", () => {
    expect(isSiteClock(page("May 28, 2015", "The state visit started."), 0, 0)).toBe(false);
    expect(isSiteClock(page("Headline", "Friday, December 6, 2024"), 1, 0)).toBe(false);
  });
});

describe("headline copies", () => {
  it(`${RULE_NAMES.repeatedHeadline}: the line printed twice above the body`, () => {
    const lines = page("Ministry", "THE HEADLINE", "THE HEADLINE", "Date");
    expect(repeatedHeadline(lines, [0, 1, 2])).toBe(1);
    expect(repeatedHeadline(lines, [0, 1])).toBeUndefined();
  });

  it(`${RULE_NAMES.truncatedHeadlineCopy}: a breadcrumb ending in a cut copy of the headline`, () => {
    const lines = page("HomeSPECIAL GUESTHis Excellency Rim Kap-soo, Ambassador to Romania:...", "His Excellency Rim Kap-soo, Ambassador to Romania: Career Diplomat");
    expect(isTruncatedHeadlineCopy(lines, 0, 2)).toBe(true);
    expect(isTruncatedHeadlineCopy(page("More to come...", "Something else entirely"), 0, 2)).toBe(false);
  });

  it(`${RULE_NAMES.teaserCopy}: a portal's summary repeating the article's opening, with the widget between`, () => {
    const first = "□ 장관은 회담을 하고 한미 관계, 한반도 문제 등 서로 관심 있는 사안에 관해 의견을 나누었다.";
    const second = "ㅇ 우리측에서는 북미국장, 평화외교기획단장이 배석";
    const lines = page(first, `${second} □ 양 장관은 평가를 공유하였다.`, "글자크기 설정", first, second);
    expect([...teaserCopy(lines, 0, lines.length)]).toEqual([0, 1, 2]);
    expect(teaserCopy(page(first, second), 0, 2).size).toBe(0);
  });

  it(`${RULE_NAMES.repeatedLine}: a line printed twice, one right under the other`, () => {
    expect([...repeatedLines(page("a note", "same", "same", "other"), 0, 4)]).toEqual([1, 2]);
    expect(repeatedLines(page("same", "", "same"), 0, 2).size).toBe(0);
  });
});

describe("the end of the release", () => {
  it(`${RULE_NAMES.endMark}: /end/, - end -, 끝`, () => {
    for (const line of ["/end/", "- end -", "(END)", "끝.", "- 끝 -"]) expect(isEndMark(line)).toBe(true);
    expect(isEndMark("The end of the talks came late.")).toBe(false);
  });

  it(`${RULE_NAMES.trailingChrome}: two or more short lines at the page's end`, () => {
    const lines = page("A long enough paragraph of the release that ends with a full stop, as they do.", "Tags: Korea", "Share this article", "Read also");
    expect(trailingChrome(lines, 0)).toBe(1);
  });

  it("keeps a single last line: the page cut off mid-sentence", () => {
    const lines = page("What do you enjoy most about life in Riyadh?", "I am very proud to be here, e");
    expect(trailingChrome(lines, 0)).toBe(2);
    expect(trailingChrome(page("Paragraph one is a sentence.", "- list item", "- another item"), 0)).toBe(3);
  });
});

describe("prose and bylines", () => {
  it("Korean prose is shorter than English prose", () => {
    expect(isProse("우리 대사관 대사는 외교차관을 만나 면담하고 양국관계의 현안에 대해 논의했습니다.")).toBe(true);
    expect(isProse("The talks were held.")).toBe(false);
    expect(isProse("HomeSPECIAL GUESTHis Excellency Rim Kap-soo, Ambassador of the Republic of Korea to Romania: a long line...")).toBe(false);
  });

  it("bylines", () => {
    expect(isByline("By Gulgiz Muradova")).toBe(true);
    expect(isByline("Author:")).toBe(true);
    expect(isByline("By the end of the year, trade grew by a third.")).toBe(false);
  });
});

describe("dialogue", () => {
  it(`${RULE_NAMES.labelledDialogue}: Question:/Answer: switching to Q.:/A.: in one page`, () => {
    const reading = labelledDialogue(["Question: How are relations?", "Answer: Good.", "More of the answer.", "Q.: And trade?", "A.: Growing."]);
    expect(roles(reading)).toBe("qaoqa");
    expect(reading?.lines[3]).toEqual([{ role: "question", text: "And trade?" }]);
    expect(labelledDialogue(["A: an outline letter with no question before it"])).toBeNull();
  });

  it(`${RULE_NAMES.speakerLabels}: the speaker who asks is the interviewer`, () => {
    const reading = speakerLabels(["Intro.", "C&B: Tell us about your work!", "Ambassador Rim: I came in 2022.", "C&B: What next?", "Ambassador Rim: More."]);
    expect(roles(reading)).toBe("oqaqa");
    expect(speakerLabels(["Note: one.", "Source: two.", "Note: three.", "Source: four."])).toBeNull();
  });

  it(`${RULE_NAMES.dashDialogue}: a dashed line that asks is a question; a line holding both is split`, () => {
    const reading = dashDialogue(["- An answer with no question before it.", "- How do you see the prospects? - Our countries have built experience.", "More of the answer."]);
    expect(reading?.lines.map((parts) => parts.map((part) => part.role))).toEqual([["answer"], ["question", "answer"], ["other"]]);
    expect(dashDialogue(["- a list item", "- another list item"])).toBeNull();
  });

  it(`${RULE_NAMES.unmarkedDialogue}: short paragraphs that ask, each followed by a longer answer`, () => {
    const reading = unmarkedDialogue([
      "Embassy of Korea",
      "How did you become a diplomat?",
      "After the academy I took an interest in national security and later joined the foreign service.",
      "Tell us more about your posting",
      "I have served for 33 years in many places, starting in Washington some thirty years ago.",
      "What do you enjoy most?",
      "I am very proud, e",
    ]);
    expect(roles(reading)).toBe("oqaqaqa");
    expect(unmarkedDialogue(["Will the talks go on?", "They will, the ministry said on Monday after the meeting in Seoul."])).toBeNull();
  });

  it("tries the readings in order: labels, speakers, dashes, unmarked", () => {
    expect(readDialogue(["Q: Why?", "A: Because."])?.rule).toBe(RULE_NAMES.labelledDialogue);
    expect(readDialogue(["A plain release paragraph that says what happened at the meeting."])).toBeNull();
  });
});
