import type { EditionState, TranslationState } from "@/lib/db/generated/client";

/*
 * The editorial workflow as data: which states an edition (and a translation) can be in, which moves exist between
 * them, and what each move needs. Pure: no database, no session. Who may make a move is lib/auth/policy.ts's call;
 * what the move does to the database is the verb's service in lib/editorial.
 */

/** `true` only when `Listed` names every member of `All`: a list that forgets one fails to compile. */
type ListsEvery<All, Listed> = Exclude<All, Listed> extends never ? true : never;

// ─── Edition states ─────────────────────────────────────────────────────────────────────────────────────────────

export const EDITION_STATES = [
  "DRAFT",
  "SUBMITTED",
  "SCHEDULED",
  "PUBLISHED",
  "SUPERSEDED",
  "WITHDRAWN",
] as const satisfies readonly EditionState[];

// Fails to compile when the schema gains a state this file does not know about.
const editionStatesAreComplete: ListsEvery<EditionState, (typeof EDITION_STATES)[number]> = true;
void editionStatesAreComplete;

export const EDITION_STATE_LABELS: Readonly<Record<EditionState, string>> = {
  DRAFT: "draft",
  SUBMITTED: "submitted for review",
  SCHEDULED: "scheduled",
  PUBLISHED: "published",
  SUPERSEDED: "superseded",
  WITHDRAWN: "withdrawn",
};

export function editionStateLabel(state: EditionState): string {
  return EDITION_STATE_LABELS[state];
}

/** Not yet seen by readers. Whitehall's name; the same states as IN_PROGRESS. */
export const PRE_PUBLICATION = ["DRAFT", "SUBMITTED", "SCHEDULED"] as const satisfies readonly EditionState[];
/** "The edition in progress": a document has at most one edition in one of these states. */
export const IN_PROGRESS = PRE_PUBLICATION;
/** Readable on the public site. A withdrawn edition stays readable with its withdrawal notice. */
export const PUBLICLY_VISIBLE = ["PUBLISHED", "WITHDRAWN"] as const satisfies readonly EditionState[];
/** Not yet history: in progress or live. Superseded editions are reached from their document. */
export const CURRENT = [...PRE_PUBLICATION, ...PUBLICLY_VISIBLE] as const satisfies readonly EditionState[];
/** In public lists, feeds, search and the sitemap. Withdrawn content is readable at its URL but no longer listed. */
export const LISTED = ["PUBLISHED"] as const satisfies readonly EditionState[];
/** The original's text can be changed. Scheduled content is frozen: unschedule it first. */
export const EDITABLE = ["DRAFT", "SUBMITTED"] as const satisfies readonly EditionState[];
/** Translations can be written and published. Superseded and withdrawn editions are history. */
export const TRANSLATABLE = ["DRAFT", "SUBMITTED", "SCHEDULED", "PUBLISHED"] as const satisfies readonly EditionState[];

export function isIn<S extends string>(group: readonly S[], state: string): state is S {
  return (group as readonly string[]).includes(state);
}

// ─── How an edition begins ──────────────────────────────────────────────────────────────────────────────────────

/**
 * The state an edition is born in. Every new edition is a draft, with one exception: a page imported from the
 * ministry's old site as published is the record of something readers already had, so it goes live at once by the
 * system's `publishOnImport` move (with its original date) rather than pretending to pass review again.
 */
export const EDITION_ORIGINS = {
  create: "DRAFT",
  correct: "DRAFT",
  importAsDraft: "DRAFT",
  importAsPublished: "PUBLISHED" satisfies TransitionTo<"publishOnImport">,
} as const satisfies Record<string, EditionState>;

// ─── Edition transitions ────────────────────────────────────────────────────────────────────────────────────────

