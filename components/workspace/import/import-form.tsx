"use client";

import Link from "next/link";
import { useState, useTransition, type ChangeEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/inputs";
import type { ActionResult } from "@/lib/actions/define-action";
import type { ImportReport } from "@/lib/import/import-report";
import { ImportPreview } from "./import-preview";

type Page = { name: string; text: string };

/**
 * Importing pages saved from the ministry's or an agency's site: choose the files, look at what the importer reads
 * from each (nothing is written), then import them as drafts or published with their own dates.
 */
export function ImportForm({
  action,
  maxFiles,
  maxBytes,
}: {
  action: (formData: FormData) => Promise<ActionResult<ImportReport>>;
  maxFiles: number;
  maxBytes: number;
}) {
  const [pages, setPages] = useState<Page[]>([]);
  const [publish, setPublish] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [pending, startTransition] = useTransition();

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    setReport(null);
    if (files.length > maxFiles) {
      setProblem(`Choose at most ${maxFiles} files at once.`);
      setPages([]);
      return;
    }
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > maxBytes) {
      setProblem(`These files come to ${(total / 1024).toFixed(0)} KB; import at most ${(maxBytes / 1024).toFixed(0)} KB at once (choose fewer files).`);
      setPages([]);
      return;
    }
    setProblem(null);
    setConfirmed(new Set());
    setPages(await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))));
  };

  const send = (mode: "preview" | "import") => {
    const data = new FormData();
    data.set("pages", JSON.stringify(pages));
    data.set("mode", mode);
    if (publish) data.set("publish", "on");
    data.set("confirmed", JSON.stringify([...confirmed]));
    startTransition(async () => {
      const result = await action(data);
      if (result.ok) {
        setReport(result.data);
        setProblem(null);
      } else {
        setProblem(result.fieldErrors.pages?.[0] ?? result.error);
      }
    });
  };

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <label htmlFor="importFiles" className="block font-semibold text-ink">
          Pages to import <span className="font-normal text-muted">(.txt files, the whole page copied from the site)</span>
        </label>
        <input id="importFiles" type="file" accept=".txt,text/plain" multiple onChange={(event) => void onFiles(event)} className="block text-sm" />
        {pages.length > 0 ? (
          <p className="text-sm text-muted">
            {pages.length} {pages.length === 1 ? "file" : "files"} chosen: {pages.map((page) => page.name).join(", ")}
          </p>
        ) : null}
      </div>
      <Checkbox
        id="publish"
        label="Publish them at once, with the date each page shows (otherwise they become drafts to check)"
        checked={publish}
        onChange={(event) => setPublish(event.target.checked)}
      />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" disabled={pending || pages.length === 0} onClick={() => send("preview")}>
          {pending ? "Reading…" : "Preview (nothing is saved)"}
        </Button>
        <Button type="button" disabled={pending || pages.length === 0} onClick={() => send("import")}>
          {pending ? "Importing…" : publish ? "Import and publish" : "Import as drafts"}
        </Button>
      </div>
      {report?.mode === "preview" ? (
        <ImportPreview
          report={report}
          confirmed={confirmed}
          onConfirm={(file, checked) =>
            setConfirmed((current) => {
              const next = new Set(current);
              if (checked) next.add(file);
              else next.delete(file);
              return next;
            })
          }
        />
      ) : null}
      {report?.mode === "import" ? <Report report={report} /> : null}
    </div>
  );
}

function Report({ report }: { report: Extract<ImportReport, { mode: "import" }> }) {
  const created = report.pages.filter((page) => page.ok && page.status === "created").length;
  return (
    <div role="status" className="space-y-2">
      <h2 className="text-lg font-semibold text-ink">
        {created} {created === 1 ? "document" : "documents"} {report.published ? "imported and published" : "imported as drafts"}
      </h2>
      <ul className="divide-y divide-rule border-y border-rule">
        {report.pages.map((page) => (
          <li key={page.file} className="py-2">
            <span className="font-mono text-xs text-muted">{page.file}</span>
            {page.ok ? (
              <p>
                <Link href={`/workspace/documents/${page.documentId}`} className="font-semibold text-brand underline underline-offset-2">
                  {page.title}
                </Link>{" "}
                {page.status === "unchanged" ? (
                  <Badge>Already imported</Badge>
                ) : (
                  <Badge tone={page.state === "PUBLISHED" ? "success" : "neutral"}>{page.state === "PUBLISHED" ? "Published" : "Draft"}</Badge>
                )}
                {page.warnings.length ? <span className="block text-sm text-muted">Check: {page.warnings.join("; ")}</span> : null}
              </p>
            ) : (
              <p className="text-accent">
                <span className="font-semibold">Not imported:</span> {page.error}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
