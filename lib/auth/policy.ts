import type { EditionState, Prisma, Role, TranslationState } from "@/lib/db/generated/client";
import {
  checkCorrection,
  checkDeletion,
  checkEdit,
  checkTransition,
  checkTranslatable,
  checkTranslationTransition,
  editionStateLabel,
  isIn,
  LISTED,
  PRE_PUBLICATION,
  PUBLICLY_VISIBLE,
  TRANSLATABLE,
  USER_TRANSITIONS,
  type Check,
  type EditionTransition,
  type EditionTransitionName,
  type TranslationTransitionName,
} from "@/lib/workflow/workflow";

/*
 * The one place a permission is decided. Pages, server actions, route handlers and menus ask `can`/`explain`;
 * list queries apply `visibleTo`/`publiclyVisible`. No other file compares roles.
 *
 * Every rule is a row of RULES: the roles that may act at all, then the conditions on the subject (ownership,
 * locale, workflow state, the second pair of eyes). Workflow preconditions are part of the answer, so a button is
 * offered only when pressing it would succeed, and a refusal carries the reason an editor can act on. The verbs ask
 * once, inside their transaction, and do not check the workflow again (lib/editions/edition-records.ts lockEditionFor).
 */

export const ACTIONS = [
  "workspace.access",
  "document.create",
  "document.import",
  "edition.view",
  "edition.edit",
  "edition.submit",
  "edition.recall",
  "edition.reject",
  "edition.publish",
  "edition.forcePublish",
  "edition.schedule",
  "edition.unschedule",
  "edition.withdraw",
  "edition.unwithdraw",
  "edition.correct",
  "edition.delete",
  "edition.embargo",
  "edition.extendEmbargo",
  "edition.liftEmbargo",
  "edition.sharePreview",
  "edition.revokePreview",
  "edition.approveRetrospective",
  "revision.restore",
  "note.add",
  "note.resolve",
  "note.reopen",
  "translation.view",
  "translation.edit",
  "translation.markOfficial",
  "translation.submit",
  "translation.reject",
  "translation.publish",
  "taxonomy.manage",
  "taxonomy.translateNames",
  "user.manage",
  "user.changeRole",
  "user.deactivate",
  "user.reactivate",
  "user.resetPassword",
  "audit.view",
  "pressList.manage",
  "review.inbox",
  "mail.viewOutbox",
  "media.view",
  "media.upload",
  "media.edit",
  "media.translate",
] as const;

export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/** The signed-in person, or null for an anonymous visitor. */
export type PolicyUser = {
  id: string;
  role: Role;
  active: boolean;
  /** Locales a translator translates into; ignored for other roles. */
  translatorLocales: readonly string[];
} | null;

export type EditionSubject = {
  type: "edition";
  state: EditionState;
  /** Whose edition it is: a writer may work only on editions they created. */
  createdById: string | null;
  /** The second pair of eyes: whoever saved it last may not publish or schedule it. */
  lastEditedById: string | null;
  /** Another edition of the same document is in progress (draft, submitted or scheduled). */
  hasEditionInProgress: boolean;
  /** Scheduled under embargo: its press list already has it (docs/adr/0005). Absent means no. */
  embargoed?: boolean;
};

/** A translation of an edition into one locale. One not yet begun has state NOT_STARTED (and may have no row). */
export type TranslationSubject = {
  type: "translation";
  locale: string;
  originalLocale: string;
  state: TranslationState;
  editionState: EditionState;
};

/** The account being managed. */
export type UserSubject = {
  type: "user";
  id: string;
  role: Role;
  active: boolean;
};

/** The names of taxonomy entries (people, countries, organisations, topics, events) in one locale. */
export type TaxonomyNameSubject = {
  type: "taxonomyName";
  locale: string;
};

/** A photo or file in the media library: who uploaded it. */
export type MediaSubject = {
  type: "media";
  uploadedById: string | null;
};