export type EditionTransitionName =
  | "submit"
  | "recall"
  | "reject"
  | "publish"
  | "forcePublish"
  | "schedule"
  | "unschedule"
  | "withdraw"
  | "unwithdraw"
  | "publishScheduled"
  | "publishOnImport"
  | "supersede"
  | "embargo"
  | "extendEmbargo"
  | "liftEmbargo";

export type EditionTransition = {
  readonly name: EditionTransitionName;
  readonly from: readonly EditionState[];
  readonly to: EditionState;
  /** Button text. */
  readonly label: string;
  /** Completes "An edition that is draft cannot …". */
  readonly cannot: string;
  /**
   * Text the person must give: a "comment" goes back to the writer (rejection), a "reason" goes on the record
   * (withdrawal, shown to readers; force publishing, shown in the audit log).
   */
  readonly needsReason?: "comment" | "reason";
  /** A time must be chosen (scheduling). */
  readonly needsTime?: true;
  /** Done by the system, never offered to a person: the scheduler's run, or a newer edition going live. */
  readonly system?: true;
};

export const EDITION_TRANSITIONS = [
  { name: "submit", from: ["DRAFT"], to: "SUBMITTED", label: "Submit for review", cannot: "be submitted for review" },
  // The writer's own way back: they spotted something before any editor looked. An editor sends back with a comment.
  { name: "recall", from: ["SUBMITTED"], to: "DRAFT", label: "Withdraw submission", cannot: "have its submission withdrawn" },
  {
    name: "reject",
    from: ["SUBMITTED"],
    to: "DRAFT",
    label: "Send back to draft",
    cannot: "be sent back to draft",
    needsReason: "comment",
  },
  { name: "publish", from: ["SUBMITTED"], to: "PUBLISHED", label: "Publish", cannot: "be published" },
  {
    name: "forcePublish",
    from: ["DRAFT", "SUBMITTED"],
    to: "PUBLISHED",
    label: "Force publish",
    cannot: "be force published",
    needsReason: "reason",
  },
  { name: "schedule", from: ["SUBMITTED"], to: "SCHEDULED", label: "Schedule", cannot: "be scheduled", needsTime: true },
  // Back to SUBMITTED, not DRAFT: the content was reviewed; it returns to the review queue, where it can be
  // rescheduled, published, or sent back to draft if it needs changes.
  { name: "unschedule", from: ["SCHEDULED"], to: "SUBMITTED", label: "Unschedule", cannot: "be unscheduled" },
  {
    name: "withdraw",
    from: ["PUBLISHED"],
    to: "WITHDRAWN",
    label: "Withdraw",
    cannot: "be withdrawn",
    needsReason: "reason",
  },
  {
    name: "unwithdraw",
    from: ["WITHDRAWN"],
    to: "PUBLISHED",
    label: "Undo withdrawal",
    cannot: "have its withdrawal undone",
  },
  {
    name: "publishScheduled",
    from: ["SCHEDULED"],
    to: "PUBLISHED",
    label: "Publish at the scheduled time",
    cannot: "be published on schedule",
    system: true,
  },
  {
    name: "publishOnImport",
    from: ["DRAFT"],
    to: "PUBLISHED",
    label: "Publish as imported",
    cannot: "be published as imported",
    system: true,
  },
  // An embargo is a schedule with an audience (docs/adr/0008-embargo-is-a-kind-of-schedule.md): the edition is
  // SCHEDULED, goes live through the scheduler like any other, and meanwhile its press list has it. Extending and
  // lifting apply only to embargoed editions (the policy checks the flag); an embargo is never unscheduled.
  {
    name: "embargo",
    from: ["SUBMITTED"],
    to: "SCHEDULED",
    label: "Embargo",
    cannot: "be put under embargo",
    needsTime: true,
  },
  {
    name: "extendEmbargo",
    from: ["SCHEDULED"],
    to: "SCHEDULED",
    label: "Extend the embargo",
    cannot: "have an embargo extended",
    needsTime: true,
    needsReason: "reason",
  },
  {
    name: "liftEmbargo",
    from: ["SCHEDULED"],
    to: "PUBLISHED",
    label: "Lift the embargo and publish now",
    cannot: "have an embargo lifted",
    needsReason: "reason",
  },
  // From WITHDRAWN too: an edition in progress may be published after the live one was withdrawn, and a document
  // keeps at most one live edition.
  {
    name: "supersede",
    from: ["PUBLISHED", "WITHDRAWN"],
    to: "SUPERSEDED",
    label: "Supersede",
    cannot: "be superseded",
    system: true,
  },
] as const satisfies readonly EditionTransition[];

