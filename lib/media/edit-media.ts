import "server-only";
import { z } from "zod";
import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { parseInput } from "@/lib/validation/input-fields";
import { commitChange } from "@/lib/changes/commit-change";
import type { TransactionClient } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { mediaIdSchema } from "@/lib/body/schema";
import { documentsUsingMedia } from "./media-usage";
import { fieldsFor, mediaLocale, mediaText, readMediaTexts, withLocaleTexts, type MediaTextSet } from "./media-texts";
import { DomainError, NotFoundError } from "@/lib/errors";

export const updateMediaInputSchema = z.object({
  mediaId: mediaIdSchema,
  alt: mediaText("alt").optional(),
  caption: mediaText("caption").optional(),
  credit: mediaText("credit").optional(),
  title: mediaText("title").optional(),
  language: z.union([z.literal(""), mediaLocale]).optional(),
  /** The form sends "false" always and "true" too when ticked, so an unticked box is a choice, not an omission. */
  accessible: z
    .preprocess((value) => (value === undefined ? undefined : Array.isArray(value) ? value.includes("true") : value === true || value === "true" || value === "on"), z.boolean().optional()),
});
export type UpdateMediaInput = z.input<typeof updateMediaInputSchema>;

export const mediaTextEntrySchema = updateMediaInputSchema.pick({ mediaId: true, alt: true, caption: true, credit: true, title: true });

export const translateMediaInputSchema = z.object({
  locale: mediaLocale,
  entries: z.array(mediaTextEntrySchema).min(1, { error: "Give at least one text." }).max(100, { error: "At most 100 items at once." }),
});
export type TranslateMediaInput = z.input<typeof translateMediaInputSchema>;

async function lockAsset(tx: TransactionClient, mediaId: string) {
  await tx.$queryRaw`SELECT "id" FROM "MediaAsset" WHERE "id" = ${mediaId} FOR UPDATE`;
  const asset = await tx.mediaAsset.findUnique({
    where: { id: mediaId },
    select: { id: true, kind: true, textLocale: true, texts: true, uploadedById: true, language: true, accessible: true },
  });
  if (!asset) throw new NotFoundError("This photo or file is not in the library.");
  return asset;
}

/**
 * Changes a photo's or file's details in the language they were written in (alt text, caption, credit; title,
 * language, the accessible flag). A photo keeps its alt text. The pages that show it are refreshed.
 * @throws PermissionDeniedError (media.edit), InputError, NotFoundError, DomainError
 */
export async function updateMedia(actor: Actor, raw: UpdateMediaInput): Promise<{ mediaId: string; changed: string[] }> {
  const input = parseInput(updateMediaInputSchema, raw);
  const changed = await commitChange(async (tx) => {
    const asset = await lockAsset(tx, input.mediaId);
    authorize(actor, "media.edit", { type: "media", uploadedById: asset.uploadedById });
    const texts = readMediaTexts(asset.texts);
    const fields = fieldsFor(asset.kind);
    const set: MediaTextSet = Object.fromEntries(fields.flatMap((field) => (input[field] === undefined ? [] : [[field, input[field]]])));
    const next = withLocaleTexts(texts, asset.textLocale, set, fields);
    if (asset.kind === "IMAGE" && !next[asset.textLocale]?.alt) throw new DomainError("A photo needs its alt text.", "alt");
    if (asset.kind === "DOCUMENT" && !next[asset.textLocale]?.title) throw new DomainError("A file needs a title.", "title");
    const changed: string[] = fields.filter((field) => (texts[asset.textLocale]?.[field] ?? "") !== (next[asset.textLocale]?.[field] ?? ""));
    const data: Prisma.MediaAssetUpdateInput = {};
    if (next !== texts) data.texts = next as Prisma.InputJsonValue;
    if (asset.kind === "DOCUMENT") {
      if (input.language !== undefined && (input.language || asset.textLocale) !== asset.language) {
        data.language = input.language || asset.textLocale;
        changed.push("language");
      }
      if (input.accessible !== undefined && input.accessible !== asset.accessible) {
        data.accessible = input.accessible;
        changed.push("accessible");
      }
    }
    if (changed.length === 0) return { result: changed, audit: null };
    await tx.mediaAsset.update({ where: { id: asset.id }, data });
    return {
      result: changed,
      audit: { actor: auditActor(actor), action: "media.update", subjectType: "media", subjectId: asset.id, data: { changed } },
      revalidate: (await documentsUsingMedia(tx, asset.id)).map((row) => row.id),
    };
  });
  return { mediaId: input.mediaId, changed };
}

/**
 * Gives the alt texts, captions, credits (photos) and titles (files) in one language, for translators from the
 * translation workspace. Only that locale's words change; an empty text removes the translation (readers then see the
 * original's). One transaction, one audit event; the pages showing the items are refreshed.
 * @throws PermissionDeniedError (media.translate), InputError, NotFoundError, DomainError (a locale the site lacks, the original's language)
 */
export async function translateMediaTexts(actor: Actor, raw: TranslateMediaInput): Promise<{ locale: string; changed: string[] }> {
  const input = parseInput(translateMediaInputSchema, raw);
  authorize(actor, "media.translate", { type: "mediaText", locale: input.locale });
  if (!env().CHANCERY_LOCALES.includes(input.locale)) throw new DomainError(`The site is not published in “${input.locale}”.`, "locale");
  const entries = [...input.entries].sort((a, b) => (a.mediaId < b.mediaId ? -1 : a.mediaId > b.mediaId ? 1 : 0));
  const changed = await commitChange(async (tx) => {
    const changed: string[] = [];
    const documentIds = new Set<string>();
    for (const entry of entries) {
      const asset = await lockAsset(tx, entry.mediaId);
      if (asset.textLocale === input.locale) {
        throw new DomainError("These are the texts' own language: change them in the media library.", "entries");
      }
      const texts = readMediaTexts(asset.texts);
      const next = withLocaleTexts(texts, input.locale, entry, fieldsFor(asset.kind));
      if (next === texts) continue;
      await tx.mediaAsset.update({ where: { id: asset.id }, data: { texts: next as Prisma.InputJsonValue } });
      changed.push(asset.id);
      for (const row of await documentsUsingMedia(tx, asset.id)) documentIds.add(row.id);
    }
    return {
      result: changed,
      audit: changed.length > 0 ? { actor: auditActor(actor), action: "media.translate", subjectType: "media", data: { locale: input.locale, mediaIds: changed } } : null,
      revalidate: [...documentIds],
    };
  });
  return { locale: input.locale, changed };
}
