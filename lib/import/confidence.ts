// How sure the importer is of each field it read from a page, and why: the rules that decided it. A field read from
// an explicit label is certain; one inferred from position or shape is worth a look; one missing or read from a page
// cut off is for the editor to confirm before import.

export type ConfidenceLevel = "high" | "medium" | "low";

export interface FieldConfidence {
  level: ConfidenceLevel;
  /** Why, in the words the desk shows: the rules that decided the field. */
  reasons: string[];
}

export const CONFIDENCE_FIELDS = ["kind", "title", "date", "views", "unofficialTranslation", "structure"] as const;
export type ConfidenceField = (typeof CONFIDENCE_FIELDS)[number];
export type PageConfidence = Record<ConfidenceField, FieldConfidence>;

/** The fields as the desk names them. */
export const CONFIDENCE_LABELS: Record<ConfidenceField, string> = {
  kind: "kind",
  title: "title",
  date: "date",
  views: "view count",
  unofficialTranslation: "unofficial-translation mark",
  structure: "paragraphs or questions",
};

export interface ConfidenceInput {
  kind: "press_release" | "interview";
  kindEvidence: readonly string[];
  /** The rule that found the questions and answers, when there are any. */
  dialogueRule: string | undefined;
  title: { found: boolean; reasons: readonly string[] };
  date: { found: boolean; reasons: readonly string[] };
  views: number | null;
  unofficialTranslation: boolean;
  structure: { paragraphs: number; qaPairs: number; reasons: readonly string[]; cutOff: boolean; renumbered: boolean };
}

const SURE_TITLE = new Set(["repeated headline", "the line above the date and view labels", "the line above the date line"]);
const SURE_DIALOGUE = new Set(["labelled questions and answers", "speaker labels"]);

export function fieldConfidence(input: ConfidenceInput): PageConfidence {
  return {
    kind: kindConfidence(input),
    title: titleConfidence(input.title),
    date: dateConfidence(input.date),
    views:
      input.views === null
        ? { level: "high", reasons: ["the page shows no view counter"] }
        : { level: "high", reasons: ["a view-count label"] },
    unofficialTranslation: {
      level: "high",
      reasons: [input.unofficialTranslation ? "the page carries the unofficial-translation mark" : "no unofficial-translation mark on the page"],
    },
    structure: structureConfidence(input),
  };
}

function kindConfidence({ kind, kindEvidence, dialogueRule }: ConfidenceInput): FieldConfidence {
  if (kind === "press_release") return { level: "high", reasons: ["no questions and answers, and the headline does not say interview"] };
  if (dialogueRule && SURE_DIALOGUE.has(dialogueRule)) return { level: "high", reasons: [...kindEvidence] };
  if (dialogueRule) return { level: "medium", reasons: [...kindEvidence] };
  return { level: "medium", reasons: [...kindEvidence, "no questions and answers were recognised in the body"] };
}

function titleConfidence({ found, reasons }: ConfidenceInput["title"]): FieldConfidence {
  if (!found) return { level: "low", reasons: ["no headline found: give the document a title"] };
  if (reasons.some((reason) => SURE_TITLE.has(reason))) return { level: "high", reasons: [...reasons] };
  if (reasons.some((reason) => reason.startsWith("the first of "))) return { level: "low", reasons: [...reasons] };
  return { level: "medium", reasons: [...reasons] };
}

function dateConfidence({ found, reasons }: ConfidenceInput["date"]): FieldConfidence {
  if (!found) return { level: "low", reasons: [...reasons, "the page shows no date of its own: give the public date"] };
  if (reasons.includes("a date label") || reasons.includes("the dateline")) return { level: "high", reasons: [...reasons] };
  return { level: "medium", reasons: [...reasons] };
}

function structureConfidence({ kind, dialogueRule, structure }: ConfidenceInput): FieldConfidence {
  const counted =
    kind === "interview" ? `${structure.qaPairs} question(s) with an answer` : `${structure.paragraphs} numbered paragraph(s)`;
  const reasons = [counted, ...structure.reasons];
  if (dialogueRule) reasons.push(dialogueRule);
  if (structure.cutOff) return { level: "low", reasons: [...reasons, "the page ends mid-sentence: it looks cut off"] };
  if (structure.renumbered) return { level: "medium", reasons: [...reasons, "the page's own numbering skips or repeats"] };
  if (dialogueRule && !SURE_DIALOGUE.has(dialogueRule)) return { level: "medium", reasons };
  return { level: "high", reasons };
}

/** The fields the editor should confirm before import. */
export function lowConfidenceFields(confidence: PageConfidence): ConfidenceField[] {
  return CONFIDENCE_FIELDS.filter((field) => confidence[field].level === "low");
}
