import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashBlockSource } from "@/lib/body/plain-text";
import type { Block } from "@/lib/body/schema";
import { bodyArbitrary } from "@/test-support/fixtures/arbitrary-body";
import {
  alignTranslation,
  buildTranslatedBody,
  buildTranslation,
  entriesOf,
  fieldStatus,
  hashSourceText,
  isBehindOriginal,
  progress,
  SUMMARY_KEY,
  TITLE_KEY,
  translationStatus,
  type SourceHashes,
  type TranslationEntry,
} from "./alignment";
import { textOf } from "@/lib/body/schema";
import { DomainError } from "@/lib/errors";

const korean: Block[] = [
  { id: "para1", kind: "numbered", text: "윤순구 차관보는 정책협의회를 개최하였다." },
  { id: "sub11", kind: "subpoint", marker: "ㅇ", level: 1, text: "양측은 수교 25주년을 평가하였다." },
  { id: "para2", kind: "numbered", text: "윤 차관보는 정부의 노력을 설명하였다." },
  { id: "para3", kind: "numbered", text: "양측은 차기 협의회를 바쿠에서 개최하기로 하였다." },
  { id: "note1", kind: "note", text: "참석자", list: { marker: "-", items: ["윤순구 차관보", "할라포프 차관"] } },
];

const english: Record<string, TranslationEntry> = {
  para1: { sourceId: "para1", text: "Deputy Minister Yun held the policy consultation." },
  sub11: { sourceId: "sub11", text: "The two sides commended 25 years of relations." },
  para2: { sourceId: "para2", text: "Yun explained the government's efforts.", translatorNote: "“Government” is the ROK government." },
  para3: { sourceId: "para3", text: "The sides agreed to hold the next round in Baku." },
  note1: { sourceId: "note1", text: "Participants", listItems: ["Deputy Minister Yun Soon-gu", "Deputy Minister Khalaf Khalafov"] },
};

/** A translation of `source` made now, of the given blocks. */
function translate(source: readonly Block[], ids: string[] = source.map((block) => block.id)) {
  return buildTranslatedBody(source, ids.map((id) => english[id]!));
}

