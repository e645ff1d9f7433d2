import { describe, expect, it } from "vitest";
import type { EditionState, Role, TranslationState } from "@/lib/db/generated/client";
import { availableTransitions, type EditionSubject, type PolicyUser } from "@/lib/auth/policy";
import {
  EDITION_ORIGINS,
  checkCorrection,
  checkDeletion,
  checkEdit,
  checkTranslatable,
  checkTransition,
  checkTranslationTransition,
  EDITION_STATE_LABELS,
  EDITION_STATES,
  EDITION_TRANSITIONS,
  EDITABLE,
  IN_PROGRESS,
  LISTED,
  nextState,
  PRE_PUBLICATION,
  PUBLICLY_VISIBLE,
  TRANSLATABLE,
  TRANSLATION_STATES,
  TRANSLATION_TRANSITIONS,
  transitionFor,
  translationStateAfterSave,
  USER_TRANSITIONS,
  type EditionTransitionName,
  type TranslationTransitionName,
} from "./workflow";

// Every move that exists from each state, people's and the system's.
const MOVES: Record<EditionState, readonly EditionTransitionName[]> = {
  DRAFT: ["submit", "forcePublish", "publishOnImport"],
  SUBMITTED: ["recall", "reject", "publish", "forcePublish", "schedule", "embargo"],
  SCHEDULED: ["unschedule", "publishScheduled", "extendEmbargo", "liftEmbargo"],
  PUBLISHED: ["withdraw", "supersede"],
  SUPERSEDED: [],
  WITHDRAWN: ["unwithdraw", "supersede"],
};

const TRANSITION_NAMES = EDITION_TRANSITIONS.map((transition) => transition.name);

describe("edition states", () => {
  it("labels every state the way the newsroom says it", () => {
    expect(EDITION_STATE_LABELS).toEqual({
      DRAFT: "draft",
      SUBMITTED: "submitted for review",
      SCHEDULED: "scheduled",
      PUBLISHED: "published",
      SUPERSEDED: "superseded",
      WITHDRAWN: "withdrawn",
    });
  });

  it("groups states by what readers and editors see", () => {
    expect(PRE_PUBLICATION).toEqual(["DRAFT", "SUBMITTED", "SCHEDULED"]);
    expect(IN_PROGRESS).toEqual(PRE_PUBLICATION);
    expect(PUBLICLY_VISIBLE).toEqual(["PUBLISHED", "WITHDRAWN"]);
    expect(LISTED).toEqual(["PUBLISHED"]);
    expect(EDITABLE).toEqual(["DRAFT", "SUBMITTED"]);
    expect(TRANSLATABLE).toEqual(["DRAFT", "SUBMITTED", "SCHEDULED", "PUBLISHED"]);
  });

  it("keeps pre-publication and publicly visible apart, and lists only what is visible", () => {
    for (const state of PRE_PUBLICATION) expect(PUBLICLY_VISIBLE).not.toContain(state);
    for (const state of LISTED) expect(PUBLICLY_VISIBLE).toContain(state);
  });
});

/** Every move that exists from a state, people's and the system's. */
const transitionsFrom = (from: EditionState) => EDITION_TRANSITIONS.filter((transition) => (transition.from as readonly EditionState[]).includes(from));

