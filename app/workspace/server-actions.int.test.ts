import { readdirSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import sharp from "sharp";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EditionState, Role } from "@/lib/db/generated/enums";
import { installDatabase } from "@/lib/db";
import { isDefinedAction, type ActionResult, type DefinedAction, type PermissionRequest } from "@/lib/actions/define-action";
import type { ActionInput } from "@/lib/actions/form-input";
import { setRequestContextForTests } from "@/lib/actions/request-context";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { explain, type Action, type Decision, type EditionSubject } from "@/lib/auth/policy";
import { utcToOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";

/*
 * Every server action in app/**\/actions.ts, called as every kind of caller, must refuse exactly what the policy
 * refuses: the server decides, whatever the UI shows. Actions are called directly, as a forged POST would reach them,
 * with the session faked per caller. A refused call must also leave no trace (no audit event, no change).
 *
 * A new action fails this test until it has a case below: give it valid input and the permission it must ask.
 */

// ─── Every action in the app ────────────────────────────────────────────────────────────────────────────────────

const APP = join(process.cwd(), "app");

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(path);
    return entry.name === "actions.ts" ? [path] : [];
  });
}

type Found = { file: string; exportName: string; action: DefinedAction<unknown> };

async function allActions(): Promise<{ found: Found[]; strays: string[] }> {
  const found: Found[] = [];
  const strays: string[] = [];
  for (const path of actionFiles(APP)) {
    const exports = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      const file = relative(process.cwd(), path);
      if (isDefinedAction(value)) found.push({ file, exportName, action: value });
      else strays.push(`${file}#${exportName}`);
    }
  }
  return { found, strays };
}

// ─── Who calls ──────────────────────────────────────────────────────────────────────────────────────────────────

const CALLERS = ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR", "deactivated", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

const PASSWORD = "Current-password-2026";

/** What a case's `arrange` made for this call: a document and its edition, a revision, a taxonomy entry. */
type Fixture = {
  documentId: string;
  editionId: string;
  lockVersion: number;
  slug: string;
  revisionId: string;
  entityId: string;
  /** A translation of the edition, and the ids of the original's blocks it translates. */
  localizationId: string;
  blockIds: string[];
  /** The edition as the policy sees it. */
  subject: EditionSubject;
  /** A photo made for this call (the library refuses a file it already holds). */
  file: File | null;
  mediaId: string;
};

/** Fresh rows for each call: the caller and an account to act on, so one call's change never decides the next. */
type World = { caller: CurrentUser | null; target: CurrentUser; inactiveTarget: CurrentUser; fixture: Fixture };

type Case = {
  action: string;
  description: string;
  /** Rows the call acts on, made fresh for each call (an edition in the state the action needs, say). */
  arrange?: (world: Omit<World, "fixture">) => Promise<Partial<Fixture>>;
  /** Valid input, so that only the permission can stand in the way. */
  input: (world: World) => ActionInput;
  /** What the action must ask the policy. */
  permission: (world: World) => PermissionRequest;
};

