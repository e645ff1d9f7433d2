"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { checkbox } from "@/lib/actions/form-input";
import { editionAction } from "@/lib/actions/edition-action";
import { revalidateWholeWorkspace, revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import type { Actor } from "@/lib/changes/actor";
import { saveOrConflict } from "@/lib/actions/save-or-conflict";
import { serializeBody } from "@/lib/body/serialize";
import type { Body } from "@/lib/body/schema";
import { correct } from "@/lib/editorial/correct";
import { createDocument } from "@/lib/editorial/create-document";
import { deleteEdition } from "@/lib/editorial/delete-edition";
import { changeNoteSchema, changeTypeSchema } from "@/lib/validation/input-fields";
import { editionMoveInputSchema, forcePublishInputSchema, rejectInputSchema, scheduleInputSchema, withdrawInputSchema } from "@/lib/editorial/document-input";
import { loadCorrectionSubject, loadEditionSubject } from "@/lib/editions/edition-subject";
import { forcePublish } from "@/lib/editorial/force-publish";
import { formatOfficeTime } from "@/lib/time/office-time";
import { publish } from "@/lib/editorial/publish";
import { recall } from "@/lib/editorial/recall";
import { approveRetrospectiveInputSchema, approveRetrospectiveReview, loadRetrospectiveReviewSubject } from "@/lib/editorial/retrospective-review";
import { reject } from "@/lib/editorial/reject";
import { restoreRevision } from "@/lib/editorial/restore-revision";
import { saveEdition, type SaveEditionResult } from "@/lib/editorial/save-edition";
import { schedule } from "@/lib/editorial/schedule";
import { submit } from "@/lib/editorial/submit";
import { unschedule } from "@/lib/editorial/unschedule";
import { unwithdraw } from "@/lib/editorial/unwithdraw";
import { withdraw } from "@/lib/editorial/withdraw";
import { env } from "@/lib/env";
import { parsePage, requireTitle } from "@/lib/import/parse-page";
import { importPage, importWarnings } from "@/lib/import/import-page";
import {
  createPreviewLink,
  createPreviewLinkInputSchema,
  previewLinkEdition,
  revokePreviewLink,
  revokePreviewLinkInputSchema,
} from "@/lib/preview/preview-links";
import { pageSizeProblem } from "@/lib/import/import-limits";
import { createDocumentFormSchema, saveEditionFormSchema, toCreateDocumentInput, toSaveEditionInput } from "./document-form-input";
import { ActionError } from "@/lib/errors";

/*
 * The editorial desk's server actions: creating documents, saving an edition, and every workflow move. Each is a
 * public endpoint: defineAction asks the policy (with the edition as it is now) before the service runs, and the
 * service asks again inside its own transaction. A verb on one edition is one line: `editionAction`.
 */

const documentPath = (documentId: string) => `/workspace/documents/${encodeURIComponent(documentId)}`;

// ─── Creating ───────────────────────────────────────────────────────────────────────────────────────────────────

export const createDocumentAction = defineAction({
  name: "document.create",
  schema: createDocumentFormSchema,
  permission: ["document.create"],
  run: (input, ctx) => createDocument(ctx.user, toCreateDocumentInput(input)),
  after: (result) => {
    revalidateWholeWorkspace();
    redirect(documentPath(result.documentId));
  },
});

/**
 * "Start from an existing page": the pasted text (or the text of a chosen file, read in the browser) goes through
 * the importer's parser, and a draft is created from what it found, for the writer to check and finish. Writers
 * may do this; importing as such (several files, publishing at once) is for editors, on the import page.
 */
export const createFromPageAction = defineAction({
  name: "document.createFromPage",
  schema: z.object({
    pageText: z
      .string({ error: "Paste the page's text, or choose a .txt file." })
      .refine((text) => text.trim().length > 0, { error: "Paste the page's text, or choose a .txt file." })
      .superRefine((text, ctx) => {
        const problem = pageSizeProblem(text);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    fileName: z.string().trim().max(200).optional(),
  }),
  permission: ["document.create"],
  // The importer's service, as the file importer uses it: one duplicate rule, and the page's unofficial-translation
  // mark and view count kept. A page imported before is not made again: the person is taken to it.
  run: async (input, ctx) => {
    const read = parsePage(input.pageText, input.fileName || "pasted page");
    const parsed = read.ok ? requireTitle(read.page) : read;
    if (!parsed.ok) {
      const reason = `This page could not be read: ${parsed.error.message}.`;
      throw new ActionError(reason, { pageText: [reason] });
    }
    const { page } = parsed;
    const outcome = await importPage(page, { publish: false, actor: ctx.user });
    const warnings = importWarnings(page);
    return { documentId: outcome.documentId, title: page.title, warnings, alreadyImported: outcome.status === "unchanged" };
  },
  after: revalidateWholeWorkspace,
  message: (result) => (result.alreadyImported ? "This page was imported before: it is opened instead of being copied." : "Draft created from the page."),
});

// ─── Saving ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** What someone else saved while this person was editing, to show beside their own text. */
export type TheirVersion = {
  message: string;
  lockVersion: number;
  lastEditedBy: string | null;
  updatedAt: Date;
  title: string;
  summary: string;
  body: Body;
  bodyText: string;
  /** "" when undated. */
  publicDate: string;
};

export type SaveOutcome =
  | { outcome: "saved"; lockVersion: number; revisionNumber: number | null; changed: string[]; slug: string }
  | { outcome: "conflict"; theirs: TheirVersion };

type ConflictText = { title: string; summary: string; body: Body; bodyText?: string; publicDate?: string | null };

/**
 * Saves the edition form (autosave and the Save button alike). A save that started from an older version is not an
 * error to hide: it comes back as a conflict carrying the other person's text, and nothing is written.
 */
async function saveOrShowConflict(actor: Actor, input: z.output<typeof saveEditionFormSchema>): Promise<SaveOutcome> {
  const result = await saveOrConflict<SaveEditionResult, ConflictText>(() => saveEdition(actor, toSaveEditionInput(input)));
  if (result.conflict === undefined) {
    const { saved } = result;
    return { outcome: "saved", lockVersion: saved.lockVersion, revisionNumber: saved.revisionNumber, changed: saved.changed, slug: saved.slug };
  }
  const { conflict, message } = result;
  const current = conflict.current;
  return {
    outcome: "conflict",
    theirs: {
      message,
      lockVersion: conflict.lockVersion,
      lastEditedBy: conflict.lastEditedBy?.name ?? null,
      updatedAt: conflict.updatedAt,
      title: current.title,
      summary: current.summary,
      body: current.body,
      bodyText: current.bodyText ?? serializeBody(current.body),
      publicDate: current.publicDate ?? "",
    },
  };
}

export const saveEditionAction = editionAction("edition.edit", saveEditionFormSchema, saveOrShowConflict, undefined, {
  name: "edition.save",
  after: (result) => {
    if (result.outcome === "saved" && result.changed.length > 0) revalidateWholeWorkspace();
  },
});

// ─── Workflow moves ─────────────────────────────────────────────────────────────────────────────────────────────

const move = editionMoveInputSchema;
const confirmedMove = move.extend({ confirm: checkbox().refine((ticked) => ticked, { error: "Tick the box to confirm." }) });
const at = (instant: Date) => formatOfficeTime(instant, env().CHANCERY_TIME_ZONE);

export const submitAction = editionAction("edition.submit", move, submit, "Submitted for review. An editor will publish it or send it back to you.");
export const recallAction = editionAction("edition.recall", move, recall, "Submission withdrawn: it is your draft again. Submit it when it is ready.");
export const rejectAction = editionAction("edition.reject", rejectInputSchema, reject, "Sent back to draft with your comment.");
export const publishAction = editionAction("edition.publish", move, publish, "Published. Readers see it now.");
export const forcePublishAction = editionAction("edition.forcePublish", forcePublishInputSchema, forcePublish, "Published without review. Your reason is on the record (dashboard and audit log).");
export const scheduleAction = editionAction("edition.schedule", scheduleInputSchema, schedule, (result) => `Scheduled: it goes live at ${at(result.scheduledAt)}.`);
export const unscheduleAction = editionAction("edition.unschedule", move, unschedule, "Unscheduled. It is back in the review queue.");
export const withdrawAction = editionAction("edition.withdraw", withdrawInputSchema, withdraw, "Withdrawn. The page stays at its address with the withdrawal notice, and leaves lists and search.");
export const unwithdrawAction = editionAction("edition.unwithdraw", move, unwithdraw, "Withdrawal undone. The page is published again.");
// The service's schema leaves the confirmation box out.
export const deleteEditionAction = editionAction("edition.delete", confirmedMove, deleteEdition, undefined, {
  after: (result) => {
    revalidateWholeWorkspace();
    redirect(result.documentDeleted ? "/workspace/documents?deleted=1" : documentPath(result.documentId));
  },
});

/** A correction starts from the document's live edition, so its subject is found from the document. */
export const correctAction = defineAction({
  name: "edition.correct",
  schema: z.object({ documentId: z.string().trim().min(1).max(64), changeType: changeTypeSchema, changeNote: changeNoteSchema }),
  permission: async (input) => ["edition.correct", await loadCorrectionSubject(input.documentId)],
  run: (input, ctx) => correct(ctx.user, input),
  after: revalidateWholeWorkspace,
  message: (result) => `Edition ${result.number} started as a draft. Readers keep seeing the live edition until this one is published.`,
});

// ─── History ────────────────────────────────────────────────────────────────────────────────────────────────────

const restoreRevisionSchema = z.object({
  revisionId: z.string().trim().min(1).max(64),
  editionId: z.string().trim().min(1).max(64),
  lockVersion: z.coerce.number().int().min(1),
});

export const restoreRevisionAction = editionAction(
  "revision.restore",
  restoreRevisionSchema,
  restoreRevision,
  (result) => `Revision ${result.restoredFrom} restored as revision ${result.revisionNumber}. Nothing in the history was removed.`,
  { name: "edition.restoreRevision" },
);

// ─── Preview links ──────────────────────────────────────────────────────────────────────────────────────────────

export const createPreviewLinkAction = editionAction("edition.sharePreview", createPreviewLinkInputSchema, createPreviewLink, "Preview link made: copy it from the list.", {
  after: (result) => revalidateWorkspace(documentPath(result.documentId)),
});

export const revokePreviewLinkAction = defineAction({
  name: "edition.revokePreview",
  schema: revokePreviewLinkInputSchema,
  permission: async (input) => ["edition.revokePreview", await loadEditionSubject(await previewLinkEdition(input.linkId))],
  run: (input, ctx) => revokePreviewLink(ctx.user, input),
  after: (result) => revalidateWorkspace(documentPath(result.documentId)),
  message: "Preview link revoked: it no longer opens.",
});

// ─── Retrospective review ───────────────────────────────────────────────────────────────────────────────────────

export const approveRetrospectiveAction = defineAction({
  name: "edition.approveRetrospective",
  schema: approveRetrospectiveInputSchema,
  permission: async (input) => ["edition.approveRetrospective", await loadRetrospectiveReviewSubject(input.reviewId)],
  run: (input, ctx) => approveRetrospectiveReview(ctx.user, input),
  after: revalidateWholeWorkspace,
  message: "Approved after review. It leaves the dashboard; the approval is in the audit log.",
});
