import { describe, expect, it } from "vitest";
import { toDryRunJson } from "./dry-run";
import { readSample, samplePath, type SampleName } from "@/test-support/import/fixtures/samples";
import { parsePage } from "./parse-page";

const dryRun = (name: SampleName) => toDryRunJson(samplePath(name), parsePage(readSample(name), samplePath(name)));
/** The contract's keys as they were, before the confidence the importer adds after them. */
const contract = (name: SampleName) => {
  const { confidence: _confidence, ...line } = dryRun(name) as Record<string, unknown>;
  return line;
};

describe("toDryRunJson", () => {
  it("gives the contract's line for each sample, keys in the contract's order", () => {
    expect(contract("rokAzerbaijan")).toEqual({
      file: samplePath("rokAzerbaijan"),
      kind: "press_release",
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      date: "2017-11-20",
      views: 6427,
      language: "en",
      unofficialTranslation: true,
      paragraphs: 6,
      qaPairs: 0,
      blocks: 7,
    });
    expect(Object.keys(dryRun("rokAzerbaijan"))).toEqual([
      "file", "kind", "title", "date", "views", "language", "unofficialTranslation", "paragraphs", "qaPairs", "blocks", "confidence",
    ]);
    expect(contract("forum")).toEqual({
      file: samplePath("forum"),
      kind: "press_release",
      title: "Outcome of Bilateral Foreign Ministers’ Meetings Held on Occasion of Korea-Central Asia Cooperation Forum",
      date: null,
      views: null,
      language: "en",
      unofficialTranslation: false,
      paragraphs: 8,
      qaPairs: 0,
      blocks: 16,
    });
    expect(contract("highLevel")).toEqual({
      file: samplePath("highLevel"),
      kind: "press_release",
      title:
        "Deputy Minister for Political Affairs Hosts First Korea-Central Asia High Level Officials' Meeting (1+5) to Prepare for Korea-Central Asia Cooperation Forum",
      date: null,
      views: null,
      language: "en",
      unofficialTranslation: false,
      paragraphs: 6,
      qaPairs: 0,
      blocks: 8,
    });
    expect(contract("viceMinister")).toEqual({
      file: samplePath("viceMinister"),
      kind: "press_release",
      title: "Vice Minister of Foreign Affairs Choi Has Meeting with Central Asian Ambassadors to ROK",
      date: null,
      views: null,
      language: "en",
      unofficialTranslation: false,
      paragraphs: 6,
      qaPairs: 0,
      blocks: 8,
    });
    expect(contract("interview")).toEqual({
      file: samplePath("interview"),
      kind: "interview",
      title: "Ambassador: South Korea ready to respond to any threat by North Korea in close cooperation with US - INTERVIEW",
      date: "2018-07-20",
      views: null,
      language: "en",
      unofficialTranslation: false,
      paragraphs: 0,
      qaPairs: 10,
      blocks: 30,
    });
  });

  it("adds a confidence with reasons for each scored field", () => {
    const line = dryRun("rokAzerbaijan");
    expect("confidence" in line && line.confidence).toEqual({
      kind: { level: "high", reasons: ["no questions and answers, and the headline does not say interview"] },
      title: { level: "high", reasons: ["the line above the date and view labels"] },
      date: { level: "high", reasons: ["a date label"] },
      views: { level: "high", reasons: ["a view-count label"] },
      unofficialTranslation: { level: "high", reasons: ["the page carries the unofficial-translation mark"] },
      structure: { level: "high", reasons: ["6 numbered paragraph(s)"] },
    });
    const forum = dryRun("forum");
    expect("confidence" in forum && forum.confidence.date).toEqual({
      level: "low",
      reasons: ["the page shows no date of its own: give the public date"],
    });
  });

  it("keeps the path as given and reports an error in one line", () => {
    expect(toDryRunJson("./in/empty.txt", parsePage("", "./in/empty.txt"))).toEqual({ file: "./in/empty.txt", error: "empty file" });
    expect(JSON.stringify(toDryRunJson("a b.txt", parsePage(new Uint8Array([0x50, 0x4b, 0, 0]), "a b.txt")))).toBe(
      '{"file":"a b.txt","error":"binary file (contains NUL bytes)"}',
    );
  });
});
