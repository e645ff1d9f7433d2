"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent, type ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Checkbox, TextInput } from "@/components/ui/inputs";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DescriptionList } from "@/components/ui/description-list";
import type { ActionResult } from "@/lib/actions/define-action";
import { useDesk } from "./desk-bridge";

/*
 * The workflow moves this person may make on this edition now: exactly what the policy's availableTransitions
 * returned (the page asks; this only lays them out), each checked again on the server when pressed. Moves that
 * need words (a comment, a reason) or a time open a small form first.
 */

export type MoveAction = (formData: FormData) => Promise<ActionResult<unknown>>;

export type WorkflowActions = {
  submit: MoveAction;
  recall: MoveAction;
  reject: MoveAction;
  publish: MoveAction;
  forcePublish: MoveAction;
  schedule: MoveAction;
  unschedule: MoveAction;
  withdraw: MoveAction;
  unwithdraw: MoveAction;
  delete: MoveAction;
};

export type TransitionName = keyof Omit<WorkflowActions, "delete">;

type Errors = Record<string, readonly string[] | undefined>;

/** What a move asks before it is made, from what the form holds. */
export type Confirmation = { title: string; body: ReactNode; confirmLabel: string };

/** What readers get when this edition goes live, for the question before publishing or scheduling it. */
export type PublicationPreview = {
  title: string;
  /** Language names: the original and every translation readers can read. */
  languages: readonly string[];
  /** Null on a first edition. */
  change: { type: "MAJOR" | "MINOR"; note: string | null } | null;
};

function PublicationSummary({ preview, when, reason }: { preview: PublicationPreview; when: string; reason?: string }) {
  const change = preview.change;
  return (
    <DescriptionList
      items={[
        { term: "Title", detail: preview.title || "(untitled)" },
        { term: "Goes live in", detail: preview.languages.join(", ") },
        {
          term: "Change note",
          detail: !change
            ? "None: this is the first publication."
            : change.type === "MINOR"
              ? "Minor change: readers are not told."
              : change.note
                ? `“${change.note}”`
                : "None given (a major change without a note).",
        },
        { term: "When", detail: when },
        ...(reason !== undefined ? [{ term: "Without review, because", detail: reason || "(no reason given yet)" }] : []),
      ]}
    />
  );
}

export function MoveForm({
  action,
  editionId,
  lockVersion,
  label,
  pendingLabel,
  variant = "primary",
  children,
  className,
  confirm,
}: {
  action: MoveAction;
  editionId: string;
  lockVersion: number;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  children?: (errors: Errors) => ReactNode;
  className?: string;
  /** Asked once before the move is sent. */
  confirm?: (data: FormData) => Confirmation;
}) {
  const desk = useDesk();
  const router = useRouter();
  const [problem, setProblem] = useState<{ message: string; errors: Errors } | null>(null);
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState<{ data: FormData; question: Confirmation } | null>(null);
  // The dialog stays mounted, so closing it hands focus back to the button that opened it.
  const [question, setQuestion] = useState<Confirmation | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    if (confirm) {
      const asked = confirm(data);
      setQuestion(asked);
      setAsking({ data, question: asked });
    } else send(data);
  };

  const send = (data: FormData) => {
    startTransition(async () => {
      // A move applies to the version on screen: what the editor has not saved yet is saved first.
      const waiting = (await desk.editor.current?.settle()) ?? null;
      if (waiting) {
        setProblem({ message: waiting, errors: {} });
        return;
      }
      data.set("editionId", editionId);
      data.set("lockVersion", String(desk.editor.current?.lockVersion() ?? lockVersion));
      const result = await action(data);
      if (!result) return; // Redirected (a deleted draft).
      if (result.ok) {
        setProblem(null);
        desk.announce("success", result.message ?? "Done.");
      } else {
        setProblem({ message: result.error, errors: result.fieldErrors });
        // Refused because the edition changed meanwhile: show what is there now.
        if (result.code === "rejected") router.refresh();
      }
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className={className}>
      {children ? <div className="mb-3 space-y-3">{children(problem?.errors ?? {})}</div> : null}
      {problem && Object.keys(problem.errors).length === 0 ? (
        <p role="alert" className="mb-2 border-l-4 border-accent pl-3 text-sm font-semibold text-accent">
          {problem.message}
        </p>
      ) : null}
      <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {question ? (
        <ConfirmDialog
          open={asking !== null}
          title={question.title}
          confirmLabel={question.confirmLabel}
          variant={variant === "danger" ? "danger" : "primary"}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            const data = asking?.data;
            setAsking(null);
            if (data) send(data);
          }}
        >
          {question.body}
        </ConfirmDialog>
      ) : null}
    </form>
  );
}

