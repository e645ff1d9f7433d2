// `npm run import -- --dry-run --json <files…>`: one line of JSON per file, the contract scripts rely on.
import { countStructure, type BodyStructure } from "@/lib/body/structure";
import type { ParsePageResult, ParsedPage } from "./parse-page";

/** What the importer read from one page, keys in the dry-run contract's order; the import preview shows the same. */
export type PageSummary<P extends ParsedPage = ParsedPage> = { file: string } & Pick<
  P,
  "kind" | "title" | "date" | "views" | "language" | "unofficialTranslation"
> &
  BodyStructure &
  /** How sure the importer is of each field, and why: added after the contract's keys, which stay as they were. */
  Pick<P, "confidence">;

export type DryRunLine = PageSummary | { file: string; error: string };

export function summarizePage<P extends ParsedPage>(file: string, page: P): PageSummary<P> {
  const structure = countStructure(page.body);
  return {
    file,
    kind: page.kind,
    title: page.title,
    date: page.date,
    views: page.views,
    language: page.language,
    unofficialTranslation: page.unofficialTranslation,
    paragraphs: structure.paragraphs,
    qaPairs: structure.qaPairs,
    blocks: structure.blocks,
    confidence: page.confidence,
  };
}

/** `file` is the path exactly as given on the command line. */
export function toDryRunJson(file: string, result: ParsePageResult): DryRunLine {
  if (!result.ok) return { file, error: result.error.message };
  return summarizePage(file, result.page);
}
