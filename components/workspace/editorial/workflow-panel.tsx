"use client";

import { Field } from "@/components/ui/field";
import { Checkbox, TextInput } from "@/components/ui/inputs";
import { Disclosure, MoveForm, Reason, type MoveAction } from "./move-form";
import { publicationQuestions, type PublicationPreview } from "./publication-summary";

/*
 * The workflow moves this person may make on this edition now: exactly what the policy's availableTransitions
 * returned (the page asks; this only lays them out), each checked again on the server when pressed. Moves that
 * need words (a comment, a reason) or a time open a small form first.
 */

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
  const ask = publicationQuestions(publication, schedule.zone);

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
          {has("publish") ? <MoveForm {...common} action={actions.publish} label="Publish" pendingLabel="Publishing…" confirm={ask.publish} /> : null}
          {has("recall") ? <MoveForm {...common} action={actions.recall} label="Withdraw submission" pendingLabel="Withdrawing…" variant="secondary" /> : null}
          {has("unschedule") ? <MoveForm {...common} action={actions.unschedule} label="Unschedule" pendingLabel="Unscheduling…" variant="secondary" /> : null}
          {has("unwithdraw") ? <MoveForm {...common} action={actions.unwithdraw} label="Undo withdrawal" pendingLabel="Publishing again…" variant="secondary" /> : null}
        </div>
      ) : null}

      {has("schedule") ? (
        <Disclosure summary="Schedule…">
          <MoveForm {...common} action={actions.schedule} label="Schedule publication" pendingLabel="Scheduling…" confirm={ask.schedule}>
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
          <MoveForm {...common} action={actions.forcePublish} label="Force publish now" pendingLabel="Publishing…" variant="danger" confirm={ask.forcePublish}>
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
