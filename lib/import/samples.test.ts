// The five sample pages, read the way a person reads them. Counts were made by hand from the files.
import { describe, expect, it } from "vitest";
import { parseBody } from "@/lib/body/parse";
import { bodyToPlainText } from "@/lib/body/plain-text";
import type { Block, Body } from "@/lib/body/schema";
import { serializeBody } from "@/lib/body/serialize";
import { withoutIds } from "@/test-support/fixtures/arbitrary-body";
import { SAMPLE_NAMES, readSample, type SampleName } from "@/test-support/import/fixtures/samples";
import { parsePage, type ParsedPage } from "./parse-page";
import { textOf } from "@/lib/body/schema";

function page(name: SampleName): ParsedPage {
  const result = parsePage(readSample(name), SAMPLE_NAMES[name]);
  if (!result.ok) throw new Error(result.error.message);
  return result.page;
}

/** N numbered · the sub-point's marker · ※ with its list's length · Q · A · P paragraph · H heading. */
function shape(body: Body): string[] {
  return body.map((block: Block) => {
    switch (block.kind) {
      case "numbered":
        return "N";
      case "subpoint":
        return `${block.marker}${block.level > 1 ? block.level : ""}`;
      case "note":
        return block.list ? `※${block.list.marker}×${block.list.items.length}` : "※";
      case "question":
        return "Q";
      case "answer":
        return "A";
      case "paragraph":
        return "P";
      case "heading":
        return "H";
      case "image":
      case "attachment":
        return "M";
    }
  });
}

const CHROME_WORDS = ["바로가기", "검색창", "facebook", "youtube", "SCREEN SIZE", "Press Releases", "Related news", "unofficial translation", "KOR", "REPUBLIC OF KOREA", "/ 21 July"];

describe.each(Object.keys(SAMPLE_NAMES) as SampleName[])("sample %s", (name) => {
  it("leaves no site chrome in the body", () => {
    const text = bodyToPlainText(page(name).body);
    for (const word of CHROME_WORDS) expect(text).not.toContain(word);
  });

  it("survives a round trip through the text convention", () => {
    const { body } = page(name);
    expect(parseBody(serializeBody(body), { previous: body })).toEqual(body);
    expect(withoutIds(parseBody(serializeBody(body)))).toEqual(withoutIds(body));
  });

  it("is recognised when copied again with other line endings, spacing, view count and related news", () => {
    const crlf = readSample(name).replace(/\n/g, "\r\n").replace("6427", "6502").replace("USD rate for July 23", "Weather");
    const spaced = readSample(name)
      .split("\n")
      .map((line) => `${line.replace(/ /g, (space, offset: number) => (offset % 7 === 3 ? "\u00A0" : space))}  \t`)
      .join("\n");
    for (const variant of [crlf, spaced]) {
      const result = parsePage(variant, "copy.txt");
      expect(result.ok && result.page.sourceHash).toBe(page(name).sourceHash);
      expect(result.ok && withoutIds(result.page.body)).toEqual(withoutIds(page(name).body));
    }
  });
});

describe("ROK and Azerbaijan Hold 3rd Policy Consultation", () => {
  const release = page("rokAzerbaijan");

  it("has 6 numbered paragraphs and one ° sub-point after paragraph 4", () => {
    expect(shape(release.body)).toEqual(["N", "N", "N", "N", "°", "N", "N"]);
    expect(textOf(release.body[4]!)).toMatch(/^In response, Deputy Minister Khalafov, expressing support/);
    expect(textOf(release.body[0]!)).toMatch(/^On November 20, Deputy Foreign Minister for Political Affairs Yoon Soon-gu/);
    expect(textOf(release.body.at(-1)!)).toMatch(/including trade, investment and infrastructure construction\.$/);
  });

  it("is an unofficial English translation dated 2017-11-20 with 6427 views", () => {
    expect(release).toMatchObject({
      kind: "press_release",
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      date: "2017-11-20",
      views: 6427,
      language: "en",
      unofficialTranslation: true,
      lede: null,
      outlet: null,
      interviewee: null,
      warnings: [],
    });
  });
});

