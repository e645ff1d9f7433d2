import { Field } from "@/components/ui/field";
import { RadioChoices, TextInput } from "@/components/ui/inputs";
import type { DocumentKindName } from "./document-fields";

/** A correction's own fields: whether readers are told (a major change) and the note they are told. */
export function EditionChangeFields({
  editionNumber,
  kind,
  changeType,
  changeNote,
  error,
  onChangeType,
  onChangeNote,
}: {
  editionNumber: number;
  kind: DocumentKindName;
  changeType: "MAJOR" | "MINOR";
  changeNote: string;
  error: readonly string[] | undefined;
  onChangeType: (value: "MAJOR" | "MINOR") => void;
  onChangeNote: (value: string) => void;
}) {
  return (
    <fieldset className="space-y-3 border-l-4 border-brand bg-brand/5 px-4 py-3">
      <legend className="sr-only">The change this edition makes</legend>
      <p className="font-semibold text-ink">This edition corrects published content (edition {editionNumber}).</p>
      <p className="text-sm text-muted" data-pending-document-fields="">
        The tags, related documents{kind === "INTERVIEW" ? " and interview details" : ""} below are this edition&apos;s: changes to them reach readers when
        it is published, not before.
      </p>
      <RadioChoices
        name="changeType"
        choices={[
          ["MAJOR", "Major change: readers see the note below in the page's history"],
          ["MINOR", "Minor change (a typo): readers are not told"],
        ]}
        value={changeType}
        onChange={onChangeType}
      />
      {changeType === "MAJOR" ? (
        <Field id="changeNote" label="Change note" hint="What changed, in a sentence. Required before a major change is published." error={error}>
          {(control) => <TextInput {...control} name="changeNote" value={changeNote} onChange={(event) => onChangeNote(event.target.value)} className="max-w-none" />}
        </Field>
      ) : null}
    </fieldset>
  );
}
