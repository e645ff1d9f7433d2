"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/class-names";
import { Checkbox } from "@/components/ui/inputs";
import { Table, Td, Th } from "@/components/ui/table";
import { CONFIDENCE_FIELDS, CONFIDENCE_LABELS, type ConfidenceField, type ConfidenceLevel } from "@/lib/import/confidence";
import type { ImportReport, PagePreview } from "@/lib/import/import-report";

type Preview = Extract<ImportReport, { mode: "preview" }>;

const LEVEL_TONE = { high: "success", medium: "info", low: "warning" } as const;
const LEVEL_WORD: Record<ConfidenceLevel, string> = { high: "sure", medium: "likely", low: "check" };

/**
 * What the importer read from each page, field by field, with how sure it is: a low-confidence field is
 * highlighted with its reason, and the page waits for the editor's tick before it is imported.
 */
export function ImportPreview({
  report,
  confirmed,
  onConfirm,
}: {
  report: Preview;
  confirmed: ReadonlySet<string>;
  onConfirm: (file: string, checked: boolean) => void;
}) {
  const readable = report.pages.filter((page) => page.ok);
  const waiting = readable.filter((page) => page.toConfirm.length > 0 && !confirmed.has(page.file)).length;
  return (
    <div role="status" className="space-y-2">
      <h2 className="text-lg font-semibold text-ink">
        Preview: {readable.length} of {report.pages.length} {report.pages.length === 1 ? "page" : "pages"} can be imported
        {readable.some((page) => page.alreadyImported) ? `, ${readable.filter((page) => page.alreadyImported).length} already imported` : ""}
      </h2>
      {waiting > 0 ? (
        <p className="text-sm text-ink">
          {waiting} {waiting === 1 ? "page has" : "pages have"} highlighted fields: check them against the page and tick “Checked” to import.
        </p>
      ) : null}
      <Table caption="What the importer reads from each page" captionHidden>
        <thead>
          <tr>
            <Th>Page</Th>
            <Th>Kind</Th>
            <Th>Date</Th>
            <Th>Body</Th>
          </tr>
        </thead>
        <tbody>
          {report.pages.map((page) =>
            page.ok ? (
              <PreviewRow key={page.file} page={page} confirmed={confirmed.has(page.file)} onConfirm={onConfirm} />
            ) : (
              <tr key={page.file}>
                <Td>
                  <span className="font-mono text-xs break-all text-muted">{page.file}</span>
                </Td>
                <Td colSpan={3}>
                  <span className="font-semibold text-accent">Cannot be imported:</span> {page.error}
                </Td>
              </tr>
            ),
          )}
        </tbody>
      </Table>
    </div>
  );
}

function PreviewRow({ page, confirmed, onConfirm }: { page: PagePreview; confirmed: boolean; onConfirm: (file: string, checked: boolean) => void }) {
  const field = (name: ConfidenceField, children: ReactNode, className?: string) => (
    <FieldCell page={page} field={name} className={className}>
      {children}
    </FieldCell>
  );
  const checkId = `confirm-${page.file.replace(/[^\w-]/g, "_")}`;
  return (
    <>
      <tr>
        {field(
          "title",
          <>
            <span className="font-semibold text-ink">{page.title}</span>
            <span className="block font-mono text-xs break-all text-muted">{page.file}</span>
            {page.alreadyImported ? (
              <span className="block text-sm">
                <Badge>Already imported</Badge>{" "}
                <Link href={`/workspace/documents/${page.alreadyImported.documentId}`} className="text-brand underline underline-offset-2">
                  open it
                </Link>{" "}
                <span className="text-muted">(importing it again changes nothing)</span>
              </span>
            ) : null}
            <span className="block text-xs text-muted">
              {[page.language, page.unofficialTranslation ? "unofficial translation" : null, page.views === null ? null : `${page.views.toLocaleString("en")} views`].filter(Boolean).join(" · ")}
            </span>
          </>,
          "min-w-64",
        )}
        {field("kind", page.kind === "interview" ? "Interview" : "Press release")}
        {field("date", <span className="whitespace-nowrap">{page.date ?? "No date in the source"}</span>, "min-w-32")}
        {field(
          "structure",
          <>
            {page.blocks} blocks
            {page.paragraphs ? `, ${page.paragraphs} numbered` : ""}
            {page.qaPairs ? `, ${page.qaPairs} Q&A` : ""}
          </>,
        )}
      </tr>
      <tr>
        <Td colSpan={4} className="text-sm">
          {page.warnings.length ? <p>{page.warnings.join("; ")}</p> : null}
          <details className="mt-1">
            <summary className="cursor-pointer text-brand">How sure, and why</summary>
            <ul className="mt-1 space-y-1">
              {CONFIDENCE_FIELDS.map((name) => (
                <li key={name}>
                  <span className="font-semibold">{CONFIDENCE_LABELS[name]}</span>: {LEVEL_WORD[page.confidence[name].level]} — {page.confidence[name].reasons.join("; ")}
                </li>
              ))}
            </ul>
          </details>
          {page.toConfirm.length > 0 ? (
            <Checkbox
              id={checkId}
              className="mt-2"
              label={`Checked: ${page.toConfirm.map((name) => CONFIDENCE_LABELS[name]).join(", ")}`}
              checked={confirmed}
              onChange={(event) => onConfirm(page.file, event.target.checked)}
            />
          ) : null}
        </Td>
      </tr>
    </>
  );
}

function FieldCell({ page, field, className, children }: { page: PagePreview; field: ConfidenceField; className?: string; children: ReactNode }) {
  const { level, reasons } = page.confidence[field];
  return (
    <Td className={cx(className, level === "low" && "bg-amber-50 outline-2 -outline-offset-2 outline-amber-600")} data-confidence={level}>
      {children}
      {level === "low" ? (
        <span className="mt-1 block text-xs text-amber-900">
          <Badge tone={LEVEL_TONE[level]}>{LEVEL_WORD[level]}</Badge> {reasons.at(-1)}
        </span>
      ) : null}
    </Td>
  );
}
