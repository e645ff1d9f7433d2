"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/define-action";
import { MAX_PAGE_BYTES, PAGE_LIMIT_LABEL, pageMegabytes, utf8Bytes } from "@/lib/import/import-limits";

type Started = { documentId: string; title: string; warnings: string[]; alreadyImported: boolean };

const tooLarge = (bytes: number) => `The page is too large: it is ${pageMegabytes(bytes)} MB; the limit is ${PAGE_LIMIT_LABEL}.`;

/**
 * "Start from an existing page": paste a page copied from the ministry's site (or choose the .txt file it was saved
 * to); the importer reads title, date, lede and body from it and a draft is created to check and finish.
 */
export function StartFromPageForm({ action, canImport }: { action: (formData: FormData) => Promise<ActionResult<Started>>; canImport: boolean }) {
  const router = useRouter();
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState<Started | null>(null);
  const [pending, startTransition] = useTransition();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_PAGE_BYTES) {
      setProblem(`${file.name}: ${tooLarge(file.size)}`);
      return;
    }
    setProblem(null);
    setFileName(file.name);
    setText(await file.text());
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Refused here too, so an oversized paste never becomes a request the server cannot take; the text stays.
    const bytes = utf8Bytes(text);
    if (bytes > MAX_PAGE_BYTES) {
      setProblem(tooLarge(bytes));
      return;
    }
    const data = new FormData();
    data.set("pageText", text);
    data.set("fileName", fileName);
    startTransition(async () => {
      const result = await action(data);
      if (!result.ok) {
        setProblem(result.fieldErrors.pageText?.[0] ?? result.error);
        return;
      }
      setProblem(null);
      if (result.data.warnings.length === 0 || result.data.alreadyImported) router.push(`/workspace/documents/${result.data.documentId}`);
      else setStarted(result.data);
    });
  };

  if (started) {
    return (
      <div className="space-y-4">
        <Alert tone="warning" title={`Draft created: “${started.title}”. Check these against the original:`}>
          <ul className="list-disc space-y-1 pl-5">
            {started.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
        <ButtonLink href={`/workspace/documents/${started.documentId}`}>Open the draft</ButtonLink>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field
        id="pageText"
        label="The page's text"
        hint={`Select everything on the page (Ctrl+A), copy and paste it here: menus and footers are left out. At most ${PAGE_LIMIT_LABEL}. A page imported before opens instead of being copied.`}
        error={problem}
      >
        {(control) => (
          <textarea
            {...control}
            name="pageText"
            rows={8}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileName("");
            }}
            className="block w-full rounded-sm border border-ink/60 bg-white px-3 py-2 font-mono text-sm text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
          />
        )}
      </Field>
      <div className="space-y-1">
        <label htmlFor="pageFile" className="block font-semibold text-ink">
          Or choose a saved page <span className="font-normal text-muted">(a .txt file)</span>
        </label>
        <input id="pageFile" type="file" accept=".txt,text/plain" onChange={(event) => void onFile(event)} className="block text-sm" />
        {fileName ? <p className="text-sm text-muted">Read from {fileName}.</p> : null}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending || !text.trim()}>
          {pending ? "Reading the page…" : "Create a draft from this page"}
        </Button>
        {canImport ? (
          <p className="text-sm text-muted">
            Several pages to publish as they are?{" "}
            <Link href="/workspace/import" className="text-brand underline underline-offset-2">
              Import them
            </Link>
            .
          </p>
        ) : null}
      </div>
    </form>
  );
}
