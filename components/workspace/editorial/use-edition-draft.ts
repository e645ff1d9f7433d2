"use client";

import { useCallback, useState } from "react";
import type { Body } from "@/lib/body/schema";
import type { DocumentFieldValues } from "./document-fields";

/** An edition's fields as the page loads them: the document's fields, the body, and the change this edition makes. */
export type EditionValues = DocumentFieldValues & { body: Body; changeType: "MAJOR" | "MINOR"; changeNote: string };

/** The text theirs replaces after a conflict. */
export type TheirEditionText = { title: string; summary: string; publicDate: string; body: Body };

function documentFieldsOf(values: EditionValues): DocumentFieldValues {
  return {
    title: values.title,
    slug: values.slug,
    summary: values.summary,
    publicDate: values.publicDate,
    interviewee: values.interviewee,
    outlet: values.outlet,
    sourceUrl: values.sourceUrl,
    tags: values.tags,
    related: values.related,
  };
}

/** What the editor holds of an edition while it is edited, and the two ways another version replaces it. */
export function useEditionDraft(initial: EditionValues) {
  const [values, setValues] = useState<DocumentFieldValues>(() => documentFieldsOf(initial));
  const [changeType, setChangeType] = useState(initial.changeType);
  const [changeNote, setChangeNote] = useState(initial.changeNote);
  const [body, setBody] = useState<Body>(initial.body);
  // The body editor reads its body once: another one (theirs, after a conflict) is loaded by remounting it.
  const [loadedBody, setLoadedBody] = useState<{ key: number; body: Body }>({ key: 0, body: initial.body });
  const [textProblems, setTextProblems] = useState(false);

  const loadBody = useCallback((next: Body) => {
    setBody(next);
    setLoadedBody((current) => ({ key: current.key + 1, body: next }));
  }, []);
  /** A fresher version from the server, every field of it. */
  const load = useCallback(
    (fresh: EditionValues) => {
      setValues(documentFieldsOf(fresh));
      setChangeType(fresh.changeType);
      setChangeNote(fresh.changeNote);
      loadBody(fresh.body);
    },
    [loadBody],
  );
  /** Their title, summary, date and body after a conflict; the rest stays as this person set it. */
  const loadTheirs = useCallback(
    (theirs: TheirEditionText) => {
      setValues((current) => ({ ...current, title: theirs.title, summary: theirs.summary, publicDate: theirs.publicDate || current.publicDate }));
      loadBody(theirs.body);
    },
    [loadBody],
  );

  return { values, setValues, changeType, setChangeType, changeNote, setChangeNote, body, setBody, loadedBody, textProblems, setTextProblems, load, loadTheirs };
}
