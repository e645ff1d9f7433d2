import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/body/schema";
import {
  describeProgress,
  draftFrom,
  footnoteNumbers,
  localStatuses,
  nextToDo,
  oneParagraph,
  savePayload,
  SUMMARY_ID,
  TITLE_ID,
  unchangedSince,
  type ServerStatuses,
  type SourceView,
} from "./workspace-state";

const HASH = (n: number) => String(n).repeat(64).slice(0, 64);

const blocks: Block[] = [
  { id: "para-1", kind: "numbered", text: "첫째 문단" },
  { id: "sub-11", kind: "subpoint", marker: "ㅇ", level: 1, text: "세부 사항" },
  { id: "para-2", kind: "numbered", text: "둘째 문단" },
  { id: "note-1", kind: "note", text: "참석자", list: { marker: "-", items: ["윤 차관보", "할라포프 차관"] } },
];

const source: SourceView = {
  title: { source: "제목", sourceHash: HASH(7) },
  summary: { source: "", sourceHash: HASH(8) },
  rows: blocks.map((block, index) => ({ source: block, sourceHash: HASH(index + 1) })),
};

const form = {
  title: "Title",
  summary: "",
  blocks: [
    { sourceId: "para-1", text: "First paragraph", translatorNote: null },
    { sourceId: "para-2", text: "Second paragraph", translatorNote: "A note" },
  ],
  translationKind: null,
  translatorCredit: null,
};

const server: ServerStatuses = {
  title: "current",
  summary: "current",
  blocks: { "para-1": "current", "sub-11": "untranslated", "para-2": "stale", "note-1": "untranslated" },
};

const none = { touched: new Set<string>(), upToDate: new Set<string>() };

describe("the workspace draft", () => {
  it("has one entry per source block, empty where nothing is translated, a note's list as long as the source's", () => {
    const draft = draftFrom(source, form);
    expect(Object.keys(draft.entries)).toEqual(["para-1", "sub-11", "para-2", "note-1"]);
    expect(draft.entries["sub-11"]).toEqual({ text: "", listItems: [], translatorNote: "" });
    expect(draft.entries["para-2"]).toEqual({ text: "Second paragraph", listItems: [], translatorNote: "A note" });
    expect(draft.entries["note-1"]?.listItems).toEqual(["", ""]);
    expect(draft.translatorCredit).toBe("");
  });

  it("starts empty when there is no translation yet", () => {
    expect(draftFrom(source, null)).toMatchObject({ title: "", summary: "", translationKind: null });
  });

  it("folds line breaks into spaces: a block is one paragraph", () => {
    expect(oneParagraph("one\ntwo \r\n three")).toBe("one two three");
  });
});

describe("row statuses while typing", () => {
  it("take the server's word for rows nobody touched, and count progress as the server does", () => {
    const statuses = localStatuses(source, draftFrom(source, form), server, none);
    expect(statuses.blocks).toEqual(server.blocks);
    expect(statuses.progress).toEqual({ translated: 2, total: 4, current: 1, stale: 1, untranslated: 2 });
    expect(describeProgress(statuses.progress)).toBe("2 of 4 blocks translated · 1 needs updating");
  });

  it("count an edited or confirmed stale row as current, an emptied row as untranslated", () => {
    const draft = draftFrom(source, form);
    expect(localStatuses(source, draft, server, { touched: new Set(["para-2"]), upToDate: new Set() }).blocks["para-2"]).toBe("current");
    expect(localStatuses(source, draft, server, { touched: new Set(), upToDate: new Set(["para-2"]) }).blocks["para-2"]).toBe("current");
    draft.entries["para-1"]!.text = "  ";
    expect(localStatuses(source, draft, server, none).blocks["para-1"]).toBe("untranslated");
  });

  it("keep a note untranslated until every item of its list is", () => {
    const draft = draftFrom(source, form);
    draft.entries["note-1"] = { text: "Participants", listItems: ["Deputy Minister Yoon", ""], translatorNote: "" };
    const touched = { touched: new Set(["note-1"]), upToDate: new Set<string>() };
    expect(localStatuses(source, draft, server, touched).blocks["note-1"]).toBe("untranslated");
    draft.entries["note-1"]!.listItems[1] = "Deputy Foreign Minister Khalafov";
    expect(localStatuses(source, draft, server, touched).blocks["note-1"]).toBe("current");
  });

  it("judge the title and an empty source summary like the server", () => {
    const draft = draftFrom(source, form);
    expect(localStatuses(source, draft, server, none)).toMatchObject({ title: "current", summary: "current" });
    draft.summary = "A summary the original does not have";
    expect(localStatuses(source, draft, server, none).summary).toBe("stale");
    draft.title = "";
    expect(localStatuses(source, draft, server, none).title).toBe("untranslated");
  });
});

describe("a save", () => {
  it("sends every translated block with the source hash the translator saw, structure never", () => {
    const draft = draftFrom(source, form);
    draft.entries["note-1"] = { text: "Participants", listItems: ["Yoon", ""], translatorNote: " " };
    const payload = savePayload("loc-1", 4, source, draft, new Set(["para-2", TITLE_ID]));
    expect(payload).toMatchObject({ localizationId: "loc-1", lockVersion: 4, title: "Title", translationKind: null, translatorCredit: "" });
    expect(payload.blocks).toEqual([
      { sourceId: "para-1", text: "First paragraph", translatorNote: null, sourceHash: HASH(1) },
      { sourceId: "para-2", text: "Second paragraph", translatorNote: "A note", sourceHash: HASH(3), markUpToDate: true },
      { sourceId: "note-1", text: "Participants", listItems: ["Yoon", ""], translatorNote: null, sourceHash: HASH(4) },
    ]);
    expect(payload.titleBasis).toEqual({ sourceHash: HASH(7), markUpToDate: true });
    expect(payload.summaryBasis).toEqual({ sourceHash: HASH(8) });
  });

  it("speaks for the rows not changed while it ran", () => {
    const sent = draftFrom(source, form);
    const now = draftFrom(source, form);
    now.entries["para-1"] = { ...now.entries["para-1"]!, text: "First paragraph, edited" };
    now.summary = "typed meanwhile";
    const same = unchangedSince(sent, now);
    expect(same.has("para-1")).toBe(false);
    expect(same.has(SUMMARY_ID)).toBe(false);
    expect([...same].sort()).toEqual([TITLE_ID, "note-1", "para-2", "sub-11"].sort());
  });
});

describe("moving through the rows", () => {
  const order = [TITLE_ID, "para-1", "sub-11", "para-2", "note-1"];
  const statuses = { [TITLE_ID]: "current", "para-1": "current", "sub-11": "untranslated", "para-2": "stale", "note-1": "current" } as const;

  it("finds the next untranslated or stale row, going round to the top", () => {
    expect(nextToDo(order, statuses, null)).toBe("sub-11");
    expect(nextToDo(order, statuses, "sub-11")).toBe("para-2");
    expect(nextToDo(order, statuses, "para-2")).toBe("sub-11");
    expect(nextToDo(order, { ...statuses, "sub-11": "current", "para-2": "current" }, "para-1")).toBeNull();
  });

  it("numbers translator's notes in source order, on translated blocks only", () => {
    const draft = draftFrom(source, form);
    draft.entries["para-1"]!.translatorNote = "first";
    draft.entries["sub-11"]!.translatorNote = "on an untranslated block";
    expect(footnoteNumbers(order, draft)).toEqual({ "para-1": 1, "para-2": 2 });
  });
});
