"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Checkbox, Select } from "@/components/ui/inputs";
import type { ActionResult } from "@/lib/actions/define-action";
import { reviewNotesAnchor } from "./review-notes-link";

export type ReviewNoteRow = {
  id: string;
  author: string;
  written: string;
  /** The revision of the text it was written on. */
  revision: string | null;
  body: string;
  resolved: { by: string; at: string } | null;
  /** Written on a block since removed: what the block said. */
  removedBlock: { quote: string | null } | null;
  mayResolve: boolean;
  mayReopen: boolean;
};

export type ReviewNoteGroupRow = { blockId: string | null; label: string; quote: string | null; notes: ReviewNoteRow[] };

type Action = (formData: FormData) => Promise<ActionResult<unknown>>;

const WHOLE = "";

/** The review notes of one text, beside the blocks they are on: write one, resolve it, reopen it. */
export function ReviewNotesPanel({
  editionId,
  locale,
  targets,
  groups,
  add,
  actions,
}: {
  editionId: string;
  locale: string;
  targets: ReadonlyArray<{ blockId: string; label: string; quote: string }>;
  groups: readonly ReviewNoteGroupRow[];
  /** Whether this person may write a note, and why not. */
  add: { allowed: true } | { allowed: false; reason: string };
  actions: { add: Action; resolve: Action; reopen: Action };
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [blockId, setBlockId] = useState(WHOLE);
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<{ message: string; fieldErrors: Record<string, readonly string[]> } | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const resolvedCount = groups.reduce((sum, group) => sum + group.notes.filter((note) => note.resolved).length, 0);

  const run = (action: Action, data: FormData, done?: () => void) =>
    startTransition(async () => {
      const result = await action(data);
      if (!result.ok) {
        setProblem({ message: result.error, fieldErrors: result.fieldErrors });
        setNotice(null);
        return;
      }
      setProblem(null);
      setNotice(result.message);
      done?.();
      router.refresh();
    });

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData();
    data.set("editionId", editionId);
    data.set("locale", locale);
    data.set("blockId", blockId);
    data.set("body", body);
    // What was typed stays in the box until the note is saved.
    run(actions.add, data, () => setBody(""));
  };

  const settle = (action: Action, noteId: string) => {
    const data = new FormData();
    data.set("noteId", noteId);
    run(action, data);
  };

  const writeOn = (target: string | null) => {
    setBlockId(target ?? WHOLE);
    textArea.current?.focus();
  };

  return (
    <div className="space-y-4" data-review-notes="">
      {problem && !problem.fieldErrors.body && !problem.fieldErrors.blockId ? (
        <p role="alert" className="border-l-4 border-accent pl-3 text-sm font-semibold text-accent">
          {problem.message}
        </p>
      ) : null}
      {notice ? (
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      ) : null}

      {add.allowed ? (
        <form onSubmit={onAdd} noValidate className="space-y-3" aria-label="Write a review note">
          <Field id="review-note-block" label="On" error={problem?.fieldErrors.blockId}>
            {(control) => (
              <Select {...control} name="blockId" value={blockId} onChange={(event) => setBlockId(event.target.value)} className="max-w-none">
                <option value={WHOLE}>The whole edition</option>
                {targets.map((target) => (
                  <option key={target.blockId} value={target.blockId}>
                    {target.label}
                    {target.quote ? ` — ${target.quote.slice(0, 60)}${target.quote.length > 60 ? "…" : ""}` : ""}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="review-note-body" label="Note" hint="Seen by the desk only, never by readers." error={problem?.fieldErrors.body}>
            {(control) => (
              <textarea
                {...control}
                ref={textArea}
                name="body"
                rows={3}
                value={body}
                onChange={(event) => setBody(event.target.value)}
                className="block w-full rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
              />
            )}
          </Field>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Saving…" : "Add note"}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-muted">{add.reason}</p>
      )}

      {groups.length === 0 ? (
        <p className="text-sm text-muted">No review notes on this text yet.</p>
      ) : (
        <>
          {resolvedCount > 0 ? (
            <Checkbox
              id={`review-notes-resolved-${locale}`}
              label={`Show resolved notes (${resolvedCount})`}
              checked={showResolved}
              onChange={(event) => setShowResolved(event.target.checked)}
            />
          ) : null}
          {groups.map((group) => {
            const shown = group.notes.filter((note) => showResolved || !note.resolved);
            if (shown.length === 0) return null;
            return (
              <section
                key={group.blockId ?? "whole"}
                id={reviewNotesAnchor(group.blockId)}
                data-note-block={group.blockId ?? "edition"}
                className="scroll-mt-4 border-l-4 border-rule pl-3"
              >
                <div className="flex flex-wrap items-baseline gap-2">
                  <h3 className="font-semibold text-ink">{group.label}</h3>
                  {add.allowed ? (
                    <Button size="sm" variant="quiet" onClick={() => writeOn(group.blockId)} aria-label={`Write a note here, on ${group.label}`}>
                      Write a note here
                    </Button>
                  ) : null}
                </div>
                {group.quote ? <p className="mb-1 text-sm text-muted italic">“{group.quote}”</p> : null}
                <ul className="divide-y divide-rule">
                  {shown.map((note) => (
                    <li key={note.id} data-review-note={note.id} data-note-state={note.resolved ? "resolved" : "open"} className={`space-y-1 py-2 ${note.resolved ? "text-muted" : ""}`}>
                      <p className="flex flex-wrap items-center gap-2 text-sm">
                        {note.resolved ? <Badge tone="success">Resolved</Badge> : <Badge tone="warning">Open</Badge>}
                        <strong className="text-ink">{note.author}</strong>
                        <span className="text-muted">
                          {note.written}
                          {note.revision ? ` · on ${note.revision}` : ""}
                        </span>
                      </p>
                      {note.removedBlock ? (
                        <p className="text-sm text-muted" data-removed-block="">
                          On a paragraph since removed{note.removedBlock.quote ? `: “${note.removedBlock.quote}”` : "."}
                        </p>
                      ) : null}
                      <p className="whitespace-pre-line">{note.body}</p>
                      <div className="flex flex-wrap items-center gap-3 text-sm">
                        {note.resolved ? (
                          <span className="text-muted">
                            Resolved by {note.resolved.by}, {note.resolved.at}
                          </span>
                        ) : null}
                        {note.mayResolve ? (
                          <Button size="sm" variant="secondary" disabled={pending} onClick={() => settle(actions.resolve, note.id)}>
                            Resolve
                          </Button>
                        ) : null}
                        {note.mayReopen ? (
                          <Button size="sm" variant="quiet" disabled={pending} onClick={() => settle(actions.reopen, note.id)}>
                            Reopen
                          </Button>
                        ) : null}
                      </div>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