/** The alt texts, captions, credits and titles of the media library in one locale. */
export type MediaTextSubject = {
  type: "mediaText";
  locale: string;
};

/** A force-published edition's review after the fact. */
export type RetrospectiveReviewSubject = {
  type: "retrospectiveReview";
  /** Who force published it: the review is someone else's. */
  forcedById: string | null;
  approved: boolean;
};

/** A review note, with the text it is on: the original (its edition) or one translation. */
export type ReviewNoteSubject = {
  type: "reviewNote";
  authorId: string | null;
  resolved: boolean;
  on: EditionSubject | TranslationSubject;
};

export type Subject =
  | EditionSubject
  | TranslationSubject
  | UserSubject
  | TaxonomyNameSubject
  | MediaSubject
  | MediaTextSubject
  | RetrospectiveReviewSubject
  | ReviewNoteSubject;

type SubjectMap = {
  "workspace.access": undefined;
  "document.create": undefined;
  "document.import": undefined;
  "edition.view": EditionSubject;
  "edition.edit": EditionSubject;
  "edition.submit": EditionSubject;
  "edition.recall": EditionSubject;
  "edition.reject": EditionSubject;
  "edition.publish": EditionSubject;
  "edition.forcePublish": EditionSubject;
  "edition.schedule": EditionSubject;
  "edition.unschedule": EditionSubject;
  "edition.withdraw": EditionSubject;
  "edition.unwithdraw": EditionSubject;
  "edition.correct": EditionSubject;
  "edition.delete": EditionSubject;
  "edition.embargo": EditionSubject;
  "edition.extendEmbargo": EditionSubject;
  "edition.liftEmbargo": EditionSubject;
  "edition.sharePreview": EditionSubject;
  "edition.revokePreview": EditionSubject;
  "edition.approveRetrospective": RetrospectiveReviewSubject;
  /** An edition subject restores the original's text; a translation subject restores that translation. */
  "revision.restore": EditionSubject | TranslationSubject;
  /** An edition subject comments on the original's text; a translation subject on that translation. */
  "note.add": EditionSubject | TranslationSubject;
  "note.resolve": ReviewNoteSubject;
  "note.reopen": ReviewNoteSubject;
  "translation.view": TranslationSubject;
  "translation.edit": TranslationSubject;
  "translation.markOfficial": TranslationSubject;
  "translation.submit": TranslationSubject;
  "translation.reject": TranslationSubject;
  "translation.publish": TranslationSubject;
  "taxonomy.manage": undefined;
  "taxonomy.translateNames": TaxonomyNameSubject;
  "user.manage": undefined;
  "user.changeRole": UserSubject;
  "user.deactivate": UserSubject;
  "user.reactivate": UserSubject;
  "user.resetPassword": UserSubject;
  "audit.view": undefined;
  "pressList.manage": undefined;
  "review.inbox": undefined;
  "mail.viewOutbox": undefined;
  "media.view": undefined;
  "media.upload": undefined;
  "media.edit": MediaSubject;
  "media.translate": MediaTextSubject;
};

/** What `can(user, action, subject)` needs as its subject for this action (`undefined`: none). */
export type SubjectFor<A extends Action> = SubjectMap[A];

/** The actions asked about one edition (and nothing else): what a verb on an edition is allowed by. */
export type EditionAction = { [A in Action]: SubjectMap[A] extends EditionSubject ? A : never }[Action];

type SubjectArgs<A extends Action> = SubjectMap[A] extends undefined ? [subject?: undefined] : [subject: SubjectMap[A]];

export type Decision = { allowed: true } | { allowed: false; reason: string };

export class UnknownActionError extends Error {
  constructor(action: string) {
    super(`Unknown permission action "${action}"; add it to ACTIONS and RULES in lib/auth/policy.ts`);
    this.name = "UnknownActionError";
  }
}