const subject = (user: CurrentUser) => ({ type: "user" as const, id: user.id, role: user.role, active: user.active });
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++sequence}`;

// ─── The editorial desk's rows (arranged through the database, set by beforeAll) ────────────────────────────────

let arrangeWith: PrismaClient;

const BODY = [
  { id: "block-one", kind: "numbered", text: "The Minister of Foreign Affairs met the ambassadors of five countries." },
  { id: "block-two", kind: "numbered", text: "Both sides agreed to keep in close contact." },
];

/** A press release whose only edition is in `state`, started and last changed by the people given. */
async function edition(state: EditionState, people: { createdBy: CurrentUser; lastEditedBy?: CurrentUser }): Promise<Partial<Fixture>> {
  const prisma = arrangeWith;
  const live = state === "PUBLISHED" || state === "WITHDRAWN";
  const slug = unique("release");
  const lastEditedBy = people.lastEditedBy ?? people.createdBy;
  const document = await prisma.document.create({
    data: { kind: "PRESS_RELEASE", slug, originalLocale: "en", createdById: people.createdBy.id, firstPublishedAt: live ? new Date() : null },
    select: { id: true },
  });
  const row = await prisma.edition.create({
    data: {
      documentId: document.id,
      number: 1,
      state,
      publicDate: new Date(Date.UTC(2026, 0, 5)),
      scheduledAt: state === "SCHEDULED" ? new Date(Date.now() + 86_400_000) : null,
      publishedAt: live ? new Date() : null,
      withdrawnAt: state === "WITHDRAWN" ? new Date() : null,
      withdrawalReason: state === "WITHDRAWN" ? "Superseded by events." : null,
      createdById: people.createdBy.id,
      lastEditedById: lastEditedBy.id,
    },
    select: { id: true, lockVersion: true },
  });
  const localization = await prisma.localization.create({
    data: { editionId: row.id, locale: "en", isOriginal: true, title: `Release ${slug}`, summary: "", body: BODY, publishedAt: live ? new Date() : null },
    select: { id: true },
  });
  const revision = await prisma.revision.create({
    data: { localizationId: localization.id, number: 1, title: `Release ${slug}`, summary: "", body: BODY, authorId: people.createdBy.id },
    select: { id: true },
  });
  return {
    documentId: document.id,
    editionId: row.id,
    lockVersion: row.lockVersion,
    slug,
    revisionId: revision.id,
    subject: { type: "edition", state, createdById: people.createdBy.id, lastEditedById: lastEditedBy.id, hasEditionInProgress: false },
  };
}

/** A writer's draft with a review note on its second block by someone no longer on the desk (no author). */
async function reviewNote(createdBy: CurrentUser, resolved: boolean): Promise<Partial<Fixture>> {
  const made = await edition("DRAFT", { createdBy });
  const note = await arrangeWith.reviewNote.create({
    data: { editionId: made.editionId!, locale: "en", blockId: "block-two", body: "Which five countries?", resolvedAt: resolved ? new Date() : null },
    select: { id: true },
  });
  return { ...made, entityId: note.id };
}

/** A press list with one journalist on it. */
function pressList() {
  return arrangeWith.pressList.create({
    data: { name: unique("press-list"), contacts: { create: { name: "Ben Writer", email: `${unique("ben")}@wire.example` } } },
    select: { id: true, contacts: { select: { id: true } } },
  });
}

/** A submitted edition someone else put under embargo (the caller neither wrote it nor changed it last). */
async function embargoed(createdBy: CurrentUser): Promise<Partial<Fixture>> {
  const fixture = await edition("SCHEDULED", { createdBy });
  await arrangeWith.embargo.create({
    data: {
      editionId: fixture.editionId!,
      pressLists: ["Wires"],
      recipients: { create: { name: "Ben Writer", email: `${unique("ben")}@wire.example`, tokenHash: unique("hash") } },
    },
  });
  return { ...fixture, subject: { ...fixture.subject!, embargoed: true } };
}

/** The caller's own work where they have a user (a writer's own draft); the target writer's otherwise. */
const own = ({ caller, target }: Omit<World, "fixture">) => caller ?? target;
const editionSubject = ({ fixture }: World) => fixture.subject;

/** A page as copied from a ministry's site, different on every call (importing the same page twice changes nothing). */
function copiedPage(): string {
  const mark = unique("page");
  return [
    "Ministry of Foreign Affairs",
    "",
    `Kazakhstan and Korea Discuss Trade Cooperation ${mark}`,
    "",
    "Published: 14 March 2023",
    "",
    `Astana, 14 March 2023 – The Deputy Minister of Foreign Affairs met the Ambassador of the Republic of Korea to discuss trade (${mark}).`,
    "",
    "The sides noted the steady growth of bilateral trade and discussed joint projects in energy and infrastructure.",
  ].join("\n");
}

let countryCodes = 0;
/** Two letters no other country in this run has (the code is unique). */
function countryCode(): string {
  const n = ++countryCodes;
  return String.fromCharCode(65 + (Math.floor(n / 26) % 26)) + String.fromCharCode(65 + (n % 26));
}

async function entity(kind: "country" | "person" | "organisation" | "topic" | "event"): Promise<Partial<Fixture>> {
  const names = { en: unique(kind) };
  switch (kind) {
    case "country":
      return { entityId: (await arrangeWith.country.create({ data: { code: countryCode(), names }, select: { id: true } })).id };
    case "person":
      return { entityId: (await arrangeWith.person.create({ data: { names }, select: { id: true } })).id };
    case "organisation":
      return { entityId: (await arrangeWith.organisation.create({ data: { slug: unique("organisation"), names }, select: { id: true } })).id };
    case "topic":
      return { entityId: (await arrangeWith.topic.create({ data: { slug: unique("topic"), names }, select: { id: true } })).id };
    case "event":
      return { entityId: (await arrangeWith.event.create({ data: { slug: unique("event"), names }, select: { id: true } })).id };
  }
}

function taxonomyCases(kind: "country" | "person" | "organisation" | "topic" | "event", fields: () => ActionInput): Case[] {
  return [
    { action: `taxonomy.${kind}.create`, description: `add a ${kind}`, input: fields, permission: () => ["taxonomy.manage"] },
    {
      action: `taxonomy.${kind}.update`,
      description: `change a ${kind}`,
      arrange: () => entity(kind),
      input: ({ fixture }) => ({ id: fixture.entityId, ...fields() }),
      permission: () => ["taxonomy.manage"],
    },
    {
      action: `taxonomy.${kind}.delete`,
      description: `delete a ${kind} no document uses`,
      arrange: () => entity(kind),
      input: ({ fixture }) => ({ id: fixture.entityId }),
      permission: () => ["taxonomy.manage"],
    },
  ];
}

let photoSeed = 0;

/** A small PNG no other call has uploaded. */
async function uniquePhoto(): Promise<Buffer> {
  photoSeed++;
  return sharp({ create: { width: 4, height: 3, channels: 3, background: { r: photoSeed % 256, g: (photoSeed >> 8) % 256, b: process.pid % 256 } } })
    .png()
    .toBuffer();
}

/** A photo in the library, uploaded by `uploadedById`, its words in Korean. */
async function mediaRow(uploadedById: string): Promise<string> {
  const hash = unique("hash").padEnd(64, "0");
  const row = await arrangeWith.mediaAsset.create({
    data: {
      kind: "IMAGE",
      contentHash: hash,
      storageKey: `originals/${hash}.png`,
      mimeType: "image/png",
      fileName: "meeting.png",
      byteSize: 100,
      width: 4,
      height: 3,
      textLocale: "ko",
      texts: { ko: { alt: "악수하는 두 장관" } },
      uploadedById,
    },
    select: { id: true },
  });
  return row.id;
}

/** The edition form as the browser sends it, with a changed title (a save that changes nothing records nothing). */
function editionForm({ fixture }: World): ActionInput {
  return {
    editionId: fixture.editionId,
    lockVersion: String(fixture.lockVersion),
    slug: fixture.slug,
    title: `Changed ${unique("title")}`,
    summary: "",
    publicDate: "2026-01-05",
    body: JSON.stringify(BODY),
    interviewee: "",
    outlet: "",
    sourceUrl: "",
  };
}

const inOfficeTime = (offsetMs: number) => utcToOfficeTime(new Date(Date.now() + offsetMs), env().CHANCERY_TIME_ZONE);

/** A published Korean release, with its English translation in `state` when given. */
function translation(state?: "IN_PROGRESS" | "SUBMITTED") {
  return async (): Promise<Partial<Fixture>> => {
    const made = await createTranslationFixture(arrangeWith, { translation: state });
    return { documentId: made.documentId, editionId: made.editionId, localizationId: made.localizationId ?? "", blockIds: made.blockIds };
  };
}

const englishTranslation = (state: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED") =>
  ({ type: "translation", locale: "en", originalLocale: "ko", state, editionState: "PUBLISHED" }) as const;

const CASES: Case[] = [
  {
    action: "user.create",
    description: "create an account",
    input: () => ({ name: "New Colleague", email: `${unique("new")}@mofa.example`, role: "WRITER", translatorLocales: [] }),
    permission: () => ["user.manage"],
  },
  {
    action: "user.update",
    description: "change someone's details",
    input: ({ target }) => ({ userId: target.id, name: "Renamed Colleague", translatorLocales: [] }),
    permission: () => ["user.manage"],
  },
  {
    action: "user.changeRole",
    description: "change someone's role",
    input: ({ target }) => ({ userId: target.id, role: "EDITOR" }),
    permission: ({ target }) => ["user.changeRole", subject(target)],
  },
  {
    action: "user.changeRole",
    description: "change their own role",
    input: ({ caller, target }) => ({ userId: (caller ?? target).id, role: "TRANSLATOR" }),
    permission: ({ caller, target }) => ["user.changeRole", subject(caller ?? target)],
  },
  {
    action: "user.deactivate",
    description: "deactivate someone",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.deactivate", subject(target)],
  },
  {
    action: "user.deactivate",
    description: "deactivate themselves",
    input: ({ caller, target }) => ({ userId: (caller ?? target).id }),
    permission: ({ caller, target }) => ["user.deactivate", subject(caller ?? target)],
  },
  {
    action: "user.reactivate",
    description: "reactivate someone",
    input: ({ inactiveTarget }) => ({ userId: inactiveTarget.id }),
    permission: ({ inactiveTarget }) => ["user.reactivate", subject(inactiveTarget)],
  },
  {
    action: "user.reactivate",
    description: "reactivate an active account",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.reactivate", subject(target)],
  },
  {
    action: "user.resetPassword",
    description: "reset someone's password",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.resetPassword", subject(target)],
  },
  {
    action: "translation.start",
    description: "start a translation",
    arrange: translation(),
    input: ({ fixture }) => ({ editionId: fixture.editionId, locale: "en" }),
    permission: () => ["translation.edit", englishTranslation("NOT_STARTED")],
  },
  {
    action: "translation.save",
    description: "save a translation",
    arrange: translation("IN_PROGRESS"),
    input: ({ fixture }) => ({
      localizationId: fixture.localizationId,
      lockVersion: 1,
      title: "Korea and Azerbaijan hold their 3rd policy consultation",
      summary: "",
      blocks: fixture.blockIds.map((sourceId, index) => ({ sourceId, text: `Paragraph ${index + 1}, retranslated.` })),
      translationKind: "OFFICIAL",
      translatorCredit: "Translated by the Press Office",
    }),
    permission: () => ["translation.edit", englishTranslation("IN_PROGRESS")],
  },
  {
    action: "translation.submit",
    description: "submit a translation for review",
    arrange: translation("IN_PROGRESS"),
    input: ({ fixture }) => ({ localizationId: fixture.localizationId, lockVersion: 1 }),
    permission: () => ["translation.submit", englishTranslation("IN_PROGRESS")],
  },
  {
    action: "translation.reject",
    description: "send a translation back with a comment",
    arrange: translation("SUBMITTED"),
    input: ({ fixture }) => ({ localizationId: fixture.localizationId, comment: "Paragraph 2 reads “commended”; the original says “evaluated”." }),
    permission: () => ["translation.reject", englishTranslation("SUBMITTED")],
  },
  {
    action: "translation.publish",
    description: "publish a translation",
    arrange: translation("SUBMITTED"),
    input: ({ fixture }) => ({ localizationId: fixture.localizationId }),
    permission: () => ["translation.publish", englishTranslation("SUBMITTED")],
  },
  {
    action: "taxonomy.translateNames",
    description: "name a document's tag in English",
    arrange: async () => ({ ...(await translation()()), ...(await entity("country")) }),
    input: ({ fixture }) => ({
      documentId: fixture.documentId,
      locale: "en",
      entries: JSON.stringify([{ type: "country", id: fixture.entityId, name: unique("Country") }]),
    }),
    permission: () => ["taxonomy.translateNames", { type: "taxonomyName", locale: "en" }],
  },
  // The media library (app/workspace/media) and its translation from the workspace.
  {
    action: "media.upload",
    description: "upload a photo",
    arrange: async () => ({ file: new File([new Uint8Array(await uniquePhoto())], "meeting.png", { type: "image/png" }) }),
    input: ({ fixture }) => ({ file: fixture.file!, textLocale: "ko", alt: "Two ministers shake hands" }),
    permission: () => ["media.upload"],
  },
  {
    action: "media.update",
    description: "change a colleague's photo caption",
    arrange: async ({ target }) => ({ mediaId: await mediaRow(target.id) }),
    input: ({ fixture }) => ({ mediaId: fixture.mediaId, caption: unique("Caption") }),
    permission: ({ target }) => ["media.edit", { type: "media", uploadedById: target.id }],
  },
  {
    action: "media.translate",
    description: "translate a photo caption into English",
    arrange: async ({ target }) => ({ mediaId: await mediaRow(target.id) }),
    input: ({ fixture }) => ({ documentId: "document", locale: "en", [`media.${fixture.mediaId}.caption`]: unique("Caption") }),
    permission: () => ["media.translate", { type: "mediaText", locale: "en" }],
  },
  {
    action: "account.changePassword",
    description: "choose their own password",
    input: () => ({ currentPassword: PASSWORD, newPassword: "A-brand-new-passphrase-9", confirmPassword: "A-brand-new-passphrase-9" }),
    permission: () => ["workspace.access"],
  },

  // The editorial desk (app/workspace/documents, app/workspace/import, app/workspace/taxonomy).
  {
    action: "document.create",
    description: "start a press release",
    input: () => ({ kind: "PRESS_RELEASE", title: `A new release ${unique("title")}`, slug: "", summary: "", publicDate: "2026-01-05", body: JSON.stringify(BODY) }),
    permission: () => ["document.create"],
  },
  {
    action: "document.createFromPage",
    description: "start a draft from a copied page",
    input: () => ({ pageText: copiedPage(), fileName: "copied.txt" }),
    permission: () => ["document.create"],
  },
  {
    action: "document.import",
    description: "import a page",
    input: () => ({ pages: JSON.stringify([{ name: "copied.txt", text: copiedPage() }]), mode: "import" }),
    permission: () => ["document.import"],
  },
  {
    action: "edition.save",
    description: "save their own draft",
    arrange: (world) => edition("DRAFT", { createdBy: own(world) }),
    input: editionForm,
    permission: (world) => ["edition.edit", editionSubject(world)],
  },
  {
    action: "edition.save",
    description: "save a writer's draft",
    arrange: ({ target }) => edition("DRAFT", { createdBy: target }),
    input: editionForm,
    permission: (world) => ["edition.edit", editionSubject(world)],
  },
  {
    action: "edition.submit",
    description: "submit their own draft",
    arrange: (world) => edition("DRAFT", { createdBy: own(world) }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, lockVersion: String(fixture.lockVersion) }),
    permission: (world) => ["edition.submit", editionSubject(world)],
  },
  {
    action: "edition.sharePreview",
    description: "make a preview link for a writer's draft",
    arrange: ({ target }) => edition("DRAFT", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, days: "3" }),
    permission: (world) => ["edition.sharePreview", editionSubject(world)],
  },
  {
    action: "edition.revokePreview",
    description: "revoke a preview link",
    arrange: async ({ target }) => {
      const made = await edition("DRAFT", { createdBy: target });
      const link = await arrangeWith.previewLink.create({ data: { editionId: made.editionId!, expiresAt: new Date(Date.now() + 86_400_000) }, select: { id: true } });
      return { ...made, entityId: link.id };
    },
    input: ({ fixture }) => ({ linkId: fixture.entityId }),
    permission: (world) => ["edition.revokePreview", editionSubject(world)],
  },
  {
    action: "note.add",
    description: "write a review note on ¶2 of a writer's draft",
    arrange: ({ target }) => edition("DRAFT", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, locale: "en", blockId: "block-two", body: "Which five countries?" }),
    permission: (world) => ["note.add", editionSubject(world)],
  },
  {
    action: "note.add",
    description: "write a review note on a block of the English translation",
    arrange: translation("IN_PROGRESS"),
    input: ({ fixture }) => ({ editionId: fixture.editionId, locale: "en", blockId: fixture.blockIds[1], body: "“Commended” or “evaluated”?" }),
    permission: () => ["note.add", englishTranslation("IN_PROGRESS")],
  },
  {
    action: "note.resolve",
    description: "resolve a colleague's note on a writer's draft",
    arrange: ({ target }) => reviewNote(target, false),
    input: ({ fixture }) => ({ noteId: fixture.entityId }),
    permission: (world) => ["note.resolve", { type: "reviewNote", authorId: null, resolved: false, on: editionSubject(world) }],
  },
  {
    action: "note.reopen",
    description: "reopen a resolved note on a writer's draft",
    arrange: ({ target }) => reviewNote(target, true),
    input: ({ fixture }) => ({ noteId: fixture.entityId }),
    permission: (world) => ["note.reopen", { type: "reviewNote", authorId: null, resolved: true, on: editionSubject(world) }],
  },
  {
    action: "edition.approveRetrospective",
    description: "approve another editor's force publication after review",
    arrange: async ({ target }) => {
      const made = await edition("PUBLISHED", { createdBy: target });
      const review = await arrangeWith.retrospectiveReview.create({
        data: { editionId: made.editionId!, forcedById: target.id, reason: "Urgent statement.", dueAt: new Date(Date.now() + 86_400_000) },
        select: { id: true },
      });
      return { ...made, entityId: review.id };
    },
    input: ({ fixture }) => ({ reviewId: fixture.entityId, note: "Checked." }),
    permission: ({ target }) => ["edition.approveRetrospective", { type: "retrospectiveReview", forcedById: target.id, approved: false }],
  },
  {
    action: "notification.markRead",
    description: "mark their notifications read",
    input: () => ({}),
    permission: () => ["workspace.access"],
  },
  {
    action: "edition.recall",
    description: "withdraw their own submission",
    arrange: (world) => edition("SUBMITTED", { createdBy: own(world) }),
    input: ({ fixture }) => ({ editionId: fixture.editionId }),
    permission: (world) => ["edition.recall", editionSubject(world)],
  },
  {
    action: "edition.reject",
    description: "send a submitted edition back",
    arrange: ({ target }) => edition("SUBMITTED", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, comment: "Please check the date in paragraph 2." }),
    permission: (world) => ["edition.reject", editionSubject(world)],
  },
  {
    action: "edition.publish",
    description: "publish a writer's submitted edition",
    arrange: ({ target }) => edition("SUBMITTED", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, lockVersion: String(fixture.lockVersion) }),
    permission: (world) => ["edition.publish", editionSubject(world)],
  },
  {
    action: "edition.publish",
    description: "publish what they changed last",
    arrange: (world) => edition("SUBMITTED", { createdBy: world.target, lastEditedBy: own(world) }),
    input: ({ fixture }) => ({ editionId: fixture.editionId }),
    permission: (world) => ["edition.publish", editionSubject(world)],
  },
  {
    action: "edition.forcePublish",
    description: "force publish a draft, giving a reason",
    arrange: ({ target }) => edition("DRAFT", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, reason: "The minister's statement must go out before the briefing." }),
    permission: (world) => ["edition.forcePublish", editionSubject(world)],
  },
  {
    action: "edition.schedule",
    description: "schedule a submitted edition",
    arrange: ({ target }) => edition("SUBMITTED", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, publishAt: inOfficeTime(2 * 86_400_000) }),
    permission: (world) => ["edition.schedule", editionSubject(world)],
  },
  {
    action: "edition.unschedule",
    description: "unschedule an edition",
    arrange: ({ target }) => edition("SCHEDULED", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId }),
    permission: (world) => ["edition.unschedule", editionSubject(world)],
  },
  {
    action: "edition.embargo",
    description: "put a submitted edition under embargo to a press list",
    arrange: async ({ target }) => ({ ...(await edition("SUBMITTED", { createdBy: target })), entityId: (await pressList()).id }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, embargoUntil: inOfficeTime(2 * 86_400_000), pressListIds: [fixture.entityId] }),
    permission: (world) => ["edition.embargo", editionSubject(world)],
  },
  {
    action: "edition.extendEmbargo",
    description: "extend an embargo",
    arrange: ({ target }) => embargoed(target),
    input: ({ fixture }) => ({ editionId: fixture.editionId, embargoUntil: inOfficeTime(3 * 86_400_000), reason: "The summit moved." }),
    permission: (world) => ["edition.extendEmbargo", editionSubject(world)],
  },
  {
    action: "edition.liftEmbargo",
    description: "lift an embargo",
    arrange: ({ target }) => embargoed(target),
    input: ({ fixture }) => ({ editionId: fixture.editionId, reason: "Announced early by the other side." }),
    permission: (world) => ["edition.liftEmbargo", editionSubject(world)],
  },
  {
    action: "pressList.create",
    description: "create a press list",
    input: () => ({ name: unique("list") }),
    permission: () => ["pressList.manage"],
  },
  {
    action: "pressList.delete",
    description: "delete a press list",
    arrange: async () => ({ entityId: (await pressList()).id }),
    input: ({ fixture }) => ({ id: fixture.entityId }),
    permission: () => ["pressList.manage"],
  },
  {
    action: "pressList.addContact",
    description: "add a journalist to a press list",
    arrange: async () => ({ entityId: (await pressList()).id }),
    input: ({ fixture }) => ({ listId: fixture.entityId, name: "Ana Reporter", email: `${unique("ana")}@daily.example`, outlet: "The Daily" }),
    permission: () => ["pressList.manage"],
  },
  {
    action: "pressList.removeContact",
    description: "remove a journalist from a press list",
    arrange: async () => ({ entityId: (await pressList()).contacts[0]!.id }),
    input: ({ fixture }) => ({ id: fixture.entityId }),
    permission: () => ["pressList.manage"],
  },
  {
    action: "edition.withdraw",
    description: "withdraw a published edition",
    arrange: ({ target }) => edition("PUBLISHED", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, reason: "Published in error." }),
    permission: (world) => ["edition.withdraw", editionSubject(world)],
  },
  {
    action: "edition.unwithdraw",
    description: "undo a withdrawal",
    arrange: ({ target }) => edition("WITHDRAWN", { createdBy: target }),
    input: ({ fixture }) => ({ editionId: fixture.editionId }),
    permission: (world) => ["edition.unwithdraw", editionSubject(world)],
  },
  {
    action: "edition.correct",
    description: "start a correction of their own published release",
    arrange: (world) => edition("PUBLISHED", { createdBy: own(world) }),
    input: ({ fixture }) => ({ documentId: fixture.documentId, changeType: "MAJOR", changeNote: "Corrected the date of the meeting." }),
    permission: (world) => ["edition.correct", editionSubject(world)],
  },
  {
    action: "edition.delete",
    description: "delete their own draft",
    arrange: (world) => edition("DRAFT", { createdBy: own(world) }),
    input: ({ fixture }) => ({ editionId: fixture.editionId, lockVersion: String(fixture.lockVersion), confirm: "on" }),
    permission: (world) => ["edition.delete", editionSubject(world)],
  },
  {
    action: "edition.restoreRevision",
    description: "restore a revision of their own draft",
    arrange: (world) => edition("DRAFT", { createdBy: own(world) }),
    input: ({ fixture }) => ({ revisionId: fixture.revisionId, editionId: fixture.editionId, lockVersion: String(fixture.lockVersion) }),
    permission: (world) => ["revision.restore", editionSubject(world)],
  },
  ...taxonomyCases("country", () => ({ code: countryCode(), "names.en": unique("Country"), "names.ko": "나라" })),
  ...taxonomyCases("person", () => ({ "names.en": unique("Person"), "positions.en": "Minister", countryId: "" })),
  ...taxonomyCases("organisation", () => ({ slug: "", "names.en": unique("Organisation") })),
  ...taxonomyCases("topic", () => ({ slug: "", "names.en": unique("Topic") })),
  ...taxonomyCases("event", () => ({ slug: "", "names.en": unique("Forum"), "places.en": "Seoul", startsOn: "2026-05-01", endsOn: "2026-05-02", parentId: "" })),
];

const NO_FIXTURE: Fixture = {
  documentId: "",
  editionId: "",
  lockVersion: 1,
  slug: "",
  revisionId: "",
  entityId: "",
  localizationId: "",
  blockIds: [],
  subject: { type: "edition", state: "DRAFT", createdById: null, lastEditedById: null, hasEditionInProgress: false },
  file: null,
  mediaId: "",
};

function policySays(caller: CurrentUser | null, request: PermissionRequest): Decision {
  const ask = explain as (user: CurrentUser | null, action: Action, subject?: unknown) => Decision;
  const access = ask(caller, "workspace.access");
  if (!access.allowed) return access;
  const [action, subject] = request as readonly [Action, unknown?];
  return ask(caller, action, subject);
}

describe.each(testBackends())("server actions on %s", (backend) => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let passwordHash: string;
  let actions: Found[];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    installDatabase(database);
    prisma = database.prisma;
    arrangeWith = prisma;
    passwordHash = await hashPassword(PASSWORD);
    setMediaStorageForTests(localStorage(await mkdtemp(join(tmpdir(), "chancery-actions-media-"))));
    actions = (await allActions()).found;
  });
  afterEach(() => setRequestContextForTests(null));
  afterAll(async () => {
    setRequestContextForTests(null);
    setMediaStorageForTests(null);
    await database.close();
  });

  async function person(role: Role, active = true): Promise<CurrentUser> {
    return prisma.user.create({
      data: { email: `${unique(role.toLowerCase())}@mofa.example`, name: `${role} ${sequence}`, role, active, passwordHash, translatorLocales: role === "TRANSLATOR" ? ["en"] : [] },
      select: CURRENT_USER_SELECT,
    });
  }

  async function world(caller: Caller, testCase: Case): Promise<World> {
    const principal = caller === "anonymous" ? null : caller === "deactivated" ? await person("EDITOR", false) : await person(caller);
    const people = { caller: principal, target: await person("WRITER"), inactiveTarget: await person("WRITER", false) };
    const arranged = (await testCase.arrange?.(people)) ?? {};
    return { ...people, fixture: { ...NO_FIXTURE, ...arranged } };
  }

  it("finds every action, and every export of an actions file is a defined action", async () => {
    const { found, strays } = await allActions();
    expect(strays).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    const names = found.map((entry) => entry.action.definition.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a case for every action, and no case for an action that does not exist", () => {
    const names = new Set(actions.map((entry) => entry.action.definition.name));
    const covered = new Set(CASES.map((entry) => entry.action));
    expect([...names].filter((name) => !covered.has(name)), "actions without a case below").toEqual([]);
    expect([...covered].filter((name) => !names.has(name)), "cases for no action").toEqual([]);
  });

  for (const testCase of CASES) {
    describe(`${testCase.action}: ${testCase.description}`, () => {
      it.each(CALLERS)("as %s, is refused exactly when the policy refuses", async (caller) => {
        const found = actions.find((entry) => entry.action.definition.name === testCase.action);
        expect(found, `no action named ${testCase.action}`).toBeDefined();
        const setting = await world(caller, testCase);
        setRequestContextForTests(async () => ({ user: setting.caller, ipAddress: "203.0.113.7" }));
        const decision = policySays(setting.caller, testCase.permission(setting));
        const eventsBefore = await prisma.auditEvent.count();

        let result: ActionResult<unknown> | "redirected";
        try {
          result = await found!.action(testCase.input(setting));
        } catch (error) {
          // A successful action may redirect afterwards (choosing a password sends you to sign in again).
          if (error instanceof Error && error.message === "NEXT_REDIRECT") result = "redirected";
          else throw error;
        }

        if (decision.allowed) {
          expect(result === "redirected" || result.ok, `expected ${testCase.action} to succeed for ${caller}: ${JSON.stringify(result)}`).toBe(true);
          expect(await prisma.auditEvent.count()).toBeGreaterThan(eventsBefore);
        } else {
          expect(result).not.toBe("redirected");
          const refused = result as Exclude<ActionResult<unknown>, { ok: true }>;
          expect(refused).toMatchObject({ ok: false, code: setting.caller ? "forbidden" : "unauthenticated", error: decision.reason });
          expect(await prisma.auditEvent.count(), "a refused call must leave no trace").toBe(eventsBefore);
        }
      });
    });
  }
});
