import { describe, expect, it } from "vitest";
import { FOOTER_MARKER, chromeRuleFor } from "./chrome";

describe("chromeRuleFor", () => {
  it.each([
    ["바로가기 메뉴", "Korean skip link or menu button"],
    ["본문 바로가기", "Korean skip link or menu button"],
    ["주메뉴 바로가기", "Korean skip link or menu button"],
    ["검색창 열기", "Korean skip link or menu button"],
    ["전체메뉴 닫기", "Korean skip link or menu button"],
    ["통합검색", "Korean navigation word"],
    ["Skip to main content", "navigation link or page tool"],
    ["SCREEN SIZE", "navigation link or page tool"],
    ["Print this page", "navigation link or page tool"],
    ["KOR", "language switch"],
    ["ENG", "language switch"],
    ["ENG | RUS | KAZ", "language switch"],
    ["Press Releases", "section label"],
    ["Interviews", "section label"],
    ["보도자료", "section label"],
    ["Home > Press service > News", "breadcrumb"],
    ["News › Press releases", "breadcrumb"],
    ["1. Ministry of Foreign Affairs, Republic of Korea facebook", "social link"],
    ["4. Ministry of Foreign Affairs, Republic of Korea youtube", "social link"],
    ["Facebook", "social link"],
    ["Share on Twitter", "social link"],
    ["카카오톡", "social link"],
    ["Embassy of the Republic of Korea blog", "social icon text"],
    ["Ministry of Foreign Affairs REPUBLIC OF KOREA", "masthead"],
    ["Ministry of Foreign Affairs, Republic of Korea", "masthead"],
    ["Ministry of Foreign Affairs of the Republic of Kazakhstan", "masthead"],
    ["Ministry of Foreign Affairs of Japan", "masthead"],
    ["외교부", "masthead"],
    ["주아제르바이잔 대한민국 대사관", "masthead"],
    ["© 2023 Ministry of Foreign Affairs", "copyright"],
    ["Copyright © 2017 MOFA. All rights reserved.", "copyright"],
    ["Pinterest LinkedIn Tumblr +", "share bar"],
    ["Baku +7 °С", "weather or exchange widget"],
    ["+7", "weather or exchange widget"],
    ["°С", "weather or exchange widget"],
    ["USD 0.7850", "weather or exchange widget"],
    ["USD/KZT 449.5", "weather or exchange widget"],
    ["spot_imgspot_img", "template placeholder"],
  ])("“%s” is %s", (line, name) => {
    expect(chromeRuleFor(line)?.name).toBe(name);
  });

  it.each([
    "ROK and Azerbaijan Hold 3rd Policy Consultation",
    "Ministry of Foreign Affairs Holds Briefing on Consular Safety",
    "Minister Holds Talks, Streamed on YouTube",
    "1. The ceremony was streamed live on YouTube.",
    "2. The talks were followed by a dinner",
    "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW",
    "APA presents interview with Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu",
    "Copyright protection was also discussed at the meeting.",
    "제3차 한-아제르바이잔 정책협의회 개최",
    "o In the meeting, the two sides discussed ways to strengthen cooperation.",
    "Q: What do you think of the current level of political relations?",
    "° In response, Deputy Minister Khalafov expressed support.",
    "Chapter 3",
    "G20 summit",
    "snake_case in a sentence is text",
  ])("“%s” is not chrome", (line) => {
    expect(chromeRuleFor(line)).toBeUndefined();
  });
});

describe("FOOTER_MARKER", () => {
  it.each(["Related news releases", "Related articles:", "Other news", "Latest news", "관련 기사", "관련 보도자료"])("“%s” starts the footer", (line) => {
    expect(FOOTER_MARKER.test(line)).toBe(true);
  });

  it("does not fire on a sentence about related news", () => {
    expect(FOOTER_MARKER.test("Related news releases will be issued by the embassy.")).toBe(false);
  });
});