/** Thrown by `authorize`; the route or action wrapper turns it into a 403 showing `reason`. */
export class PermissionDeniedError extends Error {
  readonly action: Action;
  readonly reason: string;
  constructor(action: Action, reason: string) {
    super(reason);
    this.name = "PermissionDeniedError";
    this.action = action;
    this.reason = reason;
  }
}

export const ROLES = ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR"] as const satisfies readonly Role[];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: "Admin",
  EDITOR: "Editor",
  WRITER: "Writer",
  TRANSLATOR: "Translator",
};

const ROLE_PLURALS: Readonly<Record<Role, string>> = {
  ADMIN: "Admins",
  EDITOR: "Editors",
  WRITER: "Writers",
  TRANSLATOR: "Translators",
};

// ─── The rules ──────────────────────────────────────────────────────────────────────────────────────────────────

type ActiveUser = NonNullable<PolicyUser>;
type SubjectKind = "none" | "edition" | "translation" | "user" | "taxonomyName" | "media" | "mediaText" | "retrospectiveReview" | "reviewNote" | "edition or translation";

type Rule<S> = {
  /** Completes "Writers cannot …" and describes the action on the roles page. */
  does: string;
  subject: SubjectKind;
  roles: readonly Role[];
  /** Conditions on the subject, checked in order; the first failing one is the reason. */
  check?: (user: ActiveUser, subject: S) => string | null;
};

const ADMINS: readonly Role[] = ["ADMIN"];
const EDITORS: readonly Role[] = ["ADMIN", "EDITOR"];
const AUTHORS: readonly Role[] = ["ADMIN", "EDITOR", "WRITER"];
const TRANSLATORS: readonly Role[] = ["ADMIN", "EDITOR", "TRANSLATOR"];
const STAFF: readonly Role[] = ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR"];

function first(...reasons: ReadonlyArray<() => string | null>): string | null {
  for (const reason of reasons) {
    const found = reason();
    if (found !== null) return found;
  }
  return null;
}

function failed(check: Check): string | null {
  return check.ok ? null : check.reason;
}

const isWriter = (user: ActiveUser) => user.role === "WRITER";
const isTranslator = (user: ActiveUser) => user.role === "TRANSLATOR";
const owns = (user: ActiveUser, edition: EditionSubject) => edition.createdById === user.id;

function writerOwns(user: ActiveUser, edition: EditionSubject, what: string): string | null {
  return isWriter(user) && !owns(user, edition) ? `Writers can ${what} only their own editions.` : null;
}

function translatorSees(user: ActiveUser, editionState: EditionState): string | null {
  return isTranslator(user) && !isIn(TRANSLATABLE, editionState)
    ? "Translators see only editions that are in progress or published."
    : null;
}

/** Second pair of eyes: the last person to change an edition does not approve it. */
function someoneElseLastEdited(user: ActiveUser, edition: EditionSubject, verb: string): string | null {
  return edition.lastEditedById === user.id
    ? `You made the last changes to this edition, so another editor must ${verb} it (or force publish it, giving a reason).`
    : null;
}

function transition(name: EditionTransitionName, edition: EditionSubject): string | null {
  return failed(checkTransition(name, edition.state));
}

function underEmbargo(edition: EditionSubject): string | null {
  return edition.embargoed ? null : "This edition is not under embargo.";
}

function notTheOriginal(translation: TranslationSubject): string | null {
  return translation.locale === translation.originalLocale
    ? "This is the original text, not a translation; it is changed through its edition."
    : null;
}

function translatorLocale(user: ActiveUser, subject: { locale: string }): string | null {
  if (!isTranslator(user) || user.translatorLocales.includes(subject.locale)) return null;
  return user.translatorLocales.length === 0
    ? "You have no translation languages assigned; ask an admin."
    : `You translate into ${user.translatorLocales.join(", ")}, not ${subject.locale}.`;
}

function translationTransition(name: TranslationTransitionName, translation: TranslationSubject): string | null {
  return failed(checkTranslationTransition(name, translation.state));
}

