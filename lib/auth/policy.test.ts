import { describe, expect, it } from "vitest";
import type { EditionState, Prisma, Role, TranslationState } from "@/lib/db/generated/client";
import { checkDeletion, checkTransition, EDITION_STATES } from "@/lib/workflow/workflow";
import {
  ACTIONS,
  authorize,
  availableTransitions,
  availableTranslationTransitions,
  can,
  describeAction,
  explain,
  PermissionDeniedError,
  publiclyListed,
  publiclyVisible,
  publiclyVisibleLocalization,
  rolesFor,
  TRANSITION_ACTIONS,
  UnknownActionError,
  visibleTo,
  type Action,
  type EditionSubject,
  type PolicyUser,
  type Subject,
  type TaxonomyNameSubject,
  type TranslationSubject,
  type UserSubject,
  type UserTransitionName,
} from "./policy";

// ─── The people ─────────────────────────────────────────────────────────────────────────────────────────────────

function staff(id: string, role: Role, translatorLocales: string[] = []): NonNullable<PolicyUser> {
  return { id, role, active: true, translatorLocales };
}

const admin = staff("admin", "ADMIN");
const editor = staff("editor", "EDITOR");
const otherEditor = staff("other-editor", "EDITOR");
const writer = staff("writer", "WRITER");
const translator = staff("translator", "TRANSLATOR", ["en"]);
const deactivatedEditor: PolicyUser = { id: "retired", role: "EDITOR", active: false, translatorLocales: [] };

const PRINCIPALS = {
  ADMIN: admin,
  EDITOR: editor,
  WRITER: writer,
  TRANSLATOR: translator,
  anonymous: null,
  deactivated: deactivatedEditor,
} as const satisfies Record<string, PolicyUser>;

type Principal = keyof typeof PRINCIPALS;
const PRINCIPAL_NAMES = Object.keys(PRINCIPALS) as Principal[];

// ─── The things they act on ─────────────────────────────────────────────────────────────────────────────────────

const COLLEAGUE = "colleague";

function edition(
  state: EditionState,
  fields: { createdById?: string | null; lastEditedById?: string | null; hasEditionInProgress?: boolean; embargoed?: boolean } = {},
): EditionSubject {
  return {
    type: "edition",
    state,
    createdById: fields.createdById === undefined ? COLLEAGUE : fields.createdById,
    lastEditedById: fields.lastEditedById === undefined ? COLLEAGUE : fields.lastEditedById,
    hasEditionInProgress: fields.hasEditionInProgress ?? false,
    ...(fields.embargoed ? { embargoed: true } : {}),
  };
}

const own = (state: EditionState, me: string) => edition(state, { createdById: me, lastEditedById: me });

// The edition is in Korean; the translator translates into English.
function translation(
  locale: string,
  state: TranslationState,
  editionState: EditionState = "PUBLISHED",
): TranslationSubject {
  return { type: "translation", locale, originalLocale: "ko", state, editionState };
}

function tagNames(locale: string): TaxonomyNameSubject {
  return { type: "taxonomyName", locale };
}

function account(id: string, active = true, role: Role = "WRITER"): UserSubject {
  return { type: "user", id, role, active };
}

function note(on: EditionSubject | TranslationSubject, fields: { authorId?: string; resolved?: boolean } = {}): Subject {
  return { type: "reviewNote", authorId: fields.authorId ?? COLLEAGUE, resolved: fields.resolved ?? false, on };
}

// Each subject as seen by one person: "own" means created by them, "I last edited" means they saved it last.
const SUBJECTS: Record<string, (me: string, role: Role | null) => Subject | undefined> = {
  "—": () => undefined,
  "own draft": (me) => own("DRAFT", me),
  "someone else's draft": () => edition("DRAFT"),
  "someone else's correction draft of a published document": () => edition("DRAFT"),
  "own submitted edition": (me) => own("SUBMITTED", me),
  "someone else's submitted edition": () => edition("SUBMITTED"),
  "someone else's submitted edition I last edited": (me) => edition("SUBMITTED", { lastEditedById: me }),
  "submitted edition nobody is recorded as editing": () => edition("SUBMITTED", { lastEditedById: null }),
  "own scheduled edition": (me) => own("SCHEDULED", me),
  "someone else's scheduled edition": () => edition("SCHEDULED"),
  "someone else's embargoed edition": () => edition("SCHEDULED", { embargoed: true }),
  "someone else's embargoed edition I last edited": (me) => edition("SCHEDULED", { embargoed: true, lastEditedById: me }),
  "own published edition": (me) => own("PUBLISHED", me),
  "someone else's published edition": () => edition("PUBLISHED"),
  "someone else's published edition with a new edition in progress": () =>
    edition("PUBLISHED", { hasEditionInProgress: true }),
  "own withdrawn edition": (me) => own("WITHDRAWN", me),
  "someone else's withdrawn edition": () => edition("WITHDRAWN"),
  "someone else's superseded edition": () => edition("SUPERSEDED"),
  "en translation not started": () => translation("en", "NOT_STARTED"),
  "en translation in progress": () => translation("en", "IN_PROGRESS"),
  "en translation in progress of a draft edition": () => translation("en", "IN_PROGRESS", "DRAFT"),
  "en translation in progress of a scheduled edition": () => translation("en", "IN_PROGRESS", "SCHEDULED"),
  "en translation submitted": () => translation("en", "SUBMITTED"),
  "en translation published": () => translation("en", "PUBLISHED"),
  "en translation of a superseded edition": () => translation("en", "PUBLISHED", "SUPERSEDED"),
  "en translation of a withdrawn edition": () => translation("en", "PUBLISHED", "WITHDRAWN"),
  "en translation submitted, edition superseded": () => translation("en", "SUBMITTED", "SUPERSEDED"),
  "ru translation in progress": () => translation("ru", "IN_PROGRESS"),
  "ru translation submitted": () => translation("ru", "SUBMITTED"),
  "the ko original": () => translation("ko", "IN_PROGRESS"),
  "en tag names": () => tagNames("en"),
  "a review of someone else's force publication": () => ({ type: "retrospectiveReview", forcedById: "someone-else", approved: false }),
  "a review of my own force publication": (me) => ({ type: "retrospectiveReview", forcedById: me, approved: false }),
  "an approved review": () => ({ type: "retrospectiveReview", forcedById: "someone-else", approved: true }),
  "ru tag names": () => tagNames("ru"),
  "photo I uploaded": (me) => ({ type: "media", uploadedById: me }),
  "photo a colleague uploaded": () => ({ type: "media", uploadedById: COLLEAGUE }),
  "en media texts": () => ({ type: "mediaText", locale: "en" }),
  "ru media texts": () => ({ type: "mediaText", locale: "ru" }),
  "an open note on my own draft": (me) => note(own("DRAFT", me)),
  "an open note on someone else's draft": () => note(edition("DRAFT")),
  "an open note I wrote on someone else's draft": (me) => note(edition("DRAFT"), { authorId: me }),
  "a resolved note on my own draft": (me) => note(own("DRAFT", me), { resolved: true }),
  "a resolved note on someone else's draft": () => note(edition("DRAFT"), { resolved: true }),
  "an open note on a superseded edition": () => note(edition("SUPERSEDED")),
  "an open note on the en translation": () => note(translation("en", "IN_PROGRESS")),
  "an open note on the ru translation": () => note(translation("ru", "IN_PROGRESS")),
  "a resolved note on the en translation": () => note(translation("en", "IN_PROGRESS"), { resolved: true }),
  "another active account": () => account(COLLEAGUE),
  "another active admin": () => account(COLLEAGUE, true, "ADMIN"),
  "another deactivated account": () => account(COLLEAGUE, false),
  "own account": (me, role) => account(me, true, role ?? "WRITER"),
};

