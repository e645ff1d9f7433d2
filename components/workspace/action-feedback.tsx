"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/actions/define-action";
import { Alert } from "@/components/ui/alert";

/**
 * What a form says after it was sent: the confirmation, or the refusal with a list of the fields to fix (each a link
 * to its field). Focus moves to it so keyboard and screen-reader users hear the outcome.
 */
export function ActionFeedback({ state, fieldLabels = {} }: { state: ActionState<unknown>; fieldLabels?: Record<string, string> }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) box.current?.focus();
  }, [state]);
  if (!state) return null;
  if (state.ok) {
    return state.message ? (
      <div ref={box} tabIndex={-1} className="outline-none">
        <Alert tone="success">{state.message}</Alert>
      </div>
    ) : null;
  }
  const fields = Object.entries(state.fieldErrors).filter(([name]) => name !== "form");
  return (
    <div ref={box} tabIndex={-1} className="outline-none">
      <Alert tone="error" title={state.code === "invalid" ? "There is a problem" : state.error}>
        {state.code === "invalid" && fields.length ? (
          <FieldErrorLinks fields={fields} labels={fieldLabels} />
        ) : state.code === "unauthenticated" ? (
          <p>
            <Link href="/login" target="_blank" rel="noopener" className="text-brand underline underline-offset-2">
              Sign in again in a new tab
            </Link>
            , then come back and send this form again: what you typed is still here.
          </p>
        ) : null}
      </Alert>
    </div>
  );
}

/** Each refused field's first message, as a link to the field (whose id is its name). */
export function FieldErrorLinks({ fields, labels }: { fields: ReadonlyArray<readonly [name: string, messages: readonly string[]]>; labels: Record<string, string> }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {fields.map(([name, messages]) => (
        <li key={name}>
          <a href={`#${name}`} className="text-accent underline underline-offset-2">
            {labels[name] ? `${labels[name]}: ` : ""}
            {messages[0]}
          </a>
        </li>
      ))}
    </ul>
  );
}
