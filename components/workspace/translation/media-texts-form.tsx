"use client";

import { useActionState } from "react";
import { ActionFeedback } from "@/components/workspace/action-feedback";
import type { FormAction } from "@/components/workspace/hooks/form-action";
import { SubmitButton } from "@/components/ui/submit-button";
import { variantUrl, widthsFor } from "@/lib/media/media-view";
import type { MediaToTranslate } from "@/lib/media/translation-media";

const FIELD_LABELS = { alt: "Alt text", caption: "Caption", credit: "Credit", title: "Title" } as const;

/**
 * The words of the document's photos and files in the translation's language: each beside the original's. They belong
 * to the library item, so translating them here translates them for every document that shows it.
 */
export function MediaTextsForm({
  items,
  documentId,
  locale,
  localeLabel,
  editable,
  action,
}: {
  items: readonly MediaToTranslate[];
  documentId: string;
  locale: string;
  localeLabel: string;
  editable: boolean;
  action: FormAction<{ locale: string; changed: string[] }>;
}) {
  const [state, formAction] = useActionState(action, null);
  const value = (name: string, fallback: string) => {
    const submitted = state && !state.ok ? state.values[name] : undefined;
    return typeof submitted === "string" ? submitted : fallback;
  };
  return (
    <form action={formAction} className="space-y-4" data-media-texts="">
      <ActionFeedback state={state} />
      <input type="hidden" name="documentId" value={documentId} />
      <input type="hidden" name="locale" value={locale} />
      {items.map((item) => (
        <fieldset key={item.id} className="grid gap-3 border-t border-rule pt-3 lg:grid-cols-[8rem_1fr]" data-media-texts-item={item.id}>
          <legend className="sr-only">{item.view.kind === "image" ? "Photo" : "File"}</legend>
          <div>
            {item.view.kind === "image" ? (
              // eslint-disable-next-line @next/next/no-img-element -- the library's own small variant
              <img src={variantUrl(item.view, widthsFor(item.view.width)[0]!, "webp")} alt={item.view.alt} className="w-32 border border-rule" />
            ) : (
              <span className="font-mono text-xs font-semibold text-muted">{item.view.typeLabel}</span>
            )}
          </div>
          <div className="space-y-3">
            {item.textLocale === locale ? <p className="text-sm text-muted">Its words are written in {localeLabel} already.</p> : null}
            {item.textLocale === locale
              ? null
              : item.fields.map(({ field, source, translated }) => {
                  const name = `media.${item.id}.${field}`;
                  return (
                    <div key={field} className="grid gap-1 sm:grid-cols-2 sm:gap-4">
                      <p className="text-sm">
                        <span className="block font-semibold text-ink">{FIELD_LABELS[field]}</span>
                        <span lang={item.textLocale}>{source}</span>
                      </p>
                      <label className="block text-sm">
                        <span className="block font-semibold text-ink">
                          {FIELD_LABELS[field]} in {localeLabel}
                        </span>
                        <input
                          name={name}
                          lang={locale}
                          defaultValue={value(name, translated)}
                          disabled={!editable}
                          className="mt-1 block h-9 w-full rounded-sm border border-ink/50 bg-white px-2 text-ink"
                        />
                      </label>
                    </div>
                  );
                })}
          </div>
        </fieldset>
      ))}
      {editable ? <SubmitButton pendingLabel="Saving…">Save photo and file texts</SubmitButton> : null}
    </form>
  );
}