type SubjectName = keyof typeof SUBJECTS;

function subjectFor(name: SubjectName, principal: Principal): Subject | undefined {
  const user = PRINCIPALS[principal];
  const build = SUBJECTS[name];
  if (!build) throw new Error(`No subject called "${name}"`);
  return build(user?.id ?? "nobody", user?.role ?? null);
}

function ask(principal: Principal, action: Action, subject: SubjectName) {
  return explain(PRINCIPALS[principal], action, subjectFor(subject, principal));
}

// ─── The matrix ─────────────────────────────────────────────────────────────────────────────────────────────────
// action × subject → who may. Everyone not named may not; signed-out and deactivated people are never named.

const MATRIX: ReadonlyArray<readonly [Action, SubjectName, string]> = [
  ["workspace.access", "—", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["document.create", "—", "ADMIN EDITOR WRITER"],
  ["document.import", "—", "ADMIN EDITOR"],

  ["edition.view", "someone else's draft", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["edition.view", "someone else's submitted edition", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["edition.view", "someone else's scheduled edition", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["edition.view", "someone else's published edition", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["edition.view", "someone else's withdrawn edition", "ADMIN EDITOR WRITER"],
  ["edition.view", "someone else's superseded edition", "ADMIN EDITOR WRITER"],

  ["edition.edit", "own draft", "ADMIN EDITOR WRITER"],
  ["edition.edit", "someone else's draft", "ADMIN EDITOR"],
  ["edition.edit", "own submitted edition", "ADMIN EDITOR"],
  ["edition.edit", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.edit", "own scheduled edition", ""],
  ["edition.edit", "own published edition", ""],
  ["edition.edit", "someone else's withdrawn edition", ""],
  ["edition.edit", "someone else's superseded edition", ""],

  ["edition.submit", "own draft", "ADMIN EDITOR WRITER"],
  ["edition.submit", "someone else's draft", "ADMIN EDITOR"],
  ["edition.submit", "own submitted edition", ""],
  ["edition.submit", "someone else's published edition", ""],

  ["edition.recall", "own submitted edition", "ADMIN EDITOR WRITER"],
  ["edition.recall", "someone else's submitted edition", ""],
  ["edition.recall", "own draft", ""],
  ["edition.recall", "own scheduled edition", ""],
  ["edition.recall", "own published edition", ""],

  ["edition.reject", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.reject", "own submitted edition", "ADMIN EDITOR"],
  ["edition.reject", "own draft", ""],
  ["edition.reject", "someone else's scheduled edition", ""],
  ["edition.reject", "someone else's published edition", ""],

  ["edition.publish", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.publish", "submitted edition nobody is recorded as editing", "ADMIN EDITOR"],
  ["edition.publish", "someone else's submitted edition I last edited", ""],
  ["edition.publish", "own submitted edition", ""],
  ["edition.publish", "someone else's draft", ""],
  ["edition.publish", "someone else's scheduled edition", ""],
  ["edition.publish", "someone else's withdrawn edition", ""],

  ["edition.forcePublish", "someone else's draft", "ADMIN EDITOR"],
  ["edition.forcePublish", "own draft", "ADMIN EDITOR"],
  ["edition.forcePublish", "own submitted edition", "ADMIN EDITOR"],
  ["edition.forcePublish", "someone else's submitted edition I last edited", "ADMIN EDITOR"],
  ["edition.forcePublish", "someone else's submitted edition", ""],
  ["edition.forcePublish", "someone else's scheduled edition", ""],
  ["edition.forcePublish", "someone else's published edition", ""],

  ["edition.schedule", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.schedule", "someone else's submitted edition I last edited", ""],
  ["edition.schedule", "own submitted edition", ""],
  ["edition.schedule", "someone else's draft", ""],
  ["edition.schedule", "someone else's scheduled edition", ""],

  ["edition.unschedule", "someone else's scheduled edition", "ADMIN EDITOR"],
  ["edition.unschedule", "own scheduled edition", "ADMIN EDITOR"],
  ["edition.unschedule", "someone else's submitted edition", ""],
  ["edition.unschedule", "someone else's embargoed edition", ""],
  ["edition.unschedule", "someone else's published edition", ""],

  ["edition.withdraw", "someone else's published edition", "ADMIN EDITOR"],
  ["edition.withdraw", "own published edition", "ADMIN EDITOR"],
  ["edition.withdraw", "someone else's withdrawn edition", ""],
  ["edition.withdraw", "someone else's submitted edition", ""],
  ["edition.withdraw", "someone else's superseded edition", ""],

  ["edition.unwithdraw", "someone else's withdrawn edition", "ADMIN EDITOR"],
  ["edition.unwithdraw", "own withdrawn edition", "ADMIN EDITOR"],
  ["edition.unwithdraw", "someone else's published edition", ""],
  ["edition.unwithdraw", "someone else's superseded edition", ""],

  ["edition.correct", "own published edition", "ADMIN EDITOR WRITER"],
  ["edition.correct", "someone else's published edition", "ADMIN EDITOR"],
  ["edition.correct", "someone else's published edition with a new edition in progress", ""],
  ["edition.correct", "someone else's withdrawn edition", ""],
  ["edition.correct", "someone else's superseded edition", ""],
  ["edition.correct", "own draft", ""],

  ["edition.delete", "own draft", "ADMIN EDITOR WRITER"],
  ["edition.delete", "someone else's draft", "ADMIN EDITOR"],
  ["edition.delete", "someone else's correction draft of a published document", "ADMIN EDITOR"],
  ["edition.delete", "own submitted edition", ""],
  ["edition.delete", "own published edition", ""],
  ["edition.delete", "someone else's withdrawn edition", ""],

  ["edition.embargo", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.embargo", "someone else's submitted edition I last edited", ""],
  ["edition.embargo", "own submitted edition", ""],
  ["edition.embargo", "someone else's draft", ""],
  ["edition.embargo", "someone else's scheduled edition", ""],
  ["edition.embargo", "someone else's published edition", ""],

  ["edition.extendEmbargo", "someone else's embargoed edition", "ADMIN EDITOR"],
  ["edition.extendEmbargo", "someone else's embargoed edition I last edited", "ADMIN EDITOR"],
  ["edition.extendEmbargo", "someone else's scheduled edition", ""],
  ["edition.extendEmbargo", "someone else's submitted edition", ""],
  ["edition.extendEmbargo", "someone else's published edition", ""],

  ["edition.liftEmbargo", "someone else's embargoed edition", "ADMIN EDITOR"],
  ["edition.liftEmbargo", "someone else's embargoed edition I last edited", ""],
  ["edition.liftEmbargo", "someone else's scheduled edition", ""],
  ["edition.liftEmbargo", "someone else's submitted edition", ""],
  ["edition.liftEmbargo", "someone else's published edition", ""],
  ["edition.sharePreview", "someone else's draft", "ADMIN EDITOR"],
  ["edition.sharePreview", "someone else's submitted edition", "ADMIN EDITOR"],
  ["edition.sharePreview", "someone else's scheduled edition", "ADMIN EDITOR"],
  ["edition.sharePreview", "someone else's published edition", ""],
  ["edition.sharePreview", "someone else's withdrawn edition", ""],
  ["edition.revokePreview", "someone else's draft", "ADMIN EDITOR"],
  ["edition.revokePreview", "someone else's published edition", "ADMIN EDITOR"],

  ["edition.approveRetrospective", "a review of someone else's force publication", "ADMIN EDITOR"],
  ["edition.approveRetrospective", "a review of my own force publication", ""],
  ["edition.approveRetrospective", "an approved review", ""],

  ["revision.restore", "own draft", "ADMIN EDITOR WRITER"],
  ["revision.restore", "someone else's draft", "ADMIN EDITOR"],
  ["revision.restore", "own published edition", ""],
  ["revision.restore", "en translation in progress", "ADMIN EDITOR TRANSLATOR"],
  ["revision.restore", "ru translation in progress", "ADMIN EDITOR"],
  ["revision.restore", "the ko original", ""],

  ["note.add", "own draft", "ADMIN EDITOR WRITER"],
  ["note.add", "someone else's draft", "ADMIN EDITOR WRITER"],
  ["note.add", "someone else's submitted edition", "ADMIN EDITOR WRITER"],
  ["note.add", "someone else's published edition", "ADMIN EDITOR WRITER"],
  ["note.add", "someone else's superseded edition", ""],
  ["note.add", "en translation in progress", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["note.add", "en translation submitted", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["note.add", "ru translation in progress", "ADMIN EDITOR WRITER"],
  ["note.add", "the ko original", ""],
  ["note.add", "en translation of a superseded edition", ""],

  ["note.resolve", "an open note on my own draft", "ADMIN EDITOR WRITER"],
  ["note.resolve", "an open note on someone else's draft", "ADMIN EDITOR"],
  ["note.resolve", "an open note I wrote on someone else's draft", "ADMIN EDITOR WRITER"],
  ["note.resolve", "a resolved note on my own draft", ""],
  ["note.resolve", "an open note on a superseded edition", ""],
  ["note.resolve", "an open note on the en translation", "ADMIN EDITOR TRANSLATOR"],
  ["note.resolve", "an open note on the ru translation", "ADMIN EDITOR"],

  ["note.reopen", "a resolved note on my own draft", "ADMIN EDITOR WRITER"],
  ["note.reopen", "a resolved note on someone else's draft", "ADMIN EDITOR"],
  ["note.reopen", "an open note on my own draft", ""],
  ["note.reopen", "a resolved note on the en translation", "ADMIN EDITOR TRANSLATOR"],

  ["translation.view", "en translation in progress", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["translation.view", "ru translation in progress", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["translation.view", "en translation of a superseded edition", "ADMIN EDITOR WRITER"],

  ["translation.edit", "en translation not started", "ADMIN EDITOR TRANSLATOR"],
  ["translation.edit", "en translation in progress", "ADMIN EDITOR TRANSLATOR"],
  ["translation.edit", "en translation in progress of a draft edition", "ADMIN EDITOR TRANSLATOR"],
  ["translation.edit", "en translation in progress of a scheduled edition", "ADMIN EDITOR TRANSLATOR"],
  ["translation.edit", "en translation published", "ADMIN EDITOR TRANSLATOR"],
  ["translation.edit", "en translation submitted", "ADMIN EDITOR"],
  ["translation.edit", "ru translation in progress", "ADMIN EDITOR"],
  ["translation.edit", "the ko original", ""],
  ["translation.edit", "en translation of a superseded edition", ""],
  ["translation.edit", "en translation of a withdrawn edition", ""],

  ["translation.markOfficial", "en translation in progress", "ADMIN EDITOR TRANSLATOR"],
  ["translation.markOfficial", "en translation published", "ADMIN EDITOR TRANSLATOR"],
  ["translation.markOfficial", "ru translation in progress", "ADMIN EDITOR"],
  ["translation.markOfficial", "the ko original", ""],
  ["translation.markOfficial", "en translation of a superseded edition", ""],

  ["translation.submit", "en translation in progress", "ADMIN EDITOR TRANSLATOR"],
  ["translation.submit", "en translation in progress of a draft edition", "ADMIN EDITOR TRANSLATOR"],
  ["translation.submit", "ru translation in progress", "ADMIN EDITOR"],
  ["translation.submit", "en translation not started", ""],
  ["translation.submit", "en translation submitted", ""],
  ["translation.submit", "en translation published", ""],
  ["translation.submit", "the ko original", ""],

  ["translation.reject", "en translation submitted", "ADMIN EDITOR"],
  ["translation.reject", "ru translation submitted", "ADMIN EDITOR"],
  ["translation.reject", "en translation in progress", ""],
  ["translation.reject", "en translation published", ""],

  ["translation.publish", "en translation submitted", "ADMIN EDITOR"],
  ["translation.publish", "ru translation submitted", "ADMIN EDITOR"],
  ["translation.publish", "en translation in progress", ""],
  ["translation.publish", "en translation submitted, edition superseded", ""],
  ["translation.publish", "the ko original", ""],

  ["taxonomy.manage", "—", "ADMIN EDITOR"],
  ["taxonomy.translateNames", "en tag names", "ADMIN EDITOR TRANSLATOR"],
  ["taxonomy.translateNames", "ru tag names", "ADMIN EDITOR"],
  ["user.manage", "—", "ADMIN"],

  ["user.changeRole", "another active account", "ADMIN"],
  ["user.changeRole", "another active admin", "ADMIN"],
  ["user.changeRole", "own account", ""],

  ["user.deactivate", "another active account", "ADMIN"],
  ["user.deactivate", "another active admin", "ADMIN"],
  ["user.deactivate", "another deactivated account", ""],
  ["user.deactivate", "own account", ""],

  ["user.reactivate", "another deactivated account", "ADMIN"],
  ["user.reactivate", "another active account", ""],

  ["user.resetPassword", "another active account", "ADMIN"],
  ["user.resetPassword", "another deactivated account", "ADMIN"],
  ["user.resetPassword", "own account", "ADMIN"],

  ["audit.view", "—", "ADMIN"],
  ["pressList.manage", "—", "ADMIN EDITOR"],
  ["review.inbox", "—", "ADMIN EDITOR"],

  ["mail.viewOutbox", "—", "ADMIN EDITOR"],

  ["media.view", "—", "ADMIN EDITOR WRITER TRANSLATOR"],
  ["media.upload", "—", "ADMIN EDITOR WRITER"],
  ["media.edit", "photo I uploaded", "ADMIN EDITOR WRITER"],
  ["media.edit", "photo a colleague uploaded", "ADMIN EDITOR"],
  ["media.translate", "en media texts", "ADMIN EDITOR TRANSLATOR"],
  ["media.translate", "ru media texts", "ADMIN EDITOR"],
];

const CASES = MATRIX.flatMap(([action, subject, allowed]) => {
  const who = allowed.split(" ").filter(Boolean);
  return PRINCIPAL_NAMES.map((principal) => [principal, action, subject, who.includes(principal)] as const);
});

describe("the role × action × subject matrix", () => {
  it.each(CASES)("%s may %s (%s): %s", (principal, action, subject, expected) => {
    const decision = ask(principal, action, subject);
    expect(decision.allowed).toBe(expected);
    expect(can(PRINCIPALS[principal], action, subjectFor(subject, principal))).toBe(expected);
  });

  it("has a row for every action, so a new action without a matrix row fails here", () => {
    const covered = new Set(MATRIX.map(([action]) => action));
    expect(ACTIONS.filter((action) => !covered.has(action))).toEqual([]);
  });

  it("names only real principals and subjects", () => {
    for (const [, subject, allowed] of MATRIX) {
      expect(Object.keys(SUBJECTS)).toContain(subject);
      for (const who of allowed.split(" ").filter(Boolean)) expect(["ADMIN", "EDITOR", "WRITER", "TRANSLATOR"]).toContain(who);
    }
  });

  it("lists each action × subject once", () => {
    const keys = MATRIX.map(([action, subject]) => `${action} / ${subject}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has every refusal explained", () => {
    for (const [principal, action, subject, expected] of CASES) {
      const decision = ask(principal, action, subject);
      if (!expected) expect(decision).toMatchObject({ allowed: false, reason: expect.stringMatching(/\S.*\.$/) });
    }
  });
});

// The verbs ask the policy once and do not check the workflow again: every move's rule must refuse it, first and with
// the workflow's own reason, from each state the move does not start from (deletion likewise).
describe("the workflow's preconditions, part of every move's rule", () => {
  it.each(Object.entries(TRANSITION_ACTIONS) as [UserTransitionName, Action][])("%s (%s)", (name, action) => {
    for (const state of EDITION_STATES) {
      const check = checkTransition(name, state);
      if (!check.ok) expect(explain(admin, action, edition(state, { embargoed: true }))).toEqual({ allowed: false, reason: check.reason });
    }
  });

  it("edition.delete", () => {
    for (const state of EDITION_STATES) {
      const check = checkDeletion(state);
      if (!check.ok) expect(explain(admin, "edition.delete", edition(state))).toEqual({ allowed: false, reason: check.reason });
    }
  });
});

// ─── One describe per role ──────────────────────────────────────────────────────────────────────────────────────

function reason(user: PolicyUser, action: Action, subject?: Subject): string | undefined {
  const decision = explain(user, action, subject);
  return decision.allowed ? undefined : decision.reason;
}

describe("a writer", () => {
  it("can use the workspace and create press releases and interviews", () => {
    expect(can(writer, "workspace.access")).toBe(true);
    expect(can(writer, "document.create")).toBe(true);
  });

  it("can edit, submit and delete their own draft", () => {
    expect(can(writer, "edition.edit", own("DRAFT", writer.id))).toBe(true);
    expect(can(writer, "edition.submit", own("DRAFT", writer.id))).toBe(true);
    expect(can(writer, "edition.delete", own("DRAFT", writer.id))).toBe(true);
  });

  it("can keep editing their own draft after an editor changed it", () => {
    expect(can(writer, "edition.edit", edition("DRAFT", { createdById: writer.id, lastEditedById: editor.id }))).toBe(true);
  });

  it("cannot edit someone else's draft", () => {
    expect(reason(writer, "edition.edit", edition("DRAFT"))).toBe("Writers can edit only their own editions.");
  });

  it("cannot change their edition once it is submitted for review", () => {
    expect(reason(writer, "edition.edit", own("SUBMITTED", writer.id))).toBe(
      "This edition is submitted for review; only an editor can change it now.",
    );
  });

  it("cannot publish, schedule or force publish, even their own work", () => {
    expect(reason(writer, "edition.publish", edition("SUBMITTED", { createdById: writer.id }))).toBe(
      "Writers cannot publish editions.",
    );
    expect(can(writer, "edition.schedule", edition("SUBMITTED", { createdById: writer.id }))).toBe(false);
    expect(can(writer, "edition.forcePublish", own("DRAFT", writer.id))).toBe(false);
  });

  it("can start a new edition to correct their own published release, not someone else's", () => {
    expect(can(writer, "edition.correct", own("PUBLISHED", writer.id))).toBe(true);
    expect(reason(writer, "edition.correct", edition("PUBLISHED"))).toBe("Writers can correct only their own editions.");
  });

  it("sees every edition, so colleagues can pick up each other's work", () => {
    expect(visibleTo(writer)).toEqual({});
    for (const state of EDITION_STATES) expect(can(writer, "edition.view", edition(state))).toBe(true);
  });

  it("cannot translate, import, manage taxonomy, users or see the audit log", () => {
    expect(reason(writer, "translation.edit", translation("en", "IN_PROGRESS"))).toBe("Writers cannot edit translations.");
    expect(can(writer, "document.import")).toBe(false);
    expect(can(writer, "taxonomy.manage")).toBe(false);
    expect(can(writer, "user.manage")).toBe(false);
    expect(can(writer, "audit.view")).toBe(false);
    expect(can(writer, "mail.viewOutbox")).toBe(false);
  });

  it("cannot translate tag names", () => {
    expect(reason(writer, "taxonomy.translateNames", tagNames("en"))).toBe(
      "Writers cannot translate the names of people, countries, organisations, topics and events.",
    );
  });

  it("sees only the submit button on their own draft, and no translation buttons", () => {
    expect(availableTransitions(writer, own("DRAFT", writer.id)).map((transition) => transition.name)).toEqual(["submit"]);
    expect(availableTranslationTransitions(writer, translation("en", "IN_PROGRESS"))).toEqual([]);
  });
});

describe("an editor", () => {
  it("can do what a writer does, on anyone's content", () => {
    expect(can(editor, "document.create")).toBe(true);
    expect(can(editor, "edition.edit", edition("DRAFT"))).toBe(true);
    expect(can(editor, "edition.submit", edition("DRAFT"))).toBe(true);
    expect(can(editor, "edition.correct", edition("PUBLISHED"))).toBe(true);
    expect(can(editor, "edition.delete", edition("DRAFT"))).toBe(true);
  });

  it("can fix an edition under review, and then someone else must approve it", () => {
    const underReview = edition("SUBMITTED");
    expect(can(editor, "edition.edit", underReview)).toBe(true);
    const afterTheFix = { ...underReview, lastEditedById: editor.id };
    expect(can(editor, "edition.publish", afterTheFix)).toBe(false);
    expect(can(otherEditor, "edition.publish", afterTheFix)).toBe(true);
  });

  it("can reject, publish and schedule someone else's submitted edition", () => {
    const submitted = edition("SUBMITTED");
    expect(can(editor, "edition.reject", submitted)).toBe(true);
    expect(can(editor, "edition.publish", submitted)).toBe(true);
    expect(can(editor, "edition.schedule", submitted)).toBe(true);
  });

  it("cannot publish or schedule an edition they last edited: a second pair of eyes", () => {
    const mine = edition("SUBMITTED", { lastEditedById: editor.id });
    expect(reason(editor, "edition.publish", mine)).toBe(
      "You made the last changes to this edition, so another editor must publish it (or force publish it, giving a reason).",
    );
    expect(reason(editor, "edition.schedule", mine)).toBe(
      "You made the last changes to this edition, so another editor must schedule it (or force publish it, giving a reason).",
    );
  });

  it("can force publish what they last edited, or a draft", () => {
    expect(can(editor, "edition.forcePublish", edition("SUBMITTED", { lastEditedById: editor.id }))).toBe(true);
    expect(can(editor, "edition.forcePublish", edition("DRAFT"))).toBe(true);
  });

  it("is not offered force publishing where a normal publish will do", () => {
    expect(reason(editor, "edition.forcePublish", edition("SUBMITTED"))).toBe(
      "This edition can be published normally; force publishing is for drafts and for editions you last changed.",
    );
  });

  it("is told why a move does not fit the edition's state", () => {
    expect(reason(editor, "edition.publish", edition("DRAFT"))).toBe("An edition that is draft cannot be published.");
    expect(reason(editor, "edition.withdraw", edition("SUPERSEDED"))).toBe(
      "An edition that is superseded cannot be withdrawn.",
    );
  });

  it("can unschedule, withdraw and undo a withdrawal", () => {
    expect(can(editor, "edition.unschedule", edition("SCHEDULED"))).toBe(true);
    expect(can(editor, "edition.withdraw", edition("PUBLISHED"))).toBe(true);
    expect(can(editor, "edition.unwithdraw", edition("WITHDRAWN"))).toBe(true);
  });

  it("cannot start a second edition in progress", () => {
    expect(reason(editor, "edition.correct", edition("PUBLISHED", { hasEditionInProgress: true }))).toBe(
      "This document already has an edition in progress; continue that one instead.",
    );
  });

  it("can work on, send back and publish translations in any locale", () => {
    expect(can(editor, "translation.edit", translation("ru", "IN_PROGRESS"))).toBe(true);
    expect(can(editor, "translation.reject", translation("ru", "SUBMITTED"))).toBe(true);
    expect(can(editor, "translation.publish", translation("en", "SUBMITTED"))).toBe(true);
    expect(availableTranslationTransitions(editor, translation("en", "SUBMITTED"))).toEqual(["reject", "publish"]);
  });

  it("cannot treat the original as a translation", () => {
    expect(reason(editor, "translation.edit", translation("ko", "IN_PROGRESS"))).toBe(
      "This is the original text, not a translation; it is changed through its edition.",
    );
  });

  it("can import documents and manage taxonomy", () => {
    expect(can(editor, "document.import")).toBe(true);
    expect(can(editor, "taxonomy.manage")).toBe(true);
  });

  it("can translate tag names into any language", () => {
    expect(can(editor, "taxonomy.translateNames", tagNames("en"))).toBe(true);
    expect(can(editor, "taxonomy.translateNames", tagNames("ru"))).toBe(true);
  });

  it("cannot manage users or see the audit log", () => {
    expect(reason(editor, "user.manage")).toBe("Editors cannot manage users.");
    expect(can(editor, "user.deactivate", account(COLLEAGUE))).toBe(false);
    expect(reason(editor, "audit.view")).toBe("Editors cannot see the audit log.");
  });

  it("sees every edition", () => {
    expect(visibleTo(editor)).toEqual({});
  });
});

describe("an admin", () => {
  it("can do everything an editor can", () => {
    const asAdmin = (subject: Subject | undefined): Subject | undefined => {
      if (subject?.type !== "edition") return subject;
      const swap = (id: string | null) => (id === editor.id ? admin.id : id);
      return { ...subject, createdById: swap(subject.createdById), lastEditedById: swap(subject.lastEditedById) };
    };
    for (const [action, subject] of MATRIX) {
      const forEditor = subjectFor(subject, "EDITOR");
      if (can(editor, action, forEditor)) expect(can(admin, action, asAdmin(forEditor)), `${action} / ${subject}`).toBe(true);
    }
  });

  it("can manage users and see the audit log", () => {
    expect(can(admin, "user.manage")).toBe(true);
    expect(can(admin, "user.changeRole", account(COLLEAGUE))).toBe(true);
    expect(can(admin, "user.deactivate", account(COLLEAGUE))).toBe(true);
    expect(can(admin, "user.reactivate", account(COLLEAGUE, false))).toBe(true);
    expect(can(admin, "user.resetPassword", account(COLLEAGUE))).toBe(true);
    expect(can(admin, "audit.view")).toBe(true);
  });

  it("cannot change their own role, so cannot remove their own admin role", () => {
    expect(reason(admin, "user.changeRole", account(admin.id, true, "ADMIN"))).toBe(
      "You cannot change your own role; ask another admin.",
    );
  });

  it("cannot deactivate their own account, so an admin always remains", () => {
    expect(reason(admin, "user.deactivate", account(admin.id, true, "ADMIN"))).toBe(
      "You cannot deactivate your own account; ask another admin.",
    );
  });

  it("is told when an account is already in the state asked for", () => {
    expect(reason(admin, "user.deactivate", account(COLLEAGUE, false))).toBe("This account is already deactivated.");
    expect(reason(admin, "user.reactivate", account(COLLEAGUE, true))).toBe("This account is already active.");
  });

  it("can translate tag names into any language", () => {
    expect(can(admin, "taxonomy.translateNames", tagNames("ru"))).toBe(true);
  });

  it("is held to the second pair of eyes like any editor", () => {
    expect(can(admin, "edition.publish", edition("SUBMITTED", { lastEditedById: admin.id }))).toBe(false);
  });
});

describe("review notes", () => {
  it("a writer may comment on a colleague's draft but settles only notes on their own work or their own notes", () => {
    expect(can(writer, "note.add", edition("DRAFT"))).toBe(true);
    expect(reason(writer, "note.resolve", note(edition("DRAFT")))).toBe("Writers can settle only notes on their own editions, or notes they wrote.");
  });

  it("a translator comments from the translation workspace, in their own languages", () => {
    expect(reason(translator, "note.add", edition("DRAFT"))).toBe("Translators write review notes on their translations, in the translation workspace.");
    expect(reason(translator, "note.add", translation("ru", "IN_PROGRESS"))).toBe("You translate into en, not ru.");
  });

  it("says when a note is already in the state asked for, and keeps superseded editions as history", () => {
    expect(reason(editor, "note.resolve", note(edition("DRAFT"), { resolved: true }))).toBe("This note is resolved already.");
    expect(reason(editor, "note.reopen", note(edition("DRAFT")))).toBe("This note is open already.");
    expect(reason(editor, "note.add", edition("SUPERSEDED"))).toBe("A superseded edition is part of the history; write notes on the current edition.");
  });
});

describe("a translator into English", () => {
  it("can use the workspace but cannot create documents", () => {
    expect(can(translator, "workspace.access")).toBe(true);
    expect(reason(translator, "document.create")).toBe("Translators cannot create press releases or interviews.");
  });

  it("can start, edit, mark official and submit an English translation", () => {
    expect(can(translator, "translation.edit", translation("en", "NOT_STARTED"))).toBe(true);
    expect(can(translator, "translation.edit", translation("en", "IN_PROGRESS"))).toBe(true);
    expect(can(translator, "translation.markOfficial", translation("en", "IN_PROGRESS"))).toBe(true);
    expect(can(translator, "translation.submit", translation("en", "IN_PROGRESS"))).toBe(true);
    expect(availableTranslationTransitions(translator, translation("en", "IN_PROGRESS"))).toEqual(["submit"]);
  });

  it("can revise a published English translation", () => {
    expect(can(translator, "translation.edit", translation("en", "PUBLISHED"))).toBe(true);
  });

  it("cannot change a translation while it is under review", () => {
    expect(reason(translator, "translation.edit", translation("en", "SUBMITTED"))).toBe(
      "This translation is submitted for review; an editor can change it or send it back to you.",
    );
  });

  it("cannot publish or send back a translation", () => {
    expect(reason(translator, "translation.publish", translation("en", "SUBMITTED"))).toBe(
      "Translators cannot publish translations.",
    );
    expect(can(translator, "translation.reject", translation("en", "SUBMITTED"))).toBe(false);
    expect(availableTranslationTransitions(translator, translation("en", "SUBMITTED"))).toEqual([]);
  });

  it("cannot translate into a locale that is not theirs", () => {
    expect(reason(translator, "translation.edit", translation("ru", "IN_PROGRESS"))).toBe(
      "You translate into en, not ru.",
    );
  });

  it("can translate tag names into English only, and cannot otherwise manage taxonomy", () => {
    expect(can(translator, "taxonomy.translateNames", tagNames("en"))).toBe(true);
    expect(reason(translator, "taxonomy.translateNames", tagNames("ru"))).toBe("You translate into en, not ru.");
    expect(reason(staff("new-translator", "TRANSLATOR"), "taxonomy.translateNames", tagNames("en"))).toBe(
      "You have no translation languages assigned; ask an admin.",
    );
    expect(reason(translator, "taxonomy.manage")).toBe("Translators cannot manage people, countries, organisations, topics and events.");
  });

  it("with no locales assigned, cannot translate at all", () => {
    const unassigned = staff("new-translator", "TRANSLATOR");
    expect(reason(unassigned, "translation.edit", translation("en", "IN_PROGRESS"))).toBe(
      "You have no translation languages assigned; ask an admin.",
    );
  });

  it("cannot change the original, even in a locale they translate into", () => {
    const intoKorean = staff("ko-translator", "TRANSLATOR", ["ko"]);
    expect(can(intoKorean, "translation.edit", translation("ko", "IN_PROGRESS"))).toBe(false);
    expect(reason(translator, "edition.edit", edition("DRAFT"))).toBe("Translators cannot edit editions.");
    expect(can(translator, "revision.restore", edition("DRAFT"))).toBe(false);
  });

  it("cannot publish, withdraw or start editions", () => {
    for (const action of ["edition.publish", "edition.forcePublish", "edition.withdraw", "edition.correct"] as const) {
      expect(can(translator, action, edition("PUBLISHED"))).toBe(false);
    }
  });

  it("sees editions in progress and published, not history", () => {
    expect(EDITION_STATES.filter((state) => can(translator, "edition.view", edition(state)))).toEqual([
      "DRAFT",
      "SUBMITTED",
      "SCHEDULED",
      "PUBLISHED",
    ]);
    expect(reason(translator, "edition.view", edition("SUPERSEDED"))).toBe(
      "Translators see only editions that are in progress or published.",
    );
  });

  it("cannot translate history", () => {
    expect(reason(translator, "translation.edit", translation("en", "PUBLISHED", "WITHDRAWN"))).toBe(
      "An edition that is withdrawn cannot be translated.",
    );
  });
});

describe("someone signed out", () => {
  it("may do nothing in the workspace", () => {
    for (const [action, subject] of MATRIX) {
      expect(ask("anonymous", action, subject), `${action} / ${subject}`).toEqual({
        allowed: false,
        reason: "Sign in to use the workspace.",
      });
    }
  });

  it("sees only what the public sees", () => {
    expect(visibleTo(null)).toEqual(publiclyVisible);
  });
});

describe("a deactivated editor", () => {
  it("may do nothing, whatever their role", () => {
    for (const [action, subject] of MATRIX) {
      expect(ask("deactivated", action, subject), `${action} / ${subject}`).toEqual({
        allowed: false,
        reason: "This account has been deactivated.",
      });
    }
    const deactivatedAdmin: PolicyUser = { ...admin, active: false };
    expect(can(deactivatedAdmin, "user.manage")).toBe(false);
  });

  it("sees only what the public sees", () => {
    expect(visibleTo(deactivatedEditor)).toEqual(publiclyVisible);
  });
});

// ─── The policy's own contract ──────────────────────────────────────────────────────────────────────────────────

function stateMatches(where: Prisma.EditionWhereInput, state: EditionState): boolean {
  if (Object.keys(where).length === 0) return true;
  expect(Object.keys(where)).toEqual(["state"]);
  return (where.state as { in: EditionState[] }).in.includes(state);
}

describe("the policy", () => {
  it("throws on an unknown action", () => {
    const unknown = "edition.approve" as Action;
    expect(() => can(admin, unknown, undefined)).toThrow(UnknownActionError);
    expect(() => explain(null, unknown, undefined)).toThrow(UnknownActionError);
    expect(() => describeAction(unknown)).toThrow(UnknownActionError);
    expect(() => rolesFor(unknown)).toThrow(UnknownActionError);
  });

  it("throws when an action gets the wrong subject, rather than hiding the bug as a refusal", () => {
    const call = (action: Action, subject?: Subject) => () => can(admin, action, subject);
    expect(call("edition.publish")).toThrow(/needs a subject of type edition, got none/);
    expect(call("edition.publish", translation("en", "SUBMITTED"))).toThrow(/got translation/);
    expect(call("user.manage", account(COLLEAGUE))).toThrow(/takes no subject/);
    expect(call("revision.restore", account(COLLEAGUE))).toThrow(/edition or translation/);
    expect(call("taxonomy.translateNames", translation("en", "IN_PROGRESS"))).toThrow(/needs a subject of type taxonomyName, got translation/);
    // Even for someone signed out: the call site is wrong whoever asks.
    expect(() => can(null, "edition.view", undefined as unknown as EditionSubject)).toThrow(TypeError);
  });

  it("answers can and explain alike", () => {
    for (const [principal, action, subject] of CASES) {
      const user = PRINCIPALS[principal];
      const built = subjectFor(subject, principal);
      expect(can(user, action, built)).toBe(explain(user, action, built).allowed);
    }
  });

  it("throws the reason from authorize", () => {
    expect(() => authorize(writer, "edition.publish", edition("SUBMITTED"))).toThrow(PermissionDeniedError);
    try {
      authorize(writer, "edition.publish", edition("SUBMITTED"));
    } catch (error) {
      expect(error).toMatchObject({ action: "edition.publish", reason: "Writers cannot publish editions." });
    }
    expect(() => authorize(editor, "edition.publish", edition("SUBMITTED"))).not.toThrow();
  });

  it("describes every action and names the roles that may take it", () => {
    for (const action of ACTIONS) expect(describeAction(action)).toMatch(/^[a-z]/);
    expect(rolesFor("audit.view")).toEqual(["ADMIN"]);
    expect(rolesFor("translation.edit")).toEqual(["ADMIN", "EDITOR", "TRANSLATOR"]);
  });

  it("scopes queries the way edition.view decides, state for state, for every active role", () => {
    for (const user of [admin, editor, writer, translator]) {
      for (const state of EDITION_STATES) {
        expect(stateMatches(visibleTo(user), state), `${user.role} / ${state}`).toBe(
          can(user, "edition.view", edition(state)),
        );
      }
    }
  });

  it("shows readers published and withdrawn editions, and lists only published ones", () => {
    expect(publiclyVisible).toEqual({ state: { in: ["PUBLISHED", "WITHDRAWN"] } });
    expect(publiclyListed).toEqual({ state: { in: ["PUBLISHED"] } });
    expect(publiclyVisibleLocalization).toEqual({ OR: [{ isOriginal: true }, { publishedRevisionId: { not: null } }] });
  });

  it("hands out scopes nobody can change by accident", () => {
    expect(Object.isFrozen(publiclyVisible)).toBe(true);
    expect(Object.isFrozen(visibleTo(translator))).toBe(true);
  });
});

describe("embargoes", () => {
  const embargoed = edition("SCHEDULED", { embargoed: true });

  it("are not unscheduled: their press list already has them", () => {
    expect(reason(editor, "edition.unschedule", embargoed)).toBe(
      "An edition under embargo cannot be unscheduled: its press list already has it. Extend the embargo or lift it instead.",
    );
    expect(can(editor, "edition.unschedule", edition("SCHEDULED"))).toBe(true);
  });

  it("are extended and lifted only where there is one, and lifted by someone else than the last editor", () => {
    expect(reason(editor, "edition.liftEmbargo", edition("SCHEDULED"))).toBe("This edition is not under embargo.");
    expect(reason(editor, "edition.liftEmbargo", edition("SCHEDULED", { embargoed: true, lastEditedById: editor.id }))).toMatch(
      /^You made the last changes to this edition, so another editor must publish it/,
    );
    expect(reason(writer, "pressList.manage")).toBe("Writers cannot manage press lists.");
  });
});