function translationEditRule(user: ActiveUser, translation: TranslationSubject): string | null {
  return first(
    () => notTheOriginal(translation),
    () => failed(checkTranslatable(translation.editionState)),
    () => translatorLocale(user, translation),
    () =>
      isTranslator(user) && translation.state === "SUBMITTED"
        ? "This translation is submitted for review; an editor can change it or send it back to you."
        : null,
  );
}

function noteOnOriginal(user: ActiveUser, edition: EditionSubject): string | null {
  return first(
    () => (isTranslator(user) ? "Translators write review notes on their translations, in the translation workspace." : null),
    () => (edition.state === "SUPERSEDED" ? "A superseded edition is part of the history; write notes on the current edition." : null),
  );
}

function noteOnTranslation(user: ActiveUser, translation: TranslationSubject): string | null {
  return first(
    () => notTheOriginal(translation),
    () => failed(checkTranslatable(translation.editionState)),
    () => translatorLocale(user, translation),
  );
}

/** Resolving and reopening: anyone who may comment there, except that writers settle only notes on their own work. */
function settlesNote(user: ActiveUser, note: ReviewNoteSubject): string | null {
  return first(
    () => reasonOf(decide(user, "note.add", note.on)),
    () =>
      isWriter(user) && note.authorId !== user.id && !(note.on.type === "edition" && owns(user, note.on))
        ? "Writers can settle only notes on their own editions, or notes they wrote."
        : null,
  );
}

function editionEditRule(user: ActiveUser, edition: EditionSubject): string | null {
  return first(
    () => failed(checkEdit(edition.state)),
    () => writerOwns(user, edition, "edit"),
    () =>
      isWriter(user) && edition.state !== "DRAFT"
        ? `This edition is ${edition.state === "SUBMITTED" ? "submitted for review" : "no longer a draft"}; only an editor can change it now.`
        : null,
  );
}

type Rules = { [A in Action]: Rule<NonNullable<SubjectMap[A]>> };

