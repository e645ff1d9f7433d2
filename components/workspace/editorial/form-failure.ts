import type { ActionFailure } from "@/lib/actions/define-action";
import { bodyErrorsFromFieldErrors, readSubmittedBody } from "@/components/workspace/body-editor/body-check";
import type { Body } from "@/lib/body/schema";

/*
 * A refused save, as the editing forms show it: messages beside their fields, the body's beside their blocks, and
 * a summary at the top whose links lead to each field.
 */

export type Failure = ActionFailure | null;

/** The body's messages by block id (for the editor's `errors`), from the body that was sent. */
export function bodyErrors(failure: Failure, current: Body): Record<string, string> | undefined {
  if (!failure) return undefined;
  const errors = bodyErrorsFromFieldErrors(failure.fieldErrors, "body", readSubmittedBody(failure.values.body, current));
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** The failure for the summary box: the body's messages folded into one entry that links to the body. */
export function forSummary(failure: Failure): Failure {
  if (!failure) return null;
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(failure.fieldErrors)) {
    if (key === "body" || key.startsWith("body.")) {
      const block = /^body\.(\d+)/.exec(key)?.[1];
      (fieldErrors.body ??= []).push(...messages.map((message) => (block === undefined ? message : `Block ${Number(block) + 1}: ${message}`)));
    } else {
      fieldErrors[key] = messages;
    }
  }
  // A service's refusal names its field but is reported as "rejected": list the field all the same.
  return { ...failure, code: Object.keys(fieldErrors).length > 0 && failure.code === "rejected" ? "invalid" : failure.code, fieldErrors };
}

export const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  publicDate: "Public date",
  slug: "Web address",
  body: "Body",
  interviewee: "Interviewee",
  outlet: "Outlet",
  sourceUrl: "Link to the original",
  people: "People",
  countries: "Countries",
  organisations: "Organisations",
  topics: "Topics",
  events: "Events",
  taxonomy: "Tags",
  relatedDocumentIds: "Related documents",
  changeType: "Kind of change",
  changeNote: "Change note",
  originalLocale: "Language",
  kind: "Kind",
};
