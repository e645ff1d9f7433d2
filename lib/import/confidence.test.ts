import { describe, expect, it } from "vitest";
import { fieldConfidence, lowConfidenceFields, type ConfidenceInput } from "./confidence";

const sure: ConfidenceInput = {
  kind: "press_release",
  kindEvidence: [],
  dialogueRule: undefined,
  title: { found: true, reasons: ["the line above the date and view labels"] },
  date: { found: true, reasons: ["a date label"] },
  views: 12,
  unofficialTranslation: false,
  structure: { paragraphs: 3, qaPairs: 0, reasons: [], cutOff: false, renumbered: false },
};

describe("fieldConfidence", () => {
  it("is sure of fields read from labels and of a complete, numbered release", () => {
    expect(lowConfidenceFields(fieldConfidence(sure))).toEqual([]);
    expect(fieldConfidence(sure).structure).toEqual({ level: "high", reasons: ["3 numbered paragraph(s)"] });
  });

  it("asks the editor about a missing title or date, a headline picked among several lines, a page cut off", () => {
    const unsure = fieldConfidence({
      ...sure,
      title: { found: true, reasons: ["the first of 3 lines above the text, taken for the headline"] },
      date: { found: false, reasons: [] },
      structure: { ...sure.structure, cutOff: true },
    });
    expect(lowConfidenceFields(unsure)).toEqual(["title", "date", "structure"]);
    expect(unsure.date.reasons).toEqual(["the page shows no date of its own: give the public date"]);
    expect(lowConfidenceFields(fieldConfidence({ ...sure, title: { found: false, reasons: [] } }))).toEqual(["title"]);
  });

  it("takes inferred questions and answers as likely, labelled ones as sure", () => {
    const unmarked = fieldConfidence({ ...sure, kind: "interview", kindEvidence: ["unmarked questions and answers"], dialogueRule: "unmarked questions and answers" });
    expect([unmarked.kind.level, unmarked.structure.level]).toEqual(["medium", "medium"]);
    const labelled = fieldConfidence({ ...sure, kind: "interview", kindEvidence: ["labelled questions and answers"], dialogueRule: "labelled questions and answers" });
    expect([labelled.kind.level, labelled.structure.level]).toEqual(["high", "high"]);
  });
});
