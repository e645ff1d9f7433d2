"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { Disclosure, MoveForm, Reason, type MoveAction } from "../editorial/move-form";

/*
 * The embargo moves the policy offers on this edition (docs/adr/0005): embargo a submitted edition to press lists,
 * or extend or lift an embargo. Like the workflow panel, this only lays out what the page was told is allowed.
 */

export type EmbargoMove = "embargo" | "extendEmbargo" | "liftEmbargo";

export function EmbargoPanel({
  editionId,
  lockVersion,
  moves,
  pressLists,
  time,
  actions,
}: {
  editionId: string;
  lockVersion: number;
  moves: readonly EmbargoMove[];
  pressLists: ReadonlyArray<{ id: string; name: string; contacts: number }>;
  /** Office time zone, a suggested time, the earliest time, and the current embargo's time (when extending). */
  time: { zone: string; zoneName: string; suggested: string; min: string; current?: string };
  actions: Record<EmbargoMove, MoveAction>;
}) {
  const common = { editionId, lockVersion };
  const timeHint = `Office time: ${time.zone} (${time.zoneName}). It goes live by itself within half a minute of this time.`;
  return (
    <div className="space-y-3" data-embargo-panel="">
      {moves.includes("embargo") ? (
        <Disclosure summary="Embargo…">
          <p className="mb-3 text-sm text-ink">
            Sends the text now to the journalists on the lists you choose, by e-mail and with a personal link that shows it marked{" "}
            <strong>EMBARGOED UNTIL</strong> the time. Readers see nothing until then; at the time it publishes itself and the alerts go out.
          </p>
          {pressLists.length === 0 ? (
            <p className="text-sm text-muted">
              There are no press lists yet: <Link href="/workspace/press-lists" className="text-brand underline underline-offset-2">create one</Link> first.
            </p>
          ) : (
            <MoveForm {...common} action={actions.embargo} label="Send under embargo" pendingLabel="Sending…">
              {(errors) => (
                <>
                  <Field id="embargoUntil" label="Embargoed until" hint={timeHint} error={errors.embargoUntil}>
                    {(control) => <TextInput {...control} name="embargoUntil" type="datetime-local" defaultValue={time.suggested} min={time.min} required />}
                  </Field>
                  <fieldset className={errors.pressListIds ? "border-l-4 border-accent pl-3" : undefined}>
                    <legend className="font-semibold text-ink">Send to</legend>
                    {errors.pressListIds ? <p className="text-sm font-semibold text-accent">{errors.pressListIds[0]}</p> : null}
                    <div className="mt-1 space-y-1">
                      {pressLists.map((list) => (
                        <div key={list.id} className="flex items-center gap-2">
                          <input id={`pressList-${list.id}`} type="checkbox" name="pressListIds" value={list.id} className="h-5 w-5 accent-brand" />
                          <label htmlFor={`pressList-${list.id}`}>
                            {list.name} <span className="text-sm text-muted">({list.contacts} {list.contacts === 1 ? "journalist" : "journalists"})</span>
                          </label>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </>
              )}
            </MoveForm>
          )}
        </Disclosure>
      ) : null}

      {moves.includes("extendEmbargo") ? (
        <Disclosure summary="Extend the embargo…">
          <MoveForm {...common} action={actions.extendEmbargo} label="Extend the embargo" pendingLabel="Extending…" variant="secondary">
            {(errors) => (
              <>
                <Field id="extendUntil" label="New time" hint={`Later than now. ${timeHint}`} error={errors.embargoUntil}>
                  {(control) => <TextInput {...control} name="embargoUntil" type="datetime-local" defaultValue={time.current ?? time.suggested} min={time.current ?? time.min} required />}
                </Field>
                <Reason id="extendReason" name="reason" label="Why it is extended" hint="Kept in the audit log. The recipients are told the new time." errors={errors} />
              </>
            )}
          </MoveForm>
        </Disclosure>
      ) : null}

      {moves.includes("liftEmbargo") ? (
        <Disclosure summary="Lift the embargo and publish now…" tone="danger">
          <p className="mb-3 text-sm text-ink">Publishes now, before the announced time. The recipients are told it is public, and the alerts go out.</p>
          <MoveForm {...common} action={actions.liftEmbargo} label="Lift the embargo and publish now" pendingLabel="Publishing…" variant="danger">
            {(errors) => <Reason id="liftReason" name="reason" label="Why it cannot wait" hint="Kept in the audit log." errors={errors} />}
          </MoveForm>
        </Disclosure>
      ) : null}
    </div>
  );
}