const RULES: Rules = {
  "workspace.access": { does: "use the workspace", subject: "none", roles: STAFF },
  "document.create": { does: "create press releases or interviews", subject: "none", roles: AUTHORS },
  "document.import": { does: "import documents", subject: "none", roles: EDITORS },

  "edition.view": {
    does: "view editions",
    subject: "edition",
    roles: STAFF,
    check: (user, edition) => translatorSees(user, edition.state),
  },
  "edition.edit": { does: "edit editions", subject: "edition", roles: AUTHORS, check: editionEditRule },
  "edition.submit": {
    does: "submit editions for review",
    subject: "edition",
    roles: AUTHORS,
    check: (user, edition) =>
      first(
        () => transition("submit", edition),
        () => writerOwns(user, edition, "submit"),
      ),
  },
  "edition.recall": {
    does: "withdraw their submissions",
    subject: "edition",
    roles: AUTHORS,
    check: (user, edition) =>
      first(
        () => transition("recall", edition),
        () => (owns(user, edition) ? null : "Only whoever wrote this edition can withdraw its submission; an editor can send it back to draft with a comment."),
      ),
  },
  "edition.reject": {
    does: "send editions back to draft",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) => transition("reject", edition),
  },
  "edition.publish": {
    does: "publish editions",
    subject: "edition",
    roles: EDITORS,
    check: (user, edition) =>
      first(
        () => transition("publish", edition),
        () => someoneElseLastEdited(user, edition, "publish"),
      ),
  },
  "edition.forcePublish": {
    does: "force publish editions",
    subject: "edition",
    roles: EDITORS,
    // Forcing is the way past review, not a second publish button: offered only where a normal publish is not.
    check: (user, edition) =>
      first(
        () => transition("forcePublish", edition),
        () =>
          edition.state === "SUBMITTED" && edition.lastEditedById !== user.id
            ? "This edition can be published normally; force publishing is for drafts and for editions you last changed."
            : null,
      ),
  },
  "edition.schedule": {
    does: "schedule editions",
    subject: "edition",
    roles: EDITORS,
    check: (user, edition) =>
      first(
        () => transition("schedule", edition),
        () => someoneElseLastEdited(user, edition, "schedule"),
      ),
  },
  "edition.unschedule": {
    does: "unschedule editions",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) =>
      first(
        () => transition("unschedule", edition),
        () =>
          edition.embargoed
            ? "An edition under embargo cannot be unscheduled: its press list already has it. Extend the embargo or lift it instead."
            : null,
      ),
  },
  "edition.withdraw": {
    does: "withdraw editions",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) => transition("withdraw", edition),
  },
  "edition.unwithdraw": {
    does: "undo withdrawals",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) => transition("unwithdraw", edition),
  },
  "edition.correct": {
    does: "start new editions",
    subject: "edition",
    roles: AUTHORS,
    check: (user, edition) =>
      first(
        () => failed(checkCorrection(edition.state, edition.hasEditionInProgress)),
        () => writerOwns(user, edition, "correct"),
      ),
  },
  "edition.delete": {
    does: "delete editions",
    subject: "edition",
    roles: AUTHORS,
    check: (user, edition) =>
      first(
        () => failed(checkDeletion(edition.state)),
        () => writerOwns(user, edition, "delete"),
      ),
  },
  "edition.embargo": {
    does: "put editions under embargo",
    subject: "edition",
    roles: EDITORS,
    // Sending a release to journalists is a decision to publish it: the same second pair of eyes as scheduling.
    check: (user, edition) =>
      first(
        () => transition("embargo", edition),
        () => someoneElseLastEdited(user, edition, "embargo"),
      ),
  },
  "edition.extendEmbargo": {
    does: "extend embargoes",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) =>
      first(
        () => transition("extendEmbargo", edition),
        () => underEmbargo(edition),
      ),
  },
  "edition.liftEmbargo": {
    does: "lift embargoes",
    subject: "edition",
    roles: EDITORS,
    check: (user, edition) =>
      first(
        () => transition("liftEmbargo", edition),
        () => underEmbargo(edition),
        () => someoneElseLastEdited(user, edition, "publish"),
      ),
  },
  // A preview link shows an unpublished edition to anyone holding it: an editor's decision, like publishing.
  "edition.sharePreview": {
    does: "share preview links",
    subject: "edition",
    roles: EDITORS,
    check: (_user, edition) =>
      isIn(PRE_PUBLICATION, edition.state)
        ? null
        : `An edition that is ${editionStateLabel(edition.state)} cannot be previewed by link; readers see published editions at their address.`,
  },
  "edition.revokePreview": { does: "revoke preview links", subject: "edition", roles: EDITORS },
  // Force publishing skips the second pair of eyes; the retrospective review brings them back, after the fact.
  "edition.approveRetrospective": {
    does: "approve force-published editions in retrospective review",
    subject: "retrospectiveReview",
    roles: EDITORS,
    check: (user, review) =>
      first(
        () => (review.approved ? "This force-published edition has been reviewed already." : null),
        () => (review.forcedById === user.id ? "You force published this edition, so another editor must review it." : null),
      ),
  },

  "revision.restore": {
    does: "restore revisions",
    subject: "edition or translation",
    roles: STAFF,
    // Restoring is saving older text: whoever may edit the text may restore it.
    check: (user, subject) => reasonOf(decide(user, subject.type === "edition" ? "edition.edit" : "translation.edit", subject)),
  },

  // Review notes: whoever works on a text may comment on it. Translators comment on the translations they make, from
  // the translation workspace; a superseded edition is history and takes no new notes.
  "note.add": {
    does: "write review notes",
    subject: "edition or translation",
    roles: STAFF,
    check: (user, subject) => (subject.type === "edition" ? noteOnOriginal(user, subject) : noteOnTranslation(user, subject)),
  },
  "note.resolve": {
    does: "resolve review notes",
    subject: "reviewNote",
    roles: STAFF,
    check: (user, note) => first(() => (note.resolved ? "This note is resolved already." : null), () => settlesNote(user, note)),
  },
  "note.reopen": {
    does: "reopen review notes",
    subject: "reviewNote",
    roles: STAFF,
    check: (user, note) => first(() => (note.resolved ? null : "This note is open already."), () => settlesNote(user, note)),
  },

  "translation.view": {
    does: "view translations",
    subject: "translation",
    roles: STAFF,
    check: (user, translation) => translatorSees(user, translation.editionState),
  },
  "translation.edit": { does: "edit translations", subject: "translation", roles: TRANSLATORS, check: translationEditRule },
  "translation.markOfficial": {
    does: "mark translations official or unofficial",
    subject: "translation",
    roles: TRANSLATORS,
    check: translationEditRule,
  },
  "translation.submit": {
    does: "submit translations for review",
    subject: "translation",
    roles: TRANSLATORS,
    check: (user, translation) =>
      first(
        () => notTheOriginal(translation),
        () => failed(checkTranslatable(translation.editionState)),
        () => translatorLocale(user, translation),
        () => translationTransition("submit", translation),
      ),
  },
  "translation.reject": {
    does: "send translations back",
    subject: "translation",
    roles: EDITORS,
    check: (_user, translation) =>
      first(
        () => notTheOriginal(translation),
        () => failed(checkTranslatable(translation.editionState)),
        () => translationTransition("reject", translation),
      ),
  },
  "translation.publish": {
    does: "publish translations",
    subject: "translation",
    roles: EDITORS,
    check: (_user, translation) =>
      first(
        () => notTheOriginal(translation),
        () => failed(checkTranslatable(translation.editionState)),
        () => translationTransition("publish", translation),
      ),
  },

  "taxonomy.manage": { does: "manage people, countries, organisations, topics and events", subject: "none", roles: EDITORS },
  // Translators name tags in the languages they translate into, from the translation workspace; adding, removing and
  // changing anything else about an entry stays with editors (taxonomy.manage). Whether the locale is one the site
  // publishes in is the service's check, as for translations.
  "taxonomy.translateNames": {
    does: "translate the names of people, countries, organisations, topics and events",
    subject: "taxonomyName",
    roles: TRANSLATORS,
    check: translatorLocale,
  },
  "user.manage": { does: "manage users", subject: "none", roles: ADMINS },
  // With no self-demotion and no self-deactivation, the acting admin always remains, so an admin can never remove the
  // last admin by themselves. Two admins demoting each other at once is a race the user service closes by counting
  // active admins inside its transaction.
  "user.changeRole": {
    does: "change roles",
    subject: "user",
    roles: ADMINS,
    check: (user, target) => (target.id === user.id ? "You cannot change your own role; ask another admin." : null),
  },
  "user.deactivate": {
    does: "deactivate users",
    subject: "user",
    roles: ADMINS,
    check: (user, target) =>
      first(
        () => (target.id === user.id ? "You cannot deactivate your own account; ask another admin." : null),
        () => (target.active ? null : "This account is already deactivated."),
      ),
  },
  "user.reactivate": {
    does: "reactivate users",
    subject: "user",
    roles: ADMINS,
    check: (_user, target) => (target.active ? "This account is already active." : null),
  },
  "user.resetPassword": { does: "reset passwords", subject: "user", roles: ADMINS },
  "audit.view": { does: "see the audit log", subject: "none", roles: ADMINS },
  "pressList.manage": { does: "manage press lists", subject: "none", roles: EDITORS },
  // Whoever publishes editions and translations reviews them: one inbox of everything submitted.
  "review.inbox": { does: "see what is awaiting review", subject: "none", roles: EDITORS },
  "mail.viewOutbox": { does: "see outgoing mail", subject: "none", roles: EDITORS },
  // Files of documents not yet public are seen by staff only (the public route asks whether a published edition uses them).
  "media.view": { does: "see the media library", subject: "none", roles: STAFF },
  "media.upload": { does: "upload photos and files", subject: "none", roles: AUTHORS },
  "media.edit": {
    does: "change photos' and files' details",
    subject: "media",
    roles: AUTHORS,
    check: (user, media) =>
      isWriter(user) && media.uploadedById !== user.id ? "Writers can change the details only of photos and files they uploaded." : null,
  },
  // As with tag names: translators give captions, credits, alt texts and titles in their languages, from the
  // translation workspace; which locales the site publishes in is the service's check.
  "media.translate": {
    does: "translate the captions, credits and titles of photos and files",
    subject: "mediaText",
    roles: TRANSLATORS,
    check: translatorLocale,
  },
};