describe("buildTranslatedBody", () => {
  it("takes structure from the source and words from the translator, in source order", () => {
    const { body, sourceHashes, dropped } = buildTranslatedBody(korean, [english.note1!, english.para2!, english.para1!, english.sub11!, english.para3!]);
    expect(body.map((block) => block.id)).toEqual(["para1", "sub11", "para2", "para3", "note1"]);
    expect(body[1]).toEqual({ id: "sub11", kind: "subpoint", marker: "ㅇ", level: 1, text: "The two sides commended 25 years of relations." });
    expect(body[2]).toMatchObject({ kind: "numbered", translatorNote: "“Government” is the ROK government." });
    expect(body[4]).toEqual({
      id: "note1",
      kind: "note",
      text: "Participants",
      list: { marker: "-", items: ["Deputy Minister Yun Soon-gu", "Deputy Minister Khalaf Khalafov"] },
    });
    expect(sourceHashes).toEqual(Object.fromEntries(korean.map((block) => [block.id, hashBlockSource(block)])));
    expect(dropped).toEqual([]);
  });

  it("leaves out blocks with no text and entries for blocks the source no longer has", () => {
    const { body, sourceHashes, dropped } = buildTranslatedBody(korean, [
      english.para1!,
      { sourceId: "para2", text: "   " },
      { sourceId: "gone1", text: "A paragraph the original dropped." },
      { sourceId: "gone2", text: "" },
    ]);
    expect(body.map((block) => block.id)).toEqual(["para1"]);
    expect(Object.keys(sourceHashes)).toEqual(["para1"]);
    expect(dropped).toEqual(["gone1"]);
  });

  it("stores a sub-point whose parent is not yet translated one level up, so the draft stays a valid body", () => {
    const source: Block[] = [
      { id: "para1", kind: "numbered", text: "하나." },
      { id: "sub11", kind: "subpoint", marker: "o", level: 1, text: "가." },
      { id: "sub12", kind: "subpoint", marker: "-", level: 2, text: "나." },
    ];
    const { body } = buildTranslatedBody(source, [{ sourceId: "sub12", text: "B." }]);
    expect(body).toEqual([{ id: "sub12", kind: "subpoint", marker: "-", level: 1, text: "B." }]);
    const complete = buildTranslatedBody(source, [
      { sourceId: "para1", text: "One." },
      { sourceId: "sub11", text: "A." },
      { sourceId: "sub12", text: "B." },
    ]);
    expect(complete.body[2]).toMatchObject({ level: 2 });
  });

  it("refuses text that is not one paragraph, naming the source block", () => {
    expect(() => buildTranslatedBody(korean, [{ sourceId: "para2", text: "Two\nlines" }])).toThrow(/^Block 3: Text must be one paragraph/);
  });

  it("keeps a note's list translated so far, counting the note untranslated until the list is finished", () => {
    const unfinished = buildTranslatedBody(korean, [{ sourceId: "note1", text: "Participants", listItems: ["Deputy Minister Yun", " "] }]);
    expect(unfinished.body).toEqual([{ id: "note1", kind: "note", text: "Participants", list: { marker: "-", items: ["Deputy Minister Yun"] } }]);
    const row = alignTranslation(korean, unfinished).find((aligned) => aligned.source.id === "note1");
    expect(row).toMatchObject({ status: "untranslated", translated: { text: "Participants" } });

    const noItems = buildTranslatedBody(korean, [{ sourceId: "note1", text: "Participants" }]);
    expect(noItems.body).toEqual([{ id: "note1", kind: "note", text: "Participants" }]);

    const finished = buildTranslatedBody(korean, [english.note1!], unfinished);
    expect(alignTranslation(korean, finished).find((aligned) => aligned.source.id === "note1")?.status).toBe("current");
  });

  it("refuses a note's list with a gap or more items than the source's", () => {
    expect(() => buildTranslatedBody(korean, [{ sourceId: "note1", text: "Participants", listItems: ["", "Khalafov"] }])).toThrow(
      "Block 5: item 1 of the note's list is empty; translate the items in order.",
    );
    expect(() => buildTranslatedBody(korean, [{ sourceId: "note1", text: "P", listItems: ["a", "b", "c"] }])).toThrow(
      "Block 5: the note's list has 2 items in the original, not 3.",
    );
  });

  it("refuses a block translated twice", () => {
    expect(() => buildTranslatedBody(korean, [english.para1!, english.para1!])).toThrow(DomainError);
  });

  it("refuses a draft whose order only the untranslated neighbour made valid", () => {
    const interview: Block[] = [
      { id: "q0001", kind: "question", text: "질문?" },
      { id: "a0001", kind: "answer", text: "답." },
      { id: "h0001", kind: "heading", text: "맺음말" },
      { id: "p0001", kind: "paragraph", text: "끝." },
    ];
    expect(() => buildTranslatedBody(interview, [{ sourceId: "a0001", text: "Answer." }, { sourceId: "p0001", text: "The end." }])).toThrow(
      /^Block 4: After questions and answers/,
    );
  });

  it("keeps the hash an unchanged block was made from, so an autosave does not make a stale block current", () => {
    const made = translate(korean);
    const edited = korean.map((block) => (block.id === "para3" ? { ...block, text: "양측은 차기 협의회를 서울에서 개최하기로 하였다." } : block));
    const autosaved = buildTranslatedBody(edited, entriesOf(made.body), made);
    expect(autosaved.sourceHashes.para3).toBe(made.sourceHashes.para3);
    expect(alignTranslation(edited, autosaved).find((row) => row.source.id === "para3")?.status).toBe("stale");

    const reworded = buildTranslatedBody(
      edited,
      entriesOf(made.body).map((entry) => (entry.sourceId === "para3" ? { ...entry, text: "The sides agreed to meet next in Seoul." } : entry)),
      made,
    );
    expect(alignTranslation(edited, reworded).map((row) => row.status)).toEqual(["current", "current", "current", "current", "current"]);

    const confirmed = buildTranslatedBody(
      edited,
      entriesOf(made.body).map((entry) => (entry.sourceId === "para3" ? { ...entry, markUpToDate: true } : entry)),
      made,
    );
    expect(confirmed.sourceHashes.para3).toBe(hashBlockSource(edited[3]!));
  });

  it("does not make a translation with no recorded hashes current just by saving it again", () => {
    const made = translate(korean);
    const legacy = { body: made.body, sourceHashes: {} };
    const resaved = buildTranslatedBody(korean, entriesOf(made.body), legacy);
    expect(resaved.sourceHashes).toEqual({});
    const reviewed = buildTranslatedBody(korean, entriesOf(made.body).map((entry) => ({ ...entry, markUpToDate: true })), legacy);
    expect(progress(alignTranslation(korean, reviewed))).toMatchObject({ current: 5 });
  });

  it("records the source the translator was looking at, not the one saved meanwhile", () => {
    const seen = hashBlockSource(korean[3]!);
    const edited = korean.map((block) => (block.id === "para3" ? { ...block, text: "바뀐 문장." } : block));
    const saved = buildTranslatedBody(edited, [{ ...english.para3!, sourceHash: seen }]);
    expect(saved.sourceHashes.para3).toBe(seen);
    expect(alignTranslation(edited, saved).find((row) => row.source.id === "para3")?.status).toBe("stale");
  });

  it("translating a valid body block for block gives the same structure, all current", () => {
    fc.assert(
      fc.property(bodyArbitrary, (source) => {
        const entries = source.map((block) => ({
          sourceId: block.id,
          text: `T ${textOf(block)}`,
          ...(block.kind === "note" && block.list ? { listItems: block.list.items.map((item) => `T ${item}`) } : {}),
        }));
        const { body, sourceHashes } = buildTranslatedBody(source, entries);
        const structure = (blocks: readonly Block[]) =>
          blocks.map((block) => [block.id, block.kind, block.kind === "subpoint" ? [block.marker, block.level] : null, block.kind === "note" ? block.list?.marker : null]);
        expect(structure(body)).toEqual(structure(source));
        expect(progress(alignTranslation(source, { body, sourceHashes }))).toMatchObject({ current: source.length, stale: 0, untranslated: 0 });
      }),
      { numRuns: 150 },
    );
  });
});

