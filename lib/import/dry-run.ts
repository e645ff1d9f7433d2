// `npm run import -- --dry-run --json <files…>`: one line of JSON per file, the contract scripts rely on.
import { countStructure } from "@/lib/body/structure";
import type { PageConfidence } from "./confidence";
import type { DocumentKindName, PageLanguage, ParsePageResult } from "./parse-page";

export type DryRunLine =
  | {
      file: string;
      kind: DocumentKindName;
      title: string | null;
      date: string | null;
      views: number | null;
      language: PageLanguage;
      unofficialTranslation: boolean;
      /** Top-level numbered paragraphs. */
      paragraphs: number;
      /** Questions followed by an answer. */
      qaPairs: number;
      blocks: number;
      /** How sure the importer is of each field, and why: added after the contract's keys, which stay as they were. */
      confidence: PageConfidence;
    }
  | { file: string; error: string };

/** `file` is the path exactly as given on the command line. Keys are in the contract's order. */
export function toDryRunJson(file: string, result: ParsePageResult): DryRunLine {
  if (!result.ok) return { file, error: result.error.message };
  const { page } = result;
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
