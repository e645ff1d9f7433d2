// What a batch import did, counted for the terminal's summary table and the report file.
import type { FileImportResult } from "./import-files";

export interface ImportSummary {
  files: number;
  imported: number;
  published: number;
  drafts: number;
  /** Pages imported before (same text): nothing changed. */
  duplicates: number;
  refused: number;
  /** Refusals by reason code, each with one message as an example. */
  refusedBy: Array<{ code: string; count: number; example: string }>;
  /** Pages imported with a field the importer is not sure of, for the editor to check. */
  lowConfidence: number;
  lowConfidenceBy: Array<{ field: string; count: number }>;
}

export function summarizeImport(results: readonly FileImportResult[]): ImportSummary {
  const refusedBy = new Map<string, { count: number; example: string }>();
  const lowBy = new Map<string, number>();
  let published = 0;
  let drafts = 0;
  let duplicates = 0;
  let lowConfidence = 0;
  for (const result of results) {
    if (result.status === "error") {
      const entry = refusedBy.get(result.code) ?? { count: 0, example: result.message };
      entry.count++;
      refusedBy.set(result.code, entry);
      continue;
    }
    if (result.status === "unchanged") duplicates++;
    else if (result.state === "PUBLISHED") published++;
    else drafts++;
    if (result.status === "created" && result.toConfirm.length > 0) {
      lowConfidence++;
      for (const { field } of result.toConfirm) lowBy.set(field, (lowBy.get(field) ?? 0) + 1);
    }
  }
  const refused = [...refusedBy.values()].reduce((sum, entry) => sum + entry.count, 0);
  return {
    files: results.length,
    imported: published + drafts,
    published,
    drafts,
    duplicates,
    refused,
    refusedBy: [...refusedBy].map(([code, entry]) => ({ code, ...entry })).sort((a, b) => b.count - a.count),
    lowConfidence,
    lowConfidenceBy: [...lowBy].map(([field, count]) => ({ field, count })).sort((a, b) => b.count - a.count),
  };
}

/** The summary as a plain-text table for the terminal. */
export function formatSummaryTable(summary: ImportSummary, seconds: number): string {
  const rows: Array<[string, string]> = [
    ["files", String(summary.files)],
    ["imported", `${summary.imported} (${summary.published} published, ${summary.drafts} drafts)`],
    ["duplicates (already imported)", String(summary.duplicates)],
    ["refused", String(summary.refused)],
    ...summary.refusedBy.map(({ code, count, example }): [string, string] => [`  ${code}`, `${count}  e.g. ${example}`]),
    ["low confidence (to check)", String(summary.lowConfidence)],
    ...summary.lowConfidenceBy.map(({ field, count }): [string, string] => [`  ${field}`, String(count)]),
    ["time", `${seconds.toFixed(1)} s (${summary.files && seconds ? (summary.files / seconds).toFixed(0) : "—"} files/s)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const rule = "─".repeat(width + 2);
  return [rule, ...rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`), rule].join("\n");
}

/** One line of progress: "1,204/5,000 pages  24%  ·  118 pages/s  ·  ~32 s left". */
export function formatProgress(done: number, total: number, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
  const percent = total ? Math.floor((done / total) * 100) : 100;
  return `${done.toLocaleString("en")}/${total.toLocaleString("en")} pages  ${percent}%  ·  ${rate.toFixed(0)} pages/s  ·  ~${left} s left`;
}
