import { describe, expect, it } from "vitest";
import { toDryRunJson } from "./dry-run";
import { readSample, samplePath, type SampleName } from "./fixtures/samples";
import { parsePage } from "./parse-page";

const dryRun = (name: SampleName) => toDryRunJson(samplePath(name), parsePage(readSample(name), samplePath(name)));

describe("toDryRunJson", () => {
  it("gives the contract's line for each sample, keys in the contract's order", () => {
    expect(dryRun("rokAzerbaijan")).toEqual({
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
      "file", "kind", "title", "date", "views", "language", "unofficialTranslation", "paragraphs", "qaPairs", "blocks",
    ]);
    expect(dryRun("forum")).toEqual({
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
    expect(dryRun("highLevel")).toEqual({
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
    expect(dryRun("viceMinister")).toEqual({
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
    expect(dryRun("interview")).toEqual({
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

  it("keeps the path as given and reports an error in one line", () => {
    expect(toDryRunJson("./in/empty.txt", parsePage("", "./in/empty.txt"))).toEqual({ file: "./in/empty.txt", error: "empty file" });
    expect(JSON.stringify(toDryRunJson("a b.txt", parsePage(new Uint8Array([0x50, 0x4b, 0, 0]), "a b.txt")))).toBe(
      '{"file":"a b.txt","error":"binary file (contains NUL bytes)"}',
    );
  });
});
