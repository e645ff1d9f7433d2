// What the import action answers, and what the import form shows: one shape for both sides of the wire.
import type { ConfidenceField } from "./confidence";
import type { PageSummary } from "./dry-run";
import type { TitledPage } from "./parse-page";

/** What the importer reads from one page, shown before anything is written. */
export type PagePreview = PageSummary<TitledPage> & {
  warnings: string[];
  /** The low-confidence fields the editor confirms before this page is imported. */
  toConfirm: ConfidenceField[];
  /** The document this page was imported as before: importing it again changes nothing. */
  alreadyImported: { documentId: string; slug: string } | null;
};

/** Each page on its own line: a preview or an import, or why the page could not be read. */
export type ImportReport =
  | { mode: "preview"; pages: Array<({ ok: true } & PagePreview) | { ok: false; file: string; error: string }> }
  | {
      mode: "import";
      published: boolean;
      pages: Array<
        | { ok: true; file: string; title: string; status: "created" | "unchanged"; documentId: string; state: "DRAFT" | "PUBLISHED" | null; warnings: string[] }
        | { ok: false; file: string; error: string }
      >;
    };
