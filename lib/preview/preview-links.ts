import { z } from "zod";
import { authorize } from "@/lib/auth/policy";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { editionSubject, lockEdition } from "@/lib/editions/edition-records";
import { commitChange } from "@/lib/changes/commit-change";
import { isIn, PRE_PUBLICATION } from "@/lib/workflow/workflow";
import { db, type TransactionClient } from "@/lib/db";
import type { DocumentKind } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { urlHashOf } from "@/lib/media/media-view";
import { createSignedToken, verifySignedToken } from "./signed-token";
import { NotFoundError } from "@/lib/errors";

/*
 * Preview links: an editor shares an edition before publication with someone who has no account (the minister's
 * office, a partner ministry). Each link is a PreviewLink row and a signed token naming it; the token alone proves
 * only that Chancery issued it, the row decides whether it still opens: not revoked, not expired, and the edition
 * still not published. Publishing the edition (or withdrawing its submission) revokes its links in the same
 * transaction, so a link never shows what readers can already read, nor text that was pulled back.
 */

export const PREVIEW_PURPOSE = "preview";
export const PREVIEW_DAYS_DEFAULT = 7;
export const PREVIEW_DAYS_MAX = 30;
const DAY = 24 * 60 * 60 * 1000;

export const createPreviewLinkInputSchema = z.object({
  editionId: z.string().min(1).max(64),
  days: z.coerce
    .number({ error: "Give the number of days the link works" })
    .int({ error: "Give a whole number of days" })
    .min(1, { error: "A link works for at least a day" })
    .max(PREVIEW_DAYS_MAX, { error: `A link works for at most ${PREVIEW_DAYS_MAX} days` })
    .default(PREVIEW_DAYS_DEFAULT),
});
export type CreatePreviewLinkInput = z.input<typeof createPreviewLinkInputSchema>;

export const revokePreviewLinkInputSchema = z.object({ linkId: z.string().min(1).max(64) });
export type RevokePreviewLinkInput = z.input<typeof revokePreviewLinkInputSchema>;

function secret(): string {
  return resolveAuthSecret(env());
}

/** Where a token opens: under the original's language when the site publishes in it. */
/** Where a previewed edition's photos and files are served to the link's holder (./preview-media.ts). */
export function previewMediaBase(token: string, mediaId: string, contentHash: string): string {
  return `/media/preview/${encodeURIComponent(token)}/${mediaId}/${urlHashOf(contentHash)}`;
}

export function previewPath(token: string, locale: string): string {
  const locales = env().CHANCERY_LOCALES;
  return `/${locales.includes(locale) ? locale : locales[0]}/preview/${token}`;
}

export type CreatedPreviewLink = { linkId: string; documentId: string; path: string; expiresAt: Date };

export async function createPreviewLink(actor: Actor, rawInput: CreatePreviewLinkInput, now: Date = new Date()): Promise<CreatedPreviewLink> {
  const input = parseInput(createPreviewLinkInputSchema, rawInput);
  return commitChange(async (tx) => {
    const edition = await lockEdition(tx, input.editionId);
    authorize(actor, "edition.sharePreview", await editionSubject(tx, edition));
    const expiresAt = new Date(now.getTime() + input.days * DAY);
    const link = await tx.previewLink.create({ data: { editionId: edition.id, createdById: actor.id, expiresAt }, select: { id: true } });
    const document = await tx.document.findUniqueOrThrow({ where: { id: edition.documentId }, select: { originalLocale: true } });
    const token = createSignedToken({ purpose: PREVIEW_PURPOSE, subject: link.id, expiresAt }, secret());
    return {
      result: { linkId: link.id, documentId: edition.documentId, path: previewPath(token, document.originalLocale), expiresAt },
      audit: {
        actor: auditActor(actor),
        action: "preview.create",
        subjectType: "edition",
        subjectId: edition.id,
        data: { documentId: edition.documentId, linkId: link.id, expiresAt: expiresAt.toISOString() },
      },
    };
  });
}