export function Reason({ id, name, label, hint, errors }: { id: string; name: string; label: string; hint: string; errors: Errors }) {
  return (
    <Field id={id} label={label} hint={hint} error={errors[name]}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={3}
          required
          className="block w-full rounded-sm border border-ink/60 bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-accent"
        />
      )}
    </Field>
  );
}

export function Disclosure({ summary, tone = "neutral", children }: { summary: string; tone?: "neutral" | "danger"; children: ReactNode }) {
  return (
    <details className="group border border-rule bg-white">
      <summary
        className={`cursor-pointer list-none px-3 py-2 font-medium select-none hover:bg-wash ${tone === "danger" ? "text-accent" : "text-ink"} [&::-webkit-details-marker]:hidden`}
      >
        <span aria-hidden="true" className="mr-2 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        {summary}
      </summary>
      <div className="border-t border-rule px-3 py-3">{children}</div>
    </details>
  );
}

export function WorkflowPanel({
  editionId,
  lockVersion,
  transitions,
  canDelete,
  unavailable,
  schedule,
  actions,
  publication,
}: {
  editionId: string;
  lockVersion: number;
  /** availableTransitions(user, edition), in its order. */
  transitions: readonly TransitionName[];
  canDelete: boolean;
  /** Moves this person's role makes but this edition does not allow them now, with the policy's reason. */
  unavailable: ReadonlyArray<{ name: string; label: string; reason: string }>;
  schedule: { zone: string; zoneName: string; suggested: string; min: string };
  actions: WorkflowActions;
  publication: PublicationPreview;
}) {
  const has = (name: TransitionName) => transitions.includes(name);
  const common = { editionId, lockVersion };
  const oneClick = (["submit", "publish", "recall", "unschedule", "unwithdraw"] as const).filter(has);
  // Why there is no Publish button (the two-person rule), said where the button would be rather than in the list below.
  const publishRefused = unavailable.find((item) => item.name === "publish");
  const others = unavailable.filter((item) => item !== publishRefused);
  const confirmPublish = (): Confirmation => ({
    title: "Publish this edition now?",
    body: <PublicationSummary preview={publication} when="Now: readers see it at once, and subscribers are alerted." />,
    confirmLabel: "Publish now",
  });
  const confirmSchedule = (data: FormData): Confirmation => ({
    title: "Schedule this edition?",
    body: (
      <PublicationSummary
        preview={publication}
        when={`${String(data.get("publishAt") ?? "").replace("T", " ") || "(no time chosen)"} office time (${schedule.zone}). The text is frozen until then.`}
      />
    ),
    confirmLabel: "Schedule publication",
  });
  const confirmForce = (data: FormData): Confirmation => ({
    title: "Force publish without review?",
    body: <PublicationSummary preview={publication} when="Now, without a second editor's review." reason={String(data.get("reason") ?? "").trim()} />,
    confirmLabel: "Force publish now",
  });

  if (transitions.length === 0 && !canDelete) {
    return (
      <div className="space-y-2 text-sm">
        <p className="text-muted">There is nothing for you to do with this edition in the workflow now.</p>
        <Unavailable items={unavailable} />
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {publishRefused ? (
        <p className="border-l-4 border-rule pl-3 text-sm text-ink" data-publish-refused="">
          <span className="font-semibold">Publish:</span> {publishRefused.reason}
        </p>
      ) : null}
      {oneClick.length > 0 ? (
        <div className="flex flex-wrap gap-3">
          {has("submit") ? <MoveForm {...common} action={actions.submit} label="Submit for review" pendingLabel="Submitting…" /> : null}
          {has("publish") ? <MoveForm {...common} action={actions.publish} label="Publish" pendingLabel="Publishing…" confirm={confirmPublish} /> : null}
          {has("recall") ? <MoveForm {...common} action={actions.recall} label="Withdraw submission" pendingLabel="Withdrawing…" variant="secondary" /> : null}
          {has("unschedule") ? <MoveForm {...common} action={actions.unschedule} label="Unschedule" pendingLabel="Unscheduling…" variant="secondary" /> : null}
          {has("unwithdraw") ? <MoveForm {...common} action={actions.unwithdraw} label="Undo withdrawal" pendingLabel="Publishing again…" variant="secondary" /> : null}
        </div>
      ) : null}

      {has("schedule") ? (
        <Disclosure summary="Schedule…">
          <MoveForm {...common} action={actions.schedule} label="Schedule publication" pendingLabel="Scheduling…" confirm={confirmSchedule}>
            {(errors) => (
              <Field
                id="publishAt"
                label="Publish at"
                hint={`Office time: ${schedule.zone} (${schedule.zoneName}). It goes live within half a minute of this time.`}
                error={errors.publishAt}
              >
                {(control) => <TextInput {...control} name="publishAt" type="datetime-local" defaultValue={schedule.suggested} min={schedule.min} required />}
              </Field>
            )}
          </MoveForm>
        </Disclosure>
      ) : null}

      {has("reject") ? (
        <Disclosure summary="Send back to draft…">
          <MoveForm {...common} action={actions.reject} label="Send back with this comment" pendingLabel="Sending back…" variant="secondary">
            {(errors) => <Reason id="comment" name="comment" label="Comment for the writer" hint="What to change before it is submitted again. They see it above the text." errors={errors} />}
          </MoveForm>
        </Disclosure>
      ) : null}

      {has("forcePublish") ? (
        <Disclosure summary="Force publish…">
          <p className="mb-3 text-sm text-ink">
            Publishes now without a second editor&apos;s review. Use it when the release cannot wait for one (a statement due before a briefing). Your
            reason is kept with the edition, listed on the dashboard and written to the audit log.
          </p>
          <MoveForm {...common} action={actions.forcePublish} label="Force publish now" pendingLabel="Publishing…" variant="danger" confirm={confirmForce}>
            {(errors) => <Reason id="forceReason" name="reason" label="Why it cannot wait for review" hint="Recorded for other editors and admins." errors={errors} />}
          </MoveForm>
        </Disclosure>
      ) : null}

      {has("withdraw") ? (
        <Disclosure summary="Withdraw…" tone="danger">
          <p className="mb-3 text-sm text-ink">
            The page stays at its address with a notice giving your reason and the date, and leaves lists, feeds and search. It can be undone.
          </p>
          <MoveForm {...common} action={actions.withdraw} label="Withdraw from the site" pendingLabel="Withdrawing…" variant="danger">
            {(errors) => <Reason id="withdrawReason" name="reason" label="Reason for withdrawing" hint="Shown to readers on the page." errors={errors} />}
          </MoveForm>
        </Disclosure>
      ) : null}

      {canDelete ? (
        <Disclosure summary="Delete this draft…" tone="danger">
          <MoveForm {...common} action={actions.delete} label="Delete the draft" pendingLabel="Deleting…" variant="danger">
            {(errors) => (
              <div className={errors.confirm ? "border-l-4 border-accent pl-3" : undefined}>
                {errors.confirm ? <p className="text-sm font-semibold text-accent">{errors.confirm[0]}</p> : null}
                <Checkbox id="confirmDelete" name="confirm" label="Yes, delete this draft and its revisions. This cannot be undone." />
              </div>
            )}
          </MoveForm>
        </Disclosure>
      ) : null}

      <Unavailable items={others} />
    </div>
  );
}

function Unavailable({ items }: { items: ReadonlyArray<{ label: string; reason: string }> }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm text-muted" data-unavailable-moves="">
      {items.map((item) => (
        <li key={item.label}>
          <span className="font-semibold text-ink">{item.label}:</span> {item.reason}
        </li>
      ))}
    </ul>
  );
}

