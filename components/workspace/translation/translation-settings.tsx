import type { ReactNode } from "react";
import { Field, Fieldset } from "@/components/ui/field";
import { TextInput } from "@/components/ui/inputs";
import { TRANSLATOR_CREDIT_MAX } from "@/lib/translation/input";
import type { SettingsChange } from "./translation-editor-state";
import { oneParagraph, type Draft } from "./workspace-state";

const TRANSLATION_KINDS = [
  ["UNOFFICIAL", "Unofficial translation", "provided for convenience; the original prevails"],
  ["OFFICIAL", "Official translation", "an authoritative text in its own right"],
] as const;

/** "About this translation": official or not, the translator's credit and, when the original has one, the change note. */
export function TranslationSettings({
  draft,
  readOnly,
  markOfficial,
  locale,
  sourceLocaleLabel,
  sourceChangeNote,
  onChange,
  children,
}: {
  draft: Draft;
  readOnly: boolean;
  /** Whether this person may choose between official and unofficial. */
  markOfficial: boolean;
  locale: string;
  sourceLocaleLabel: string;
  sourceChangeNote: string | null;
  onChange: (change: SettingsChange) => void;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="translation-settings" className="mb-6 border border-rule bg-white px-4 py-4">
      <h2 id="translation-settings" className="text-lg font-semibold text-ink">
        About this translation
      </h2>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <Fieldset
          legend="Is this translation official?"
          hint={
            markOfficial || readOnly
              ? "An unofficial translation carries a notice that the original prevails, with a link to it."
              : "Only someone who may translate this may choose."
          }
        >
          <div className="space-y-2">
            {TRANSLATION_KINDS.map(([value, label, hint]) => (
              <div key={value} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`kind-${value}`}
                  name="translationKind"
                  value={value}
                  checked={draft.translationKind === value}
                  disabled={readOnly || !markOfficial}
                  onChange={() => onChange({ translationKind: value })}
                  className="mt-1 h-5 w-5 accent-brand"
                />
                <label htmlFor={`kind-${value}`}>
                  <span className="font-semibold">{label}</span> <span className="text-muted">— {hint}</span>
                </label>
              </div>
            ))}
          </div>
        </Fieldset>
        <Field
          id="translator-credit"
          label="Translator credit"
          optional
          hint="Shown to readers with the translation, e.g. “Translated by the Korean Culture and Information Service”."
        >
          {(control) => (
            <TextInput
              {...control}
              value={draft.translatorCredit}
              maxLength={TRANSLATOR_CREDIT_MAX}
              readOnly={readOnly}
              onChange={(event) => onChange({ translatorCredit: oneParagraph(event.target.value) })}
            />
          )}
        </Field>
        {sourceChangeNote ? (
          <Field
            id="translated-change-note"
            label="Change note"
            optional
            hint={`Readers see it in the page's history. Original (${sourceLocaleLabel}): “${sourceChangeNote}”. Left empty, readers see the original's note, marked as in ${sourceLocaleLabel}.`}
          >
            {(control) => (
              <TextInput
                {...control}
                lang={locale}
                value={draft.changeNote}
                readOnly={readOnly}
                onChange={(event) => onChange({ changeNote: oneParagraph(event.target.value) })}
              />
            )}
          </Field>
        ) : null}
      </div>
      {children ? <div className="mt-6">{children}</div> : null}
    </section>
  );
}
