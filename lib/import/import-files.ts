import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { lowConfidenceFields, type ConfidenceField } from "./confidence";
import type { ImportErrorCode } from "./import-error";
import { importPage, importWarnings, type ImportOptions, type ImportOutcome } from "./import-page";
import { db } from "@/lib/db";
import { parsePage, requireTitle, type ParsePageResult, type TitledPage } from "./parse-page";
import { MAX_PAGE_BYTES, pageTooLarge } from "./read-page-text";

export type FileImportResult =
  | ({ file: string; warnings: string[]; title: string; toConfirm: LowConfidence[] } & ImportOutcome)
  | { file: string; status: "error"; code: ImportErrorCode | "failed"; message: string };

/** A field the importer is not sure of, with the reason, for the editor to check in the draft. */
export interface LowConfidence {
  field: ConfidenceField;
  reasons: string[];
}

/** Reads a file for the importer; a file too large to be a page is refused before it is read whole. */
export function readPageFile(file: string): ParsePageResult {
  try {
    const size = statSync(file).size;
    if (size > MAX_PAGE_BYTES) return pageTooLarge(size);
    return parsePage(readFileSync(file), file);
  } catch (error) {
    return { ok: false, error: { code: "unreadable", message: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` } };
  }
}

/** The pages named on the command line: files as given, folders searched (all levels) for .txt files, in name order. */
export function listPageFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return [path]; // reported as unreadable, like any file that is not there
    }
    if (!isFolder) return [path];
    return readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((name) => name.toLowerCase().endsWith(".txt"))
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile());
  });
}

export interface ImportFilesOptions extends ImportOptions {
  /** With `publish`: a page with a low-confidence field is imported as a draft, so nobody publishes a guess unseen. */
  holdUnsureAsDrafts?: boolean;
  /** Called after each file, for progress on a terminal. */
  onResult?: (result: FileImportResult, done: number, total: number) => void;
}

/**
 * Imports each file on its own: one bad file is reported and the others still import. Each result names the fields
 * the importer is not sure of.
 */
export async function importFiles(files: string[], options: ImportFilesOptions): Promise<FileImportResult[]> {
  const results: FileImportResult[] = [];
  for (let start = 0; start < files.length; start += LOOKUP_CHUNK) {
    const chunk = files.slice(start, start + LOOKUP_CHUNK).map((file) => {
      const read = readPageFile(file);
      return { file, parsed: read.ok ? requireTitle(read.page) : read };
    });
    // Pages imported before are found with one query per chunk, so a second run over an archive takes seconds.
    const hashes = chunk.flatMap(({ parsed }) => (parsed.ok ? [parsed.page.sourceHash] : []));
    const prisma = options.client ?? (await db());
    const known = new Map(
      (await prisma.document.findMany({ where: { importKey: { in: hashes } }, select: { id: true, slug: true, importKey: true } })).map(
        (document) => [document.importKey, document] as const,
      ),
    );
    for (const { file, parsed } of chunk) {
      const before = parsed.ok ? known.get(parsed.page.sourceHash) : undefined;
      const result: FileImportResult =
        parsed.ok && before
          ? { file, warnings: parsed.page.warnings, title: parsed.page.title, toConfirm: unsureFields(parsed.page), status: "unchanged", documentId: before.id, slug: before.slug }
          : await importFile(file, parsed, options);
      results.push(result);
      options.onResult?.(result, results.length, files.length);
    }
  }
  return results;
}

const LOOKUP_CHUNK = 200;

function unsureFields(page: TitledPage): LowConfidence[] {
  return lowConfidenceFields(page.confidence).map((field) => ({ field, reasons: page.confidence[field].reasons }));
}

async function importFile(
  file: string,
  parsed: ReturnType<typeof requireTitle> | Extract<ParsePageResult, { ok: false }>,
  options: ImportFilesOptions,
): Promise<FileImportResult> {
  if (!parsed.ok) return { file, status: "error", code: parsed.error.code, message: parsed.error.message };
  const { page } = parsed;
  try {
    const toConfirm = unsureFields(page);
    const warnings = importWarnings(page);
    const publish = options.publish && !(options.holdUnsureAsDrafts && toConfirm.length > 0);
    if (options.publish && !publish) warnings.push(`kept as a draft to check: ${toConfirm.map((low) => low.field).join(", ")}`);
    const outcome = await importPage(page, { publish, actor: options.actor, client: options.client });
    return { file, warnings, title: page.title, toConfirm, ...outcome };
  } catch (error) {
    return { file, status: "error", code: "failed", message: (error as Error).message };
  }
}