const editionTransitionsAreComplete: ListsEvery<EditionTransitionName, (typeof EDITION_TRANSITIONS)[number]["name"]> = true;
void editionTransitionsAreComplete;

/** The state a move leads to, as a type: `TransitionTo<"publish">` is "PUBLISHED". */
export type TransitionTo<N extends EditionTransitionName> = Extract<(typeof EDITION_TRANSITIONS)[number], { name: N }>["to"];

/** The moves a person can make (what the UI may offer), in display order. */
export const USER_TRANSITIONS: readonly EditionTransition[] = EDITION_TRANSITIONS.filter(
  (transition: EditionTransition) => !transition.system,
);

/** Throws on an unknown name: callers pass names from code, so an unknown one is a bug. */
function findTransition<T extends { name: string }>(table: readonly T[], subject: string, name: string): T {
  const transition = table.find((candidate) => candidate.name === name);
  if (!transition) throw new Error(`Unknown ${subject} transition "${String(name)}"`);
  return transition;
}

export function transitionFor(name: EditionTransitionName): EditionTransition {
  return findTransition<EditionTransition>(EDITION_TRANSITIONS, "edition", name);
}

export type Check = { ok: true } | { ok: false; reason: string };

const OK: Check = Object.freeze({ ok: true });

/** Whether the move exists from this state, with the reason an editor reads when it does not. */
export function checkTransition(name: EditionTransitionName, from: EditionState): Check {
  const transition = transitionFor(name);
  if ((transition.from as readonly EditionState[]).includes(from)) return OK;
  return { ok: false, reason: `An edition that is ${editionStateLabel(from)} cannot ${transition.cannot}.` };
}

/** The state an edition reaches by this move; throws when the move does not exist from `from`. */
export function nextState<N extends EditionTransitionName>(name: N, from: EditionState): TransitionTo<N> {
  const check = checkTransition(name, from);
  if (!check.ok) throw new Error(check.reason);
  return transitionFor(name).to as TransitionTo<N>;
}

// ─── Edition operations that are not moves between states ───────────────────────────────────────────────────────

export function checkEdit(state: EditionState): Check {
  if (isIn(EDITABLE, state)) return OK;
  if (state === "SCHEDULED") {
    return { ok: false, reason: "An edition that is scheduled cannot be edited; unschedule it first." };
  }
  if (state === "PUBLISHED") {
    return { ok: false, reason: "An edition that is published cannot be edited; start a new edition to correct it." };
  }
  return { ok: false, reason: `An edition that is ${editionStateLabel(state)} cannot be edited.` };
}

/**
 * Correcting published content starts a new draft edition; the live edition stays until the new one is published.
 * A document has at most one edition in progress.
 */
export function checkCorrection(state: EditionState, hasEditionInProgress: boolean): Check {
  if (state !== "PUBLISHED") {
    return { ok: false, reason: `An edition that is ${editionStateLabel(state)} cannot be corrected with a new edition.` };
  }
  if (hasEditionInProgress) {
    return { ok: false, reason: "This document already has an edition in progress; continue that one instead." };
  }
  return OK;
}

/**
 * Only drafts are deleted: nothing readers have seen is ever deleted (published content is withdrawn instead), and a
 * draft never was published, since no move leads from a live state back to DRAFT. Deleting the only edition of a
 * never-published document deletes the document; deleting a correction draft leaves the live edition untouched.
 */