describe("alignTranslation", () => {
  const made = translate(korean);
  const statuses = (source: readonly Block[], translation: { body: readonly Block[]; sourceHashes: SourceHashes } = made) =>
    alignTranslation(source, translation).map((row) => [row.source.id, row.status, row.translated?.id ?? null]);

  it("marks every block current right after translating, with paragraph numbers from the source", () => {
    const rows = alignTranslation(korean, made);
    expect(rows.map((row) => row.status)).toEqual(["current", "current", "current", "current", "current"]);
    expect(rows.map((row) => row.number)).toEqual([1, null, 2, 3, null]);
    expect(progress(rows)).toEqual({ translated: 5, total: 5, current: 5, stale: 0, untranslated: 0 });
  });

  it("when the source gains a block, shows it untranslated where it stands", () => {
    const gained = [...korean.slice(0, 3), { id: "parax", kind: "numbered", text: "새 문단." } as Block, ...korean.slice(3)];
    expect(statuses(gained)).toEqual([
      ["para1", "current", "para1"],
      ["sub11", "current", "sub11"],
      ["para2", "current", "para2"],
      ["parax", "untranslated", null],
      ["para3", "current", "para3"],
      ["note1", "current", "note1"],
    ]);
    expect(alignTranslation(gained, made).map((row) => row.number)).toEqual([1, null, 2, 3, 4, null]);
    expect(progress(alignTranslation(gained, made))).toEqual({ translated: 5, total: 6, current: 5, stale: 0, untranslated: 1 });
  });

  it("when the source loses a block, its translation disappears", () => {
    const lost = korean.filter((block) => block.id !== "para2");
    expect(statuses(lost)).toEqual([
      ["para1", "current", "para1"],
      ["sub11", "current", "sub11"],
      ["para3", "current", "para3"],
      ["note1", "current", "note1"],
    ]);
    // The next save drops it from the stored body too.
    expect(buildTranslatedBody(lost, entriesOf(made.body), made).body.map((block) => block.id)).toEqual(["para1", "sub11", "para3", "note1"]);
  });

  it("when the source is reordered, rows follow the source and stay current", () => {
    const reordered = [korean[2]!, korean[0]!, korean[1]!, korean[3]!, korean[4]!];
    expect(statuses(reordered).map(([id, status]) => [id, status])).toEqual([
      ["para2", "current"],
      ["para1", "current"],
      ["sub11", "current"],
      ["para3", "current"],
      ["note1", "current"],
    ]);
    expect(alignTranslation(reordered, made).map((row) => row.number)).toEqual([1, 2, null, 3, null]);
  });

  it("when a source block is edited, marks exactly that block stale", () => {
    const edited = korean.map((block) => (block.id === "para3" ? { ...block, text: "양측은 차기 협의회를 서울에서 개최하기로 하였다." } : block));
    expect(statuses(edited).map(([, status]) => status)).toEqual(["current", "current", "current", "stale", "current"]);
    expect(progress(alignTranslation(edited, made))).toEqual({ translated: 5, total: 5, current: 4, stale: 1, untranslated: 0 });
  });

  it("counts a changed marker, kind or note list as a change, and a changed level as none", () => {
    const changed: Block[] = [
      { id: "para1", kind: "paragraph", text: textOf(korean[0]!) },
      { id: "sub11", kind: "subpoint", marker: "-", level: 1, text: textOf(korean[1]!) },
      korean[2]!,
      korean[3]!,
      { id: "note1", kind: "note", text: "참석자", list: { marker: "-", items: ["윤순구 차관보"] } },
    ];
    expect(statuses(changed).map(([, status]) => status)).toEqual(["stale", "stale", "current", "current", "stale"]);
  });

  it("treats a translated block with no recorded hash as stale", () => {
    expect(statuses(korean, { body: made.body, sourceHashes: {} }).map(([, status]) => status)).toEqual(["stale", "stale", "stale", "stale", "stale"]);
  });
});

