"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { Checkbox, Select, TextInput } from "@/components/ui/inputs";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionFeedback } from "../action-feedback";
import { LocaleOptions } from "./locale-options";
import { fieldError, submitted, type FormAction } from "../hooks/form-action";

type Uploaded = { id: string; kind: "IMAGE" | "DOCUMENT"; fileName: string };

const LABELS = {
  file: "File",
  textLocale: "Language of the texts below",
  alt: "Alt text",
  caption: "Caption",
  credit: "Credit",
  title: "Title",
  language: "Language of the file",
};

/**
 * Uploads a photo (JPEG, PNG, WebP) or a file (PDF, office formats). The server judges the file by its content; the
 * form only shows the fields of the kind the browser says was chosen (all of them before a choice, or without
 * JavaScript). A refused upload keeps the typed texts; the file must be chosen again (browsers never refill it).
 */
export function UploadMediaForm({
  action,
  locales,
  maxSize,
}: {
  action: FormAction<Uploaded>;
  locales: ReadonlyArray<{ value: string; label: string }>;
  maxSize: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const [kind, setKind] = useState<"image" | "document" | null>(null);
  return (
    <form action={formAction} noValidate className="space-y-5" data-upload-media="">
      <ActionFeedback state={state} fieldLabels={LABELS} />
      {state?.ok ? (
        <p className="text-sm">
          <Link href={`/workspace/media/${state.data.id}`} className="text-brand underline underline-offset-2">
            See {state.data.fileName} in the library
          </Link>
        </p>
      ) : null}
      <Field id="media-file" label={LABELS.file} hint={`A JPEG, PNG or WebP photo, or a PDF or office file; at most ${maxSize}. SVG is not accepted.`} error={fieldError(state, "file")}>
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            required
            accept="image/jpeg,image/png,image/webp,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.hwp"
            className="block w-full text-sm"
            onChange={(event) => {
              const type = event.currentTarget.files?.[0]?.type ?? "";
              setKind(type ? (type.startsWith("image/") ? "image" : "document") : null);
            }}
          />
        )}
      </Field>
      <Field id="media-text-locale" label={LABELS.textLocale} hint="Translators give them in the other languages from the translation workspace." error={fieldError(state, "textLocale")}>
        {(control) => (
          <Select {...control} name="textLocale" defaultValue={submitted(state, "textLocale") ?? locales[0]?.value}>
            <LocaleOptions locales={locales} />
          </Select>
        )}
      </Field>
      {kind !== "document" ? (
        <fieldset className="space-y-4 border-l-2 border-rule pl-4" data-photo-fields="">
          <legend className="font-semibold text-ink">For a photo</legend>
          <Field id="media-alt" label={LABELS.alt} hint="What the photo shows, for readers who cannot see it. Required for photos." error={fieldError(state, "alt")}>
            {(control) => <TextInput {...control} name="alt" defaultValue={submitted(state, "alt")} />}
          </Field>
          <Field id="media-caption" label={LABELS.caption} optional error={fieldError(state, "caption")}>
            {(control) => <TextInput {...control} name="caption" defaultValue={submitted(state, "caption")} />}
          </Field>
          <Field id="media-credit" label={LABELS.credit} optional hint="Who took it, or the agency." error={fieldError(state, "credit")}>
            {(control) => <TextInput {...control} name="credit" defaultValue={submitted(state, "credit")} />}
          </Field>
        </fieldset>
      ) : null}
      {kind !== "image" ? (
        <fieldset className="space-y-4 border-l-2 border-rule pl-4" data-file-fields="">
          <legend className="font-semibold text-ink">For a file</legend>
          <Field id="media-title" label={LABELS.title} hint="What readers see as the link, e.g. “Joint statement (PDF)”. Required for files." error={fieldError(state, "title")}>
            {(control) => <TextInput {...control} name="title" defaultValue={submitted(state, "title")} />}
          </Field>
          <Field id="media-language" label={LABELS.language} optional error={fieldError(state, "language")}>
            {(control) => (
              <Select {...control} name="language" defaultValue={submitted(state, "language") ?? ""}>
                <option value="">The language of the texts</option>
                <LocaleOptions locales={locales} />
              </Select>
            )}
          </Field>
          <Checkbox id="media-accessible" name="accessible" label="Meets the accessibility standard (tagged PDF, reading order, alt texts)" defaultChecked={submitted(state, "accessible") === "on"} />
        </fieldset>
      ) : null}
      <SubmitButton pendingLabel="Uploading…">Upload</SubmitButton>
    </form>
  );
}
