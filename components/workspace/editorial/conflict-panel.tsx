"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import type { Body } from "@/lib/body/schema";
import { serializeBody } from "@/lib/body/serialize";
import { diffRevisionTexts } from "@/lib/editions/revision-diff";
import { RevisionDiffView } from "./revision-diff-view";

/** What someone else saved while this person was editing (see SaveOutcome in app/workspace/documents/actions.ts). */
export type TheirText = {
  message: string;
  lastEditedBy: string | null;
  /** "2026-03-30 14:05 KST", or empty. */
  savedAt: string;
  title: string;
  summary: string;
  body: Body;
  bodyText: string;
};

export type MyText = { title: string; summary: string; body: Body };

function Version({ heading, note, text, testId }: { heading: string; note: string; text: { title: string; summary: string; bodyText: string }; testId: string }) {
  return (
    <section className="min-w-0 border border-rule bg-white" data-testid={testId}>
      <div className="border-b border-rule bg-wash px-4 py-2">
        <h3 className="font-semibold text-ink">{heading}</h3>
        <p className="text-sm text-muted">{note}</p>
      </div>
      <dl className="space-y-3 px-4 py-3 text-sm">
        <div>
          <dt className="font-semibold text-muted">Title</dt>
          <dd className="text-base text-ink">{text.title || "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">Summary</dt>
          <dd className="text-ink">{text.summary || "—"}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">Body, as text</dt>
          <dd>
            <textarea
              readOnly
              value={text.bodyText}
              rows={12}
              aria-label={`${heading}: body as text`}
              className="mt-1 block w-full rounded-sm border border-rule bg-wash px-3 py-2 font-mono text-[0.8125rem] leading-relaxed text-ink"
            />
          </dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * A save refused because someone saved first. Both versions side by side (theirs is what is saved now; yours is
 * still in the form below, nothing lost), what differs between them, and the two ways on: merge by hand and save
 * yours over theirs, or take theirs.
 */
export function ConflictPanel({ theirs, mine, onKeepMine, onTakeTheirs }: { theirs: TheirText; mine: MyText; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const diff = useMemo(() => diffRevisionTexts(theirs, mine), [theirs, mine]);
  const myBodyText = useMemo(() => serializeBody(mine.body), [mine.body]);
  const who = theirs.lastEditedBy ?? "Someone";
  return (
    <section aria-labelledby="conflict-heading" className="space-y-4 border-2 border-accent bg-red-50/40 p-4" data-conflict="" role="alert">
      <div>
        <h2 id="conflict-heading" className="text-xl font-semibold text-ink">
          Not saved: {who} saved this edition after you opened it
        </h2>
        <p className="mt-1 text-ink">
          Your text is still in the form below: nothing you typed is lost. Copy what you need from their version into yours, then save yours; or
          continue from theirs. Saving stops until you choose.
        </p>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Version heading={`Their version (${who})`} note={theirs.savedAt ? `Saved ${theirs.savedAt}` : "Saved"} text={theirs} testId="their-version" />
        <Version heading="Your version" note="Not saved yet: still in the form below" text={{ ...mine, bodyText: myBodyText }} testId="your-version" />
      </div>
      <details className="border border-rule bg-white" open>
        <summary className="cursor-pointer bg-wash px-4 py-2 font-semibold text-ink">What differs between their version and yours</summary>
        <div className="px-4 py-3">
          <RevisionDiffView diff={diff} before="their version" after="yours" />
        </div>
      </details>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={onKeepMine}>
          Save my version over theirs
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>
          Discard mine and continue from theirs
        </Button>
      </div>
    </section>
  );
}
