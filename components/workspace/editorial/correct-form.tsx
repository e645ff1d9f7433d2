"use client";

import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { useEditionPage } from "./edition-page-bridge";
import { ProblemMessage, type FormProblem, type MoveAction } from "./move-form";

const CHANGE_TYPES = [
  ["MAJOR", "Major change", "Readers are told: the note below appears in the page's history."],
  ["MINOR", "Minor change", "A typo or formatting: readers are not told."],
] as const;

/** "Correct this document": a new draft edition of published content, with the kind of change and its note. */
export function CorrectForm({ documentId, action }: { documentId: string; action: MoveAction }) {
  const editionPage = useEditionPage();
  const [changeType, setChangeType] = useState<"MAJOR" | "MINOR">("MAJOR");
  const [problem, setProblem] = useState<FormProblem>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(data);
      if (result.ok) {
        setProblem(null);
        editionPage.announce("success", result.message ?? "A new edition was started.");
      } else setProblem({ message: result.error, errors: result.fieldErrors });
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <input type="hidden" name="documentId" value={documentId} />
      <fieldset className="space-y-2">
        <legend className="font-semibold text-ink">What kind of change?</legend>
        {CHANGE_TYPES.map(([value, label, hint]) => (
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
        <Field
          id="changeNote"
          label="Change note for readers"
          hint="What changed, in a sentence: “Corrected the date of the meeting.” You can still edit it before publishing."
          error={problem?.errors.changeNote}
          optional
        >
          {(control) => <TextInput {...control} name="changeNote" className="max-w-none" />}
        </Field>
      ) : null}
      <ProblemMessage problem={problem} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Starting a new edition…" : "Correct this document"}
      </Button>
    </form>
  );
}