export function checkDeletion(state: EditionState): Check {
  if (state === "DRAFT") return OK;
  if (isIn(PUBLICLY_VISIBLE, state)) {
    return { ok: false, reason: `An edition that is ${editionStateLabel(state)} cannot be deleted; withdraw it instead.` };
  }
  return { ok: false, reason: `An edition that is ${editionStateLabel(state)} cannot be deleted.` };
}

// ─── Translation states ─────────────────────────────────────────────────────────────────────────────────────────

export const TRANSLATION_STATES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "SUBMITTED",
  "PUBLISHED",
] as const satisfies readonly TranslationState[];

const translationStatesAreComplete: ListsEvery<TranslationState, (typeof TRANSLATION_STATES)[number]> = true;
void translationStatesAreComplete;

export const TRANSLATION_STATE_LABELS: Readonly<Record<TranslationState, string>> = {
  NOT_STARTED: "not started",
  IN_PROGRESS: "in progress",
  SUBMITTED: "submitted for review",
  PUBLISHED: "published",
};

export function translationStateLabel(state: TranslationState): string {
  return TRANSLATION_STATE_LABELS[state];
}

export type TranslationTransitionName = "start" | "submit" | "reject" | "publish" | "revise";

export type TranslationTransition = {
  readonly name: TranslationTransitionName;
  readonly from: readonly TranslationState[];
  readonly to: TranslationState;
  readonly label: string;
  readonly cannot: string;
  readonly needsReason?: "comment";
  /** Happens by saving the translation, not by a button. */
  readonly onSave?: true;
};

export const TRANSLATION_TRANSITIONS = [
  { name: "start", from: ["NOT_STARTED"], to: "IN_PROGRESS", label: "Start translating", cannot: "be started", onSave: true },
  // Readers keep the published revision (Localization.publishedRevisionId) until the revised one is published.
  {
    name: "revise",
    from: ["PUBLISHED"],
    to: "IN_PROGRESS",
    label: "Revise translation",
    cannot: "be revised",
    onSave: true,
  },
  { name: "submit", from: ["IN_PROGRESS"], to: "SUBMITTED", label: "Submit for review", cannot: "be submitted for review" },
  {
    name: "reject",
    from: ["SUBMITTED"],
    to: "IN_PROGRESS",
    label: "Send back to translator",
    cannot: "be sent back",
    needsReason: "comment",
  },
  { name: "publish", from: ["SUBMITTED"], to: "PUBLISHED", label: "Publish translation", cannot: "be published" },
] as const satisfies readonly TranslationTransition[];

const translationTransitionsAreComplete: ListsEvery<
  TranslationTransitionName,
  (typeof TRANSLATION_TRANSITIONS)[number]["name"]
> = true;
void translationTransitionsAreComplete;

export function translationTransitionFor(name: TranslationTransitionName): TranslationTransition {
  return findTransition<TranslationTransition>(TRANSLATION_TRANSITIONS, "translation", name);
}

export function checkTranslationTransition(name: TranslationTransitionName, from: TranslationState): Check {
  const transition = translationTransitionFor(name);
  if ((transition.from as readonly TranslationState[]).includes(from)) return OK;
  return { ok: false, reason: `A translation that is ${translationStateLabel(from)} cannot ${transition.cannot}.` };
}

/** Saving starts or reopens a translation; saving one under review (an editor's fix) leaves it under review. */
export function translationStateAfterSave(state: TranslationState): TranslationState {
  return state === "SUBMITTED" ? "SUBMITTED" : "IN_PROGRESS";
}

/** Translations follow the edition: they can be written while the edition is in progress or published. */
export function checkTranslatable(editionState: EditionState): Check {
  if (isIn(TRANSLATABLE, editionState)) return OK;
  return { ok: false, reason: `An edition that is ${editionStateLabel(editionState)} cannot be translated.` };
}