describe("Outcome of Bilateral Foreign Ministers’ Meetings (the forum)", () => {
  const release = page("forum");

  it("has 8 numbered paragraphs, a ※ note with 5 “-” lines after paragraph 1, and 7 o sub-points in order", () => {
    expect(shape(release.body)).toEqual([
      "N", "※-×5",
      "N", "o", "o",
      "N", "o",
      "N", "o",
      "N", "o",
      "N", "o", "o",
      "N",
      "N",
    ]);
    expect(release.body[1]).toMatchObject({
      kind: "note",
      text: "Heads of delegations of Central Asian countries",
      list: {
        marker: "-",
        items: [
          "Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN",
          "Uzbekistan: Foreign Minister Abdulaziz KAMILOV",
          "Turkmenistan: Foreign Minister Rashid MEREDOV",
          "Kyrgyzstan: Foreign Minister Ruslan KAZAKBAYEV",
          "Kazakhstan: Deputy Foreign Minister Marat SYZDYKOV",
        ],
      },
    });
    const subpoints = release.body.filter((b) => b.kind === "subpoint").map((b) => b.text.slice(0, 40));
    expect(subpoints).toEqual([
      "Foreign Minister Chung and the heads of ",
      "Foreign Minister Chung requested continu",
      "In addition, the two Foreign Ministers s",
      "Foreign Minister Chung requested Uzbekis",
      "Foreign Minister Chung expressed hope th",
      "Particularly, the two Foreign Ministers ",
      "Foreign Minister Chung said that the Kor",
    ]);
  });

  it("has no date, no view count and an ordinary title", () => {
    expect(release).toMatchObject({
      kind: "press_release",
      title: "Outcome of Bilateral Foreign Ministers’ Meetings Held on Occasion of Korea-Central Asia Cooperation Forum",
      date: null,
      views: null,
      language: "en",
      unofficialTranslation: false,
    });
  });
});

describe("Deputy Minister … Hosts First Korea-Central Asia High Level Officials' Meeting", () => {
  const release = page("highLevel");

  // The source numbers its paragraphs 1–6 without a gap (4 is there: "4. Deputy Minister Kim said…");
  // were one missing, the body would still number by order and the page would carry a warning.
  it("has 6 numbered paragraphs with an o sub-point after paragraphs 1 and 4", () => {
    expect(shape(release.body)).toEqual(["N", "o", "N", "N", "N", "o", "N", "N"]);
    expect(textOf(release.body[4]!)).toMatch(/^Deputy Minister Kim said that the ROK government/);
    expect(release.warnings).toEqual([]);
  });

  it("keeps the NBSP-joined words as ordinary spaces", () => {
    expect(textOf(release.body[0]!)).toContain("High Level Officials' Meeting on November 19");
    expect(textOf(release.body[4]!)).toContain("“Year of New Northern Cooperation”");
  });

  it("has a 151-character title and no date or view count", () => {
    expect(release.title).toBe(
      "Deputy Minister for Political Affairs Hosts First Korea-Central Asia High Level Officials' Meeting (1+5) to Prepare for Korea-Central Asia Cooperation Forum",
    );
    expect(release).toMatchObject({ date: null, views: null, unofficialTranslation: false, language: "en" });
  });
});

describe("Vice Minister of Foreign Affairs Choi Has Meeting with Central Asian Ambassadors", () => {
  const release = page("viceMinister");

  it("has 6 numbered paragraphs with a ° sub-point after paragraphs 2 and 3", () => {
    expect(shape(release.body)).toEqual(["N", "N", "°", "N", "°", "N", "N", "N"]);
    expect(release.title).toBe("Vice Minister of Foreign Affairs Choi Has Meeting with Central Asian Ambassadors to ROK");
    expect(release).toMatchObject({ date: null, views: null, unofficialTranslation: false });
  });
});

describe("Ambassador: South Korea ready to respond … - INTERVIEW", () => {
  const interview = page("interview");

  it("has 10 questions, each answered; 20 answer paragraphs in all", () => {
    const answersPerQuestion: number[] = [];
    for (const block of interview.body) {
      if (block.kind === "question") answersPerQuestion.push(0);
      if (block.kind === "answer") answersPerQuestion[answersPerQuestion.length - 1]! += 1;
    }
    expect(answersPerQuestion).toEqual([2, 2, 1, 2, 2, 3, 1, 1, 3, 3]);
    expect(interview.body).toHaveLength(30);
    expect(interview.body.every((b) => b.kind === "question" || b.kind === "answer")).toBe(true);
  });

  it("takes the paragraphs after the Nagorno-Karabakh question, written without “A:”, as its answer", () => {
    const question = interview.body.findIndex((b) => textOf(b).includes("Nagorno-Karabakh conflict"));
    expect(interview.body.slice(question, question + 4).map((b) => [b.kind, textOf(b).slice(0, 30)])).toEqual([
      ["question", "What is South Korea’s stance o"],
      ["answer", "The Korean people share deepes"],
      ["answer", "This year I will visit settlem"],
      ["answer", "I strong wish that the conflic"],
    ]);
  });

  it("ends with the last answer, before the related news", () => {
    expect(textOf(interview.body.at(-1)!)).toMatch(/and the security of the nation\.$/);
  });

  it("recovers title, lede, outlet, interviewee and the date from the dateline and the trailing year", () => {
    expect(interview).toMatchObject({
      kind: "interview",
      title: "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW",
      lede: "APA presents interview with Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu",
      outlet: "APA",
      interviewee: "Ambassador of the Republic of Korea to Azerbaijan Kim Chang-gyu",
      date: "2018-07-20",
      views: null,
      language: "en",
      unofficialTranslation: false,
    });
  });
});