// ─── Asking ─────────────────────────────────────────────────────────────────────────────────────────────────────

const ALLOWED: Decision = Object.freeze({ allowed: true });

function reasonOf(decision: Decision): string | null {
  return decision.allowed ? null : decision.reason;
}

function subjectFits(kind: SubjectKind, subject: Subject | undefined): boolean {
  switch (kind) {
    case "none":
      return subject === undefined;
    case "edition or translation":
      return subject?.type === "edition" || subject?.type === "translation";
    default:
      return subject?.type === kind;
  }
}

function decide(user: PolicyUser, action: Action, subject: Subject | undefined): Decision {
  const rule = RULES[action] as Rule<Subject | undefined>;
  if (!subjectFits(rule.subject, subject)) {
    // A missing or wrong subject is a bug at the call site; refusing quietly would hide it as a 403.
    throw new TypeError(
      rule.subject === "none"
        ? `Permission "${action}" takes no subject`
        : `Permission "${action}" needs a subject of type ${rule.subject}, got ${subject === undefined ? "none" : subject.type}`,
    );
  }
  if (user === null) return { allowed: false, reason: "Sign in to use the workspace." };
  if (!user.active) return { allowed: false, reason: "This account has been deactivated." };
  if (!rule.roles.includes(user.role)) {
    return { allowed: false, reason: `${ROLE_PLURALS[user.role]} cannot ${rule.does}.` };
  }
  const reason = rule.check?.(user, subject) ?? null;
  return reason === null ? ALLOWED : { allowed: false, reason };
}

