import { describe, expect, it } from "vitest";
import type { FileImportResult, LowConfidence } from "./import-files";
import { formatProgress, formatSummaryTable, summarizeImport } from "./import-summary";

const created = (file: string, state: "DRAFT" | "PUBLISHED", toConfirm: LowConfidence[] = []): FileImportResult => ({
  file, status: "created", state, documentId: file, slug: file, title: file, warnings: [], toConfirm,
});

describe("summarizeImport", () => {
  const results: FileImportResult[] = [
    created("a", "PUBLISHED"),
    created("b", "DRAFT", [{ field: "date", reasons: ["the page shows no date of its own: give the public date"] }]),
    { file: "c", status: "unchanged", documentId: "a", slug: "a", title: "a", warnings: [], toConfirm: [] },
    { file: "d", status: "error", code: "empty", message: "empty file" },
    { file: "e", status: "error", code: "empty", message: "empty file" },
    { file: "f", status: "error", code: "no_title", message: "no title found" },
  ];

  it("counts imported, duplicates, refusals by reason and pages to check", () => {
    expect(summarizeImport(results)).toEqual({
      files: 6,
      imported: 2,
      published: 1,
      drafts: 1,
      duplicates: 1,
      refused: 3,
      refusedBy: [
        { code: "empty", count: 2, example: "empty file" },
        { code: "no_title", count: 1, example: "no title found" },
      ],
      lowConfidence: 1,
      lowConfidenceBy: [{ field: "date", count: 1 }],
    });
  });

  it("prints a table and a progress line", () => {
    const table = formatSummaryTable(summarizeImport(results), 2);
    expect(table).toContain("imported                       2 (1 published, 1 drafts)");
    expect(table).toMatch(/^ {2}empty +2 {2}e\.g\. empty file$/m);
    expect(table).toContain("2.0 s (3 files/s)");
    expect(formatProgress(1204, 5000, 10)).toBe("1,204/5,000 pages  24%  ·  120 pages/s  ·  ~32 s left");
  });
});
