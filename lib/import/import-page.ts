import type { PrismaClient } from "@/lib/db";
import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { searchTextOf } from "@/lib/editions/document-fields";
import { calendarDateToDate, officeDate } from "@/lib/time/office-time";
import { slugFromTitle, uniqueSlug } from "@/lib/validation/slug";
import { commitChange } from "@/lib/changes/commit-change";
import { isUniqueViolation } from "@/lib/db/transaction";
import { env } from "@/lib/env";
import type { TitledPage } from "./parse-page";
import { editionContentHash } from "@/lib/editions/content-hash";

import type { TransactionClient } from "@/lib/db";
import { EDITION_ORIGINS, nextState } from "@/lib/workflow/workflow";

export type ImportOutcome =
  | { status: "created"; documentId: string; slug: string; state: "DRAFT" | "PUBLISHED" }
  | { status: "unchanged"; documentId: string; slug: string };

export interface ImportOptions {
  /** Publish with the page's own date instead of leaving a draft. */
  publish: boolean;
  /**
   * The person importing; null for the system (first start, the operator's command line). Importing as a draft is
   * starting a document (document.create: "Start from an existing page"); publishing at once is the importer's
   * (document.import).
   */
  actor: Actor | null;
  client?: PrismaClient;
}

/** What the importer tells the person about a page, on every route (files, the import screen, a pasted page). */
export function importWarnings(page: Pick<TitledPage, "date" | "warnings">): string[] {
  return page.date ? [...page.warnings] : [...page.warnings, "No date in the source: the public date is left empty (readers see no date); add it in the editor if the original has one"];
}

/** The one duplicate rule: a page is the same page when its source text hashes the same (Document.importKey). */
export async function findImported(
  client: PrismaClient | TransactionClient,
  sourceHashes: readonly string[],
): Promise<Map<string, { documentId: string; slug: string }>> {
  if (sourceHashes.length === 0) return new Map();
  const found = await client.document.findMany({ where: { importKey: { in: [...sourceHashes] } }, select: { id: true, slug: true, importKey: true } });
  return new Map(found.map((document) => [document.importKey!, { documentId: document.id, slug: document.slug }]));
}

/**
 * Creates one document from a parsed page, all in one transaction: document, first edition, original text, first
 * revision, audit event. Idempotent: a page whose text was imported before (same sourceHash) is reported unchanged.
 *
 * A page marked "* unofficial translation" is the ministry's own unofficial English rendering of a Korean original
 * this archive does not hold. It is imported as what the press office has: an English text of record whose
 * translationKind is UNOFFICIAL, so the public page carries the notice (docs/adr/0002-imported-unofficial-translations.md).
 */
export async function importPage(page: TitledPage, options: ImportOptions): Promise<ImportOutcome> {
  if (options.actor) authorize(options.actor, options.publish ? "document.import" : "document.create");
  const config = env();
  // A page without a date stays undated: never the day of import (lib/public/listing-order.ts places it).
  const publicDate = page.date;
  const kind = page.kind === "interview" ? "INTERVIEW" : "PRESS_RELEASE";
  const actorId = options.actor?.id ?? null;
  const summary = page.lede ?? "";

  const run = () =>
    commitChange<ImportOutcome>(async (tx) => {
      const existing = (await findImported(tx, [page.sourceHash])).get(page.sourceHash);
      if (existing) return { result: { status: "unchanged", documentId: existing.documentId, slug: existing.slug }, audit: null };

      const now = new Date();
      const slug = await uniqueSlug(tx, slugFromTitle(page.title, { kind, publicDate: publicDate ?? officeDate(now, config.CHANCERY_TIME_ZONE) }));
      // An archive page went public on its own date; an undated one goes public now.
      const publishedAt = options.publish ? (publicDate ? calendarDateToDate(publicDate) : now) : null;
      // Born a draft like every edition; a page the old site had published goes live by the workflow's move for it.
      const state = options.publish ? nextState("publishOnImport", EDITION_ORIGINS.importAsDraft) : EDITION_ORIGINS.importAsDraft;
      const document = await tx.document.create({
        data: {
          kind,
          slug,
          originalLocale: page.language,
          viewCount: page.views ?? 0,
          interviewee: page.interviewee,
          outlet: page.outlet,
          importKey: page.sourceHash,
          firstPublishedAt: publishedAt,
          createdById: actorId,
        },
        select: { id: true },
      });
      const edition = await tx.edition.create({
        data: {
          documentId: document.id,
          number: 1,
          state,
          publicDate: publicDate ? calendarDateToDate(publicDate) : null,
          publishedAt,
          createdById: actorId,
          lastEditedById: actorId,
          lastEditedAt: now,
          publishedById: options.publish ? actorId : null,
        },
        select: { id: true },
      });
      const localization = await tx.localization.create({
        data: {
          editionId: edition.id,
          locale: page.language,
          isOriginal: true,
          translationKind: page.unofficialTranslation ? "UNOFFICIAL" : null,
          title: page.title,
          summary,
          body: page.body,
          searchText: searchTextOf({ title: page.title, summary, body: page.body }),
          publishedAt,
          lastEditedById: actorId,
          lastEditedAt: now,
        },
        select: { id: true },
      });
      await tx.revision.create({
        data: { localizationId: localization.id, number: 1, title: page.title, summary, body: page.body, authorId: actorId, note: `imported from ${page.fileName}` },
      });
      // Published on import: fingerprinted like any publication (lib/editions/content-hash.ts).
      if (options.publish) await tx.edition.update({ where: { id: edition.id }, data: { contentHash: await editionContentHash(tx, edition.id) } });
      return {
        result: { status: "created", documentId: document.id, slug, state },
        audit: {
          actor: auditActor(options.actor),
          action: "document.import",
          subjectType: "document",
          subjectId: document.id,
          toState: state,
          data: { file: page.fileName, slug, editionId: edition.id, sourceHash: page.sourceHash, warnings: page.warnings },
        },
        // Readers have a page imported as published at once.
        revalidate: options.publish ? [document.id] : [],
      };
    }, options.client);

  try {
    return await run();
  } catch (error) {
    // Two imports of the same page at the same moment: the other one won, which is the same outcome.
    if (!isUniqueViolation(error, "importKey")) throw error;
    return run();
  }
}