/** The decision with the reason a person reads when refused (the 403 message, the disabled button's hint). */
export function explain<A extends Action>(user: PolicyUser, action: A, ...subject: SubjectArgs<A>): Decision {
  if (!isAction(action)) throw new UnknownActionError(String(action));
  return decide(user, action, subject[0]);
}

/** Whether the user may do this now. An unknown action throws. */
export function can<A extends Action>(user: PolicyUser, action: A, ...subject: SubjectArgs<A>): boolean {
  return explain(user, action, ...subject).allowed;
}

/** `can`, for code that must stop here: throws PermissionDeniedError carrying the reason. */
export function authorize<A extends Action>(user: PolicyUser, action: A, ...subject: SubjectArgs<A>): void {
  const decision = explain(user, action, ...subject);
  if (!decision.allowed) throw new PermissionDeniedError(action, decision.reason);
}

/** "publish editions": for the roles page and audit messages. */
export function describeAction(action: Action): string {
  if (!isAction(action)) throw new UnknownActionError(String(action));
  return RULES[action].does;
}

/** Which roles may take the action at all, before any condition on the subject. */
export function rolesFor(action: Action): readonly Role[] {
  if (!isAction(action)) throw new UnknownActionError(String(action));
  return RULES[action].roles;
}

/** Whether this person's role takes the action at all, whatever the subject: a refusal then is about the subject. */
export function roleTakes(user: ActiveUser, action: Action): boolean {
  return rolesFor(action).includes(user.role);
}

/** Whether people in this role translate into languages of their own (and so have a list of them). */
export function hasTranslationLanguages(role: Role): boolean {
  return role === "TRANSLATOR";
}

// ─── Workflow buttons ───────────────────────────────────────────────────────────────────────────────────────────

