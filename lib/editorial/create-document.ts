import { authorize } from "@/lib/auth/policy";
import { env } from "@/lib/env";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { commitChange } from "@/lib/changes/commit-change";
import { parseInput } from "@/lib/validation/input-fields";
import { createDocumentInputSchema, type CreateDocumentInput } from "./document-input";
import { checkMediaReferences } from "@/lib/media/media-references";
import { applyRelatedDocuments, applyTaxonomy, resolveBody, searchTextOf } from "@/lib/editions/document-fields";
import { calendarDateToDate, officeDate } from "@/lib/time/office-time";
import { assertSlugAvailable, slugFromTitle, uniqueSlug } from "@/lib/validation/slug";
import { isUniqueViolation } from "@/lib/db/transaction";
import { EDITION_ORIGINS } from "@/lib/workflow/workflow";
import { DomainError } from "@/lib/errors";

export interface CreateDocumentResult {
  documentId: string;
  editionId: string;
  slug: string;
  lockVersion: number;
  revisionNumber: number;
}

/**
 * Starts a press release or an interview: the document, its first edition as a draft, the original text and its
 * first revision. The slug comes from the title unless one is given; the public date defaults to today in the office.
 * @throws PermissionDeniedError, InputError, DomainError (locale, slug, unknown tags or related documents)
 */
export async function createDocument(actor: Actor, rawInput: CreateDocumentInput): Promise<CreateDocumentResult> {
  authorize(actor, "document.create");
  const input = parseInput(createDocumentInputSchema, rawInput);
  const config = env();
  const locale = input.originalLocale ?? config.defaultLocale;
  if (!config.CHANCERY_LOCALES.includes(locale)) {
    throw new DomainError(`The site is not published in “${locale}” (it has ${config.CHANCERY_LOCALES.join(", ")}).`, "originalLocale");
  }
  // Left out, it is today; given empty, the document is undated (lib/public/listing-order.ts places it).
  const today = officeDate(new Date(), config.CHANCERY_TIME_ZONE);
  const publicDate = input.publicDate === undefined ? today : input.publicDate;
  const body = resolveBody(input, []) ?? [];
  const summary = input.summary ?? "";
  const interview = input.kind === "INTERVIEW";

  try {
    return await commitChange(async (tx) => {
      let slug: string;
      if (input.slug) {
        await assertSlugAvailable(tx, input.slug);
        slug = input.slug;
      } else {
        slug = await uniqueSlug(tx, slugFromTitle(input.title, { kind: input.kind, publicDate: publicDate ?? today }));
      }
      const document = await tx.document.create({
        data: {
          kind: input.kind,
          slug,
          originalLocale: locale,
          interviewee: interview ? (input.interviewee ?? null) : null,
          outlet: interview ? (input.outlet ?? null) : null,
          sourceUrl: interview ? (input.sourceUrl ?? null) : null,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await checkMediaReferences(tx, body, input.leadImageId);
      const now = new Date();
      const edition = await tx.edition.create({
        data: {
          documentId: document.id,
          leadImageId: input.leadImageId ?? null,
          number: 1,
          state: EDITION_ORIGINS.create,
          publicDate: publicDate === null ? null : calendarDateToDate(publicDate),
          createdById: actor.id,
          lastEditedById: actor.id,
          lastEditedAt: now,
        },
        select: { id: true, lockVersion: true },
      });
      const localization = await tx.localization.create({
        data: {
          editionId: edition.id,
          locale,
          isOriginal: true,
          title: input.title,
          summary,
          body,
          searchText: searchTextOf({ title: input.title, summary, body }),
          lastEditedById: actor.id,
          lastEditedAt: now,
        },
        select: { id: true },
      });
      await tx.revision.create({
        data: { localizationId: localization.id, number: 1, title: input.title, summary, body, authorId: actor.id },
      });
      await applyTaxonomy(tx, document.id, input.taxonomy);
      await applyRelatedDocuments(tx, document.id, input.relatedDocumentIds);
      return {
        result: { documentId: document.id, editionId: edition.id, slug, lockVersion: edition.lockVersion, revisionNumber: 1 },
        audit: {
          actor: auditActor(actor),
          action: "document.create",
          subjectType: "document",
          subjectId: document.id,
          toState: "DRAFT",
          data: { editionId: edition.id, kind: input.kind, slug, locale },
        },
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, "slug")) {
      throw new DomainError("Another document took this address a moment ago; save again to get a new one.", "slug");
    }
    throw error;
  }
}