/** "Correct this document": a new draft edition of published content, with the kind of change and its note. */
export function CorrectForm({ documentId, action }: { documentId: string; action: MoveAction }) {
  const desk = useDesk();
  const [changeType, setChangeType] = useState<"MAJOR" | "MINOR">("MAJOR");
  const [problem, setProblem] = useState<{ message: string; errors: Errors } | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(data);
      if (result.ok) {
        setProblem(null);
        desk.announce("success", result.message ?? "A new edition was started.");
      } else setProblem({ message: result.error, errors: result.fieldErrors });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="documentId" value={documentId} />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-ink">What kind of change?</legend>
        {(
          [
            ["MAJOR", "Major change", "Readers are told: the note below appears in the page's history."],
            ["MINOR", "Minor change", "A typo or formatting: readers are not told."],
          ] as const
        ).map(([value, label, hint]) => (
          <div key={value} className="flex items-start gap-2">
            <input
              id={`changeType-${value}`}
              type="radio"
              name="changeType"
              value={value}
              checked={changeType === value}
              onChange={() => setChangeType(value)}
              className="mt-1 h-5 w-5 accent-brand"
            />
            <label htmlFor={`changeType-${value}`}>
              <span className="font-medium">{label}</span> <span className="text-sm text-muted">— {hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      {changeType === "MAJOR" ? (
        <Field id="changeNote" label="Change note for readers" hint="What changed, in a sentence: “Corrected the date of the meeting.” You can still edit it before publishing." error={problem?.errors.changeNote} optional>
          {(control) => <TextInput {...control} name="changeNote" className="max-w-none" />}
        </Field>
      ) : null}
      {problem && Object.keys(problem.errors).length === 0 ? (
        <p role="alert" className="border-l-4 border-accent pl-3 text-sm font-semibold text-accent">
          {problem.message}
        </p>
      ) : null}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Starting a new edition…" : "Correct this document"}
      </Button>
    </form>
  );
}