export type UserTransitionName = Exclude<EditionTransitionName, "publishScheduled" | "publishOnImport" | "supersede">;

export const TRANSITION_ACTIONS = {
  submit: "edition.submit",
  recall: "edition.recall",
  reject: "edition.reject",
  publish: "edition.publish",
  forcePublish: "edition.forcePublish",
  schedule: "edition.schedule",
  unschedule: "edition.unschedule",
  withdraw: "edition.withdraw",
  unwithdraw: "edition.unwithdraw",
  embargo: "edition.embargo",
  extendEmbargo: "edition.extendEmbargo",
  liftEmbargo: "edition.liftEmbargo",
} as const satisfies Record<UserTransitionName, Action>;

/** The workflow moves this user may make on this edition now: what the UI shows, in display order. */
export function availableTransitions(user: PolicyUser, edition: EditionSubject): EditionTransition[] {
  return USER_TRANSITIONS.filter((transition) => {
    const action = TRANSITION_ACTIONS[transition.name as UserTransitionName];
    return can(user, action, edition);
  });
}

export const TRANSLATION_TRANSITION_ACTIONS = {
  submit: "translation.submit",
  reject: "translation.reject",
  publish: "translation.publish",
} as const satisfies Partial<Record<TranslationTransitionName, Action>>;

/** The translation moves offered as buttons; starting and revising happen by saving (translation.edit). */
export function availableTranslationTransitions(
  user: PolicyUser,
  translation: TranslationSubject,
): Array<keyof typeof TRANSLATION_TRANSITION_ACTIONS> {
  return (Object.keys(TRANSLATION_TRANSITION_ACTIONS) as Array<keyof typeof TRANSLATION_TRANSITION_ACTIONS>).filter(
    (name) => can(user, TRANSLATION_TRANSITION_ACTIONS[name], translation),
  );
}

// ─── Query scopes ───────────────────────────────────────────────────────────────────────────────────────────────

function stateIn(states: readonly EditionState[]): Prisma.EditionWhereInput {
  return Object.freeze({ state: Object.freeze({ in: [...states] }) });
}

/** Editions readers may open at their URL: published, and withdrawn (shown with the withdrawal notice). */
export const publiclyVisible: Prisma.EditionWhereInput = stateIn(PUBLICLY_VISIBLE);

/** Editions in public lists, feeds, search and the sitemap: published only. */
export const publiclyListed: Prisma.EditionWhereInput = stateIn(LISTED);

/** Editions translations are written for: in progress or published (superseded and withdrawn ones are history). */
export const translatable: Prisma.EditionWhereInput = stateIn(TRANSLATABLE);

/**
 * Localizations readers see within a visible edition: the original, and translations with a published revision
 * (which keeps serving while a revised translation is in progress).
 */
export const publiclyVisibleLocalization: Prisma.LocalizationWhereInput = Object.freeze({
  OR: [{ isOriginal: true }, { publishedRevisionId: { not: null } }],
});

/**
 * Localizations whose current text is the text readers see: the original, and translations in state PUBLISHED. A
 * translation being revised keeps serving its published revision, but its current text is the draft's.
 */
export const currentTextIsPublic: Prisma.LocalizationWhereInput = Object.freeze({
  OR: [{ isOriginal: true }, { translationState: "PUBLISHED" }],
} satisfies Prisma.LocalizationWhereInput);

const EVERYTHING: Prisma.EditionWhereInput = Object.freeze({});

/**
 * The editions a person may see. Staff who write or review see everything, so colleagues can pick up each other's
 * work (writers still change only their own drafts); translators see what they can translate. For active staff this
 * matches `can(user, "edition.view", …)` state for state. Anyone signed out or deactivated may not use the workspace
 * at all, so for them this is what the public sees.
 */
export function visibleTo(user: PolicyUser): Prisma.EditionWhereInput {
  if (user === null || !user.active) return publiclyVisible;
  if (user.role === "TRANSLATOR") return translatable;
  return EVERYTHING;
}
