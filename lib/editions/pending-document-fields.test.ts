import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import {
  pendingBetween,
  pendingDocumentFieldsColumn,
  pendingFieldNames,
  readPendingDocumentFields,
  withPending,
  type DocumentFieldValues,
} from "./pending-document-fields";

const LIVE: DocumentFieldValues = {
  interviewee: "Minister Cho",
  outlet: "APA",
  sourceUrl: "https://apa.az/en/1",
  taxonomy: { people: ["p1"], countries: ["kz"], organisations: [], topics: ["trade"], events: [] },
  relatedDocumentIds: ["d1"],
};

describe("a correction's pending document fields", () => {
  it("are read back only when they have the stored shape", () => {
    expect(readPendingDocumentFields(null)).toBeNull();
    expect(readPendingDocumentFields({ outlet: null, taxonomy: { countries: ["az"] } })).toEqual({ outlet: null, taxonomy: { countries: ["az"] } });
    expect(() => readPendingDocumentFields({ slug: "new-address" })).toThrow(/not valid/);
    expect(() => readPendingDocumentFields({ taxonomy: { places: ["x"] } })).toThrow(/not valid/);
    expect(() => readPendingDocumentFields({ sourceUrl: "javascript:alert(1)" })).toThrow(/not valid/);
    expect(() => readPendingDocumentFields(["kz"])).toThrow(/not valid/);
  });

  it("lay the correction's changes over the live values, a null clearing an interview detail", () => {
    expect(withPending(LIVE, null)).toBe(LIVE);
    expect(withPending(LIVE, { outlet: null, taxonomy: { countries: [] }, relatedDocumentIds: ["d2"] })).toEqual({
      ...LIVE,
      outlet: null,
      taxonomy: { ...LIVE.taxonomy, countries: [] },
      relatedDocumentIds: ["d2"],
    });
  });

  it("hold only what differs from the live values, whatever the order of the ids", () => {
    expect(pendingBetween(LIVE, { ...LIVE, taxonomy: { ...LIVE.taxonomy } })).toBeNull();
    const next: DocumentFieldValues = {
      ...LIVE,
      outlet: "Yonhap",
      sourceUrl: null,
      taxonomy: { ...LIVE.taxonomy, countries: ["az", "kz"], topics: ["trade"] },
      relatedDocumentIds: ["d1"],
    };
    const pending = pendingBetween(LIVE, next);
    expect(pending).toEqual({ outlet: "Yonhap", sourceUrl: null, taxonomy: { countries: ["az", "kz"] } });
    expect(pendingBetween({ ...LIVE, taxonomy: { ...LIVE.taxonomy, countries: ["az", "kz"] } }, { ...LIVE, taxonomy: { ...LIVE.taxonomy, countries: ["kz", "az"] } })).toBeNull();
    expect(pendingFieldNames(pending)).toEqual(["taxonomy.countries", "outlet", "sourceUrl"]);
    expect(pendingFieldNames(null)).toEqual([]);
  });

  it("are stored as SQL NULL when nothing is pending", () => {
    expect(pendingDocumentFieldsColumn(null)).toBe(Prisma.DbNull);
    expect(pendingDocumentFieldsColumn({ outlet: "Yonhap" })).toEqual({ outlet: "Yonhap" });
  });
});