export async function revokePreviewLink(actor: Actor, rawInput: RevokePreviewLinkInput, now: Date = new Date()): Promise<{ documentId: string }> {
  const input = parseInput(revokePreviewLinkInputSchema, rawInput);
  return commitChange(async (tx) => {
    const link = await tx.previewLink.findUnique({ where: { id: input.linkId }, select: { id: true, editionId: true, revokedAt: true } });
    if (!link) throw new NotFoundError("This preview link does not exist.");
    const edition = await lockEdition(tx, link.editionId);
    authorize(actor, "edition.revokePreview", await editionSubject(tx, edition));
    const result = { documentId: edition.documentId };
    if (link.revokedAt) return { result, audit: null };
    await tx.previewLink.update({ where: { id: link.id }, data: { revokedAt: now, revokedReason: "revoked" } });
    return {
      result,
      audit: {
        actor: auditActor(actor),
        action: "preview.revoke",
        subjectType: "edition",
        subjectId: edition.id,
        data: { documentId: edition.documentId, linkId: link.id },
      },
    };
  });
}

/** The edition a link belongs to, for the action's permission check ("" when there is no such link: refused as missing). */
export async function previewLinkEdition(linkId: string): Promise<string> {
  const link = await (await db()).previewLink.findUnique({ where: { id: linkId }, select: { editionId: true } });
  return link?.editionId ?? "";
}

/** In the caller's transaction: every open link to the edition stops working (it was published, or pulled back). */
export async function revokePreviewLinksOf(tx: TransactionClient, editionId: string, reason: "published" | "withdrawn", now: Date = new Date()): Promise<number> {
  const revoked = await tx.previewLink.updateMany({ where: { editionId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
  return revoked.count;
}

export type PreviewLinkView = {
  id: string;
  /** The address to share, while the link still opens. */
  path: string | null;
  createdAt: Date;
  expiresAt: Date;
  createdBy: string | null;
  /** "open", or why it no longer opens. */
  status: "open" | "expired" | "revoked" | "published" | "withdrawn";
};

/** The edition's links, newest first, for its page (whoever may view the edition sees them; the token is not kept). */
export async function listPreviewLinks(editionId: string, now: Date = new Date()): Promise<PreviewLinkView[]> {
  const prisma = await db();
  const edition = await prisma.edition.findUnique({ where: { id: editionId }, select: { document: { select: { originalLocale: true } } } });
  if (!edition) return [];
  const rows = await prisma.previewLink.findMany({
    where: { editionId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, expiresAt: true, revokedAt: true, revokedReason: true, createdBy: { select: { name: true } } },
  });
  return rows.map((row) => {
    const status: PreviewLinkView["status"] = row.revokedAt
      ? row.revokedReason === "published" || row.revokedReason === "withdrawn"
        ? row.revokedReason
        : "revoked"
      : row.expiresAt <= now
        ? "expired"
        : "open";
    // The token is not stored: it is the signature over the row's id and expiry, made again when shown.
    const token = status === "open" ? createSignedToken({ purpose: PREVIEW_PURPOSE, subject: row.id, expiresAt: row.expiresAt }, secret()) : null;
    return {
    id: row.id,
    path: token ? previewPath(token, edition.document.originalLocale) : null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    createdBy: row.createdBy?.name ?? null,
    status,
    };
  });
}

export type OpenedPreview = { documentId: string; editionId: string; kind: DocumentKind; originalLocale: string; expiresAt: Date };

/**
 * What a preview token opens, or null: any reason it does not (forged, expired, revoked, published since, deleted)
 * looks the same from outside, a 404, so a link reveals nothing about an edition it no longer shows.
 */
export async function openPreview(token: string, now: Date = new Date()): Promise<OpenedPreview | null> {
  const check = verifySignedToken(token, { secret: secret(), purpose: PREVIEW_PURPOSE, now });
  if (!check.ok) return null;
  const link = await (await db()).previewLink.findUnique({
    where: { id: check.claims.subject },
    select: {
      revokedAt: true,
      expiresAt: true,
      edition: { select: { id: true, state: true, documentId: true, document: { select: { kind: true, originalLocale: true } } } },
    },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || !isIn(PRE_PUBLICATION, link.edition.state)) return null;
  return {
    documentId: link.edition.documentId,
    editionId: link.edition.id,
    kind: link.edition.document.kind,
    originalLocale: link.edition.document.originalLocale,
    expiresAt: link.expiresAt,
  };
}