describe("title and summary", () => {
  const source = { title: "제3차 한-아제르바이잔 정책협의회 개최", summary: "", body: korean };

  it("are tracked like blocks under @title and @summary", () => {
    const built = buildTranslation(source, { title: "ROK and Azerbaijan Hold 3rd Policy Consultation", summary: "", blocks: Object.values(english) });
    expect(built.sourceHashes[TITLE_KEY]).toBe(hashSourceText(source.title));
    expect(SUMMARY_KEY in built.sourceHashes).toBe(false);
    const status = translationStatus(source, built);
    expect([status.title, status.summary]).toEqual(["current", "current"]);

    const corrected = { ...source, title: "제3차 한-아제르바이잔 정책협의회 개최 (수정)", summary: "요약." };
    const after = translationStatus(corrected, built);
    expect([after.title, after.summary]).toEqual(["stale", "untranslated"]);
  });

  it("an empty source summary needs nothing; a translated one then is stale", () => {
    expect(fieldStatus("", "", undefined)).toBe("current");
    expect(fieldStatus("", "A summary.", "x")).toBe("stale");
    expect(fieldStatus("요약.", "", undefined)).toBe("untranslated");
  });
});

describe("isBehindOriginal", () => {
  const source = { title: "제목", summary: "", body: korean };
  const hashes: SourceHashes = buildTranslation(source, { title: "Title", summary: "", blocks: Object.values(english) }).sourceHashes;

  it("is false for a translation made from the text readers see", () => {
    expect(isBehindOriginal(source, hashes)).toBe(false);
  });

  it("is true when a block was changed, added or removed, or the title or summary changed", () => {
    expect(isBehindOriginal({ ...source, body: korean.map((b) => (b.id === "para1" ? { ...b, text: "바뀜." } : b)) }, hashes)).toBe(true);
    expect(isBehindOriginal({ ...source, body: [...korean, { id: "newp1", kind: "paragraph", text: "추가." }] }, hashes)).toBe(true);
    expect(isBehindOriginal({ ...source, body: korean.slice(1) }, hashes)).toBe(true);
    expect(isBehindOriginal({ ...source, title: "새 제목" }, hashes)).toBe(true);
    expect(isBehindOriginal({ ...source, summary: "새 요약" }, hashes)).toBe(true);
  });

  it("says nothing about a translation with no hashes (made outside Chancery)", () => {
    expect(isBehindOriginal({ ...source, title: "새 제목" }, {})).toBe(false);
    expect(isBehindOriginal(source, null)).toBe(false);
  });
});