describe("edition transitions", () => {
  it.each(EDITION_STATES.flatMap((state) => TRANSITION_NAMES.map((name) => [state, name] as const)))(
    "from %s, %s exists only where the table says",
    (state, name) => {
      expect(checkTransition(name, state).ok).toBe(MOVES[state].includes(name));
    },
  );

  it("lists the moves from each state", () => {
    for (const state of EDITION_STATES) {
      expect(transitionsFrom(state).map((transition) => transition.name).sort()).toEqual([...MOVES[state]].sort());
    }
  });

  it("gives the states each move leads to", () => {
    expect(Object.fromEntries(EDITION_TRANSITIONS.map((transition) => [transition.name, transition.to]))).toEqual({
      submit: "SUBMITTED",
      recall: "DRAFT",
      reject: "DRAFT",
      publish: "PUBLISHED",
      forcePublish: "PUBLISHED",
      schedule: "SCHEDULED",
      unschedule: "SUBMITTED",
      withdraw: "WITHDRAWN",
      unwithdraw: "PUBLISHED",
      publishScheduled: "PUBLISHED",
      publishOnImport: "PUBLISHED",
      supersede: "SUPERSEDED",
      embargo: "SCHEDULED",
      extendEmbargo: "SCHEDULED",
      liftEmbargo: "PUBLISHED",
    });
  });

  it("explains a refused move in words an editor reads", () => {
    expect(checkTransition("publish", "DRAFT")).toEqual({
      ok: false,
      reason: "An edition that is draft cannot be published.",
    });
    expect(checkTransition("withdraw", "SUBMITTED")).toEqual({
      ok: false,
      reason: "An edition that is submitted for review cannot be withdrawn.",
    });
    expect(checkTransition("unwithdraw", "PUBLISHED")).toEqual({
      ok: false,
      reason: "An edition that is published cannot have its withdrawal undone.",
    });
    expect(checkTransition("submit", "DRAFT")).toEqual({ ok: true });
  });

  it("asks for a comment to reject, a reason to withdraw or force publish, and a time to schedule", () => {
    const needs = Object.fromEntries(
      EDITION_TRANSITIONS.map((transition) => [
        transition.name,
        "needsReason" in transition ? transition.needsReason : "needsTime" in transition ? "time" : null,
      ]),
    );
    expect(needs).toEqual({
      submit: null,
      recall: null,
      reject: "comment",
      publish: null,
      forcePublish: "reason",
      schedule: "time",
      unschedule: null,
      withdraw: "reason",
      unwithdraw: null,
      publishScheduled: null,
      publishOnImport: null,
      supersede: null,
      embargo: "time",
      extendEmbargo: "reason",
      liftEmbargo: "reason",
    });
  });

  it("leaves scheduled publishing, publishing an archive page on import and superseding to the system", () => {
    expect(EDITION_TRANSITIONS.filter((transition) => "system" in transition).map((t) => t.name)).toEqual([
      "publishScheduled",
      "publishOnImport",
      "supersede",
    ]);
    expect(USER_TRANSITIONS.map((transition) => transition.name)).toEqual([
      "submit",
      "recall",
      "reject",
      "publish",
      "forcePublish",
      "schedule",
      "unschedule",
      "withdraw",
      "unwithdraw",
      "embargo",
      "extendEmbargo",
      "liftEmbargo",
    ]);
  });

  it("treats an embargo as a schedule with an audience: it enters and leaves SCHEDULED, and extending needs a time too", () => {
    expect(transitionFor("embargo")).toMatchObject({ from: ["SUBMITTED"], to: "SCHEDULED", needsTime: true });
    expect(transitionFor("extendEmbargo")).toMatchObject({ from: ["SCHEDULED"], to: "SCHEDULED", needsTime: true, needsReason: "reason" });
    expect(transitionFor("liftEmbargo")).toMatchObject({ from: ["SCHEDULED"], to: "PUBLISHED", needsReason: "reason" });
  });

  it("never leads from anything readers have seen back to a draft, so a draft was never published", () => {
    const intoDraft = EDITION_TRANSITIONS.filter((transition) => transition.to === "DRAFT");
    expect(intoDraft.flatMap((transition) => transition.from)).toEqual(["SUBMITTED", "SUBMITTED"]);
  });

  it("reaches every state from a draft", () => {
    const reached = new Set<EditionState>(["DRAFT"]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const transition of EDITION_TRANSITIONS) {
        if (transition.from.some((state) => reached.has(state)) && !reached.has(transition.to)) {
          reached.add(transition.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...EDITION_STATES].sort());
  });

  it("ends at superseded", () => {
    expect(transitionsFrom("SUPERSEDED")).toEqual([]);
  });

  it("moves to the next state, and refuses a move that does not exist", () => {
    expect(nextState("schedule", "SUBMITTED")).toBe("SCHEDULED");
    expect(nextState("unschedule", "SCHEDULED")).toBe("SUBMITTED");
    expect(() => nextState("publish", "DRAFT")).toThrow("An edition that is draft cannot be published.");
  });

  it("throws on an unknown transition name", () => {
    expect(() => transitionFor("approve" as EditionTransitionName)).toThrow(/Unknown edition transition/);
  });
});

describe("editing, correcting and deleting", () => {
  it("edits drafts and editions under review, nothing else", () => {
    expect(EDITION_STATES.filter((state) => checkEdit(state).ok)).toEqual(["DRAFT", "SUBMITTED"]);
    expect(checkEdit("SCHEDULED")).toEqual({
      ok: false,
      reason: "An edition that is scheduled cannot be edited; unschedule it first.",
    });
    expect(checkEdit("PUBLISHED")).toEqual({
      ok: false,
      reason: "An edition that is published cannot be edited; start a new edition to correct it.",
    });
  });

  it("corrects published content with a new edition, unless one is already in progress", () => {
    expect(checkCorrection("PUBLISHED", false)).toEqual({ ok: true });
    expect(checkCorrection("PUBLISHED", true)).toEqual({
      ok: false,
      reason: "This document already has an edition in progress; continue that one instead.",
    });
    for (const state of EDITION_STATES.filter((state) => state !== "PUBLISHED")) {
      expect(checkCorrection(state, false).ok).toBe(false);
    }
  });

  it("deletes drafts only; what readers saw is withdrawn instead", () => {
    expect(EDITION_STATES.filter((state) => checkDeletion(state).ok)).toEqual(["DRAFT"]);
    expect(checkDeletion("PUBLISHED")).toEqual({
      ok: false,
      reason: "An edition that is published cannot be deleted; withdraw it instead.",
    });
  });
});

// ─── Who sees which buttons ─────────────────────────────────────────────────────────────────────────────────────

type Relationship = "own" | "last-editor" | "other";

const ME = "me";
const COLLEAGUE = "colleague";

function editionAs(state: EditionState, relationship: Relationship): EditionSubject {
  return {
    type: "edition",
    state,
    createdById: relationship === "own" ? ME : COLLEAGUE,
    lastEditedById: relationship === "other" ? COLLEAGUE : ME,
    hasEditionInProgress: false,
  };
}

function userWith(role: Role): PolicyUser {
  return { id: ME, role, active: true, translatorLocales: role === "TRANSLATOR" ? ["en"] : [] };
}

// own: I created it and saved it last · last-editor: a colleague's, I saved it last · other: a colleague's, they saved it last.
// Buttons appear in the workflow's order.
const BUTTONS: ReadonlyArray<readonly [EditionState, Relationship, string, string]> = [
  ["DRAFT", "own", "ADMIN EDITOR", "submit forcePublish"],
  ["DRAFT", "own", "WRITER", "submit"],
  ["DRAFT", "own", "TRANSLATOR", ""],
  ["DRAFT", "last-editor", "ADMIN EDITOR", "submit forcePublish"],
  ["DRAFT", "last-editor", "WRITER", ""],
  ["DRAFT", "last-editor", "TRANSLATOR", ""],
  ["DRAFT", "other", "ADMIN EDITOR", "submit forcePublish"],
  ["DRAFT", "other", "WRITER", ""],
  ["DRAFT", "other", "TRANSLATOR", ""],
  ["SUBMITTED", "own", "ADMIN EDITOR", "recall reject forcePublish"],
  ["SUBMITTED", "own", "WRITER", "recall"],
  ["SUBMITTED", "own", "TRANSLATOR", ""],
  ["SUBMITTED", "last-editor", "ADMIN EDITOR", "reject forcePublish"],
  ["SUBMITTED", "last-editor", "WRITER", ""],
  ["SUBMITTED", "last-editor", "TRANSLATOR", ""],
  ["SUBMITTED", "other", "ADMIN EDITOR", "reject publish schedule embargo"],
  ["SUBMITTED", "other", "WRITER", ""],
  ["SUBMITTED", "other", "TRANSLATOR", ""],
  ["SCHEDULED", "own", "ADMIN EDITOR", "unschedule"],
  ["SCHEDULED", "own", "WRITER", ""],
  ["SCHEDULED", "own", "TRANSLATOR", ""],
  ["SCHEDULED", "last-editor", "ADMIN EDITOR", "unschedule"],
  ["SCHEDULED", "last-editor", "WRITER", ""],
  ["SCHEDULED", "last-editor", "TRANSLATOR", ""],
  ["SCHEDULED", "other", "ADMIN EDITOR", "unschedule"],
  ["SCHEDULED", "other", "WRITER", ""],
  ["SCHEDULED", "other", "TRANSLATOR", ""],
  ["PUBLISHED", "own", "ADMIN EDITOR", "withdraw"],
  ["PUBLISHED", "own", "WRITER", ""],
  ["PUBLISHED", "own", "TRANSLATOR", ""],
  ["PUBLISHED", "last-editor", "ADMIN EDITOR", "withdraw"],
  ["PUBLISHED", "last-editor", "WRITER", ""],
  ["PUBLISHED", "last-editor", "TRANSLATOR", ""],
  ["PUBLISHED", "other", "ADMIN EDITOR", "withdraw"],
  ["PUBLISHED", "other", "WRITER", ""],
  ["PUBLISHED", "other", "TRANSLATOR", ""],
  ["SUPERSEDED", "own", "ADMIN EDITOR WRITER TRANSLATOR", ""],
  ["SUPERSEDED", "last-editor", "ADMIN EDITOR WRITER TRANSLATOR", ""],
  ["SUPERSEDED", "other", "ADMIN EDITOR WRITER TRANSLATOR", ""],
  ["WITHDRAWN", "own", "ADMIN EDITOR", "unwithdraw"],
  ["WITHDRAWN", "own", "WRITER", ""],
  ["WITHDRAWN", "own", "TRANSLATOR", ""],
  ["WITHDRAWN", "last-editor", "ADMIN EDITOR", "unwithdraw"],
  ["WITHDRAWN", "last-editor", "WRITER", ""],
  ["WITHDRAWN", "last-editor", "TRANSLATOR", ""],
  ["WITHDRAWN", "other", "ADMIN EDITOR", "unwithdraw"],
  ["WITHDRAWN", "other", "WRITER", ""],
  ["WITHDRAWN", "other", "TRANSLATOR", ""],
];

const ROWS = BUTTONS.flatMap(([state, relationship, roles, buttons]) =>
  roles.split(" ").map((role) => [state, relationship, role as Role, buttons] as const),
);

describe("the workflow buttons each person sees", () => {
  it.each(ROWS)("%s, %s: %s sees [%s]", (state, relationship, role, buttons) => {
    const names = availableTransitions(userWith(role), editionAs(state, relationship)).map((t) => t.name);
    expect(names.join(" ")).toBe(buttons);
  });

  it("covers every state, relationship and role exactly once", () => {
    const keys = ROWS.map(([state, relationship, role]) => `${state}/${relationship}/${role}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(EDITION_STATES.length * 3 * 4);
  });

  it("offers extending and lifting for an embargoed edition instead of unscheduling; lifting to someone else than the last editor", () => {
    const embargoed = (relationship: Relationship) => ({ ...editionAs("SCHEDULED", relationship), embargoed: true });
    const names = (role: Role, relationship: Relationship) => availableTransitions(userWith(role), embargoed(relationship)).map((t) => t.name).join(" ");
    expect(names("EDITOR", "other")).toBe("extendEmbargo liftEmbargo");
    expect(names("ADMIN", "other")).toBe("extendEmbargo liftEmbargo");
    expect(names("EDITOR", "last-editor")).toBe("extendEmbargo");
    expect(names("WRITER", "own")).toBe("");
    expect(names("TRANSLATOR", "other")).toBe("");
  });

  it("offers nothing to someone signed out or deactivated", () => {
    for (const state of EDITION_STATES) {
      expect(availableTransitions(null, editionAs(state, "other"))).toEqual([]);
      const deactivated: PolicyUser = { id: ME, role: "ADMIN", active: false, translatorLocales: [] };
      expect(availableTransitions(deactivated, editionAs(state, "own"))).toEqual([]);
    }
  });

  it("never offers a system move", () => {
    for (const [state, relationship, role] of ROWS) {
      for (const transition of availableTransitions(userWith(role), editionAs(state, relationship))) {
        expect("system" in transition).toBe(false);
      }
    }
  });
});

// ─── Translations ───────────────────────────────────────────────────────────────────────────────────────────────

const TRANSLATION_MOVES: Record<TranslationState, readonly TranslationTransitionName[]> = {
  NOT_STARTED: ["start"],
  IN_PROGRESS: ["submit"],
  SUBMITTED: ["reject", "publish"],
  PUBLISHED: ["revise"],
};

describe("translation workflow", () => {
  it.each(
    TRANSLATION_STATES.flatMap((state) =>
      TRANSLATION_TRANSITIONS.map((transition) => [state, transition.name] as const),
    ),
  )("from %s, %s exists only where the table says", (state, name) => {
    expect(checkTranslationTransition(name, state).ok).toBe(TRANSLATION_MOVES[state].includes(name));
  });

  it("goes not started → in progress → submitted → published, and back to in progress to revise", () => {
    expect(Object.fromEntries(TRANSLATION_TRANSITIONS.map((transition) => [transition.name, transition.to]))).toEqual({
      start: "IN_PROGRESS",
      revise: "IN_PROGRESS",
      submit: "SUBMITTED",
      reject: "IN_PROGRESS",
      publish: "PUBLISHED",
    });
  });

  it("explains a refused move", () => {
    expect(checkTranslationTransition("publish", "IN_PROGRESS")).toEqual({
      ok: false,
      reason: "A translation that is in progress cannot be published.",
    });
  });

  it("starts or reopens a translation by saving it, and keeps one under review under review", () => {
    expect(translationStateAfterSave("NOT_STARTED")).toBe("IN_PROGRESS");
    expect(translationStateAfterSave("IN_PROGRESS")).toBe("IN_PROGRESS");
    expect(translationStateAfterSave("PUBLISHED")).toBe("IN_PROGRESS");
    expect(translationStateAfterSave("SUBMITTED")).toBe("SUBMITTED");
  });

  it("translates editions in progress or published, not history", () => {
    expect(EDITION_STATES.filter((state) => checkTranslatable(state).ok)).toEqual([...TRANSLATABLE]);
    expect(checkTranslatable("SUPERSEDED")).toEqual({
      ok: false,
      reason: "An edition that is superseded cannot be translated.",
    });
  });
});

describe("how an edition begins", () => {
  it("begins as a draft, except an archive page imported as already published", () => {
    const notDraft = Object.entries(EDITION_ORIGINS).filter(([, state]) => state !== "DRAFT");
    expect(notDraft).toEqual([["importAsPublished", "PUBLISHED"]]);
  });

  it("takes an archive page imported as published live by a move of the table, from the draft every edition begins as", () => {
    expect(nextState("publishOnImport", EDITION_ORIGINS.importAsDraft)).toBe(EDITION_ORIGINS.importAsPublished);
  });
});
