import { readFileSync, statSync } from "node:fs";
import { importPage, type ImportOptions, type ImportOutcome } from "./import-page";
import { parsePage, requireTitle, type ParsePageResult } from "./parse-page";

export type FileImportResult =
  | ({ file: string; warnings: string[] } & ImportOutcome)
  | { file: string; status: "error"; message: string };

const MAX_READ_BYTES = 16 * 1024 * 1024;

/** Reads a file for the importer; a file too large to be a page is refused before it is read whole. */
export function readPageFile(file: string): ParsePageResult {
  try {
    const size = statSync(file).size;
    if (size > MAX_READ_BYTES) {
      return { ok: false, error: { code: "too_large", message: `file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB` } };
    }
    return parsePage(readFileSync(file), file);
  } catch (error) {
    return { ok: false, error: { code: "unreadable", message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}

/** Imports each file on its own: one bad file is reported and the others still import. */
export async function importFiles(files: string[], options: ImportOptions): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (const file of files) {
    const read = readPageFile(file);
    const parsed = read.ok ? requireTitle(read.page) : read;
    if (!parsed.ok) {
      results.push({ file, status: "error", message: parsed.error.message });
      continue;
    }
    try {
      const warnings = parsed.page.date
        ? parsed.page.warnings
        : [...parsed.page.warnings, "the page shows no date: the public date is the day of import; correct it in the editor"];
      results.push({ file, warnings, ...(await importPage(parsed.page, options)) });
    } catch (error) {
      results.push({ file, status: "error", message: (error as Error).message });
    }
  }
  return results;
}
