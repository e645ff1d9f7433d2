"use client";
// TEMPORARY: a look at the body editor; deleted before the task ends.
import { useRef, useState } from "react";
import { BodyEditor } from "@/components/admin/body-editor/body-editor";
import { useAutosave, type AutosaveResult } from "@/components/admin/use-autosave";
import { useUnsavedChangesWarning } from "@/components/admin/use-unsaved-changes-warning";
import type { Body } from "@/lib/content/body/schema";

export function Demo({ initialBody, mode, locale, serverError }: { initialBody: Body; mode: "blocks" | "text"; locale: string; serverError: boolean }) {
  const bodyRef = useRef(initialBody);
  const [valid, setValid] = useState(true);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const autosave = useAutosave({
    lockVersion: 1,
    enabled: valid,
    save: async (lockVersion): Promise<AutosaveResult> => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      void bodyRef.current;
      return { ok: true, lockVersion: lockVersion + 1 };
    },
  });
  useUnsavedChangesWarning(autosave.dirty);
  return (
    <form
      className="mt-6"
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(String(new FormData(event.currentTarget).get("body")).slice(0, 300));
      }}
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-lg font-semibold">Body</h2>
        <p aria-live="polite" className="text-sm text-muted" data-autosave="">
          {autosave.statusText}
        </p>
      </div>
      <BodyEditor
        name="body"
        initialBody={initialBody}
        initialMode={mode}
        locale={locale}
        errors={serverError ? { [initialBody[2]!.id]: "This paragraph was changed by someone else since you opened it", body: "Check the highlighted blocks." } : undefined}
        onChange={(body, report) => {
          bodyRef.current = body;
          setValid(report.valid && !report.textProblems);
          autosave.changed();
        }}
      />
      <button type="submit" className="mt-6 rounded-sm bg-brand px-4 py-2 font-medium text-white">
        Save
      </button>
      {submitted ? <pre className="mt-4 text-xs whitespace-pre-wrap" data-submitted="">{submitted}</pre> : null}
    </form>
  );
}
