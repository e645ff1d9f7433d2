"use client";

import { useEffect, useRef } from "react";
import { FieldErrorLinks } from "@/components/workspace/action-feedback";
import { Alert } from "@/components/ui/alert";
import { FIELD_LABELS, forSummary, type Failure } from "./form-failure";

/** A refused save's messages, each linked to its field. Takes focus only after the Save button, never while typing. */
export function SaveErrorSummary({ failure, focusKey }: { failure: Failure; focusKey: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey > 0) box.current?.focus();
  }, [focusKey]);
  const summary = forSummary(failure);
  if (!summary) return null;
  const fields = Object.entries(summary.fieldErrors).filter(([name]) => name !== "form");
  return (
    <div ref={box} tabIndex={-1} className="outline-none">
      <Alert tone="error" title={fields.length > 0 ? "Not saved: there is a problem" : `Not saved: ${summary.error}`}>
        {fields.length > 0 ? (
          <FieldErrorLinks fields={fields} labels={FIELD_LABELS} />
        ) : (
          <p>Your text is still here. Try again; if it keeps happening, copy your text somewhere safe and tell an editor.</p>
        )}
      </Alert>
    </div>
  );
}
