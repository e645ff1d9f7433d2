import "server-only";
import { z } from "zod";
import { checkbox } from "@/lib/actions/form-input";
import { authorize } from "@/lib/auth/policy";
import { auditActor, type Actor } from "@/lib/changes/actor";
import { commitChange } from "@/lib/changes/commit-change";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { cleanFileName } from "./file-name";
import { inspectUpload, MediaInputError } from "./inspect-upload";
import { fileSizeProblem } from "./limits";
import { mediaLocale, mediaText, type MediaTexts } from "./media-texts";
import { mediaStorage } from "./storage";

/** What the upload form sends. The file is checked by its content in the service, not here. */
export const uploadMediaInputSchema = z.object({
  file: z.instanceof(File, { error: "Choose a file to upload." }),
  /** The language the alt text, caption, credit or title are written in. */
  textLocale: mediaLocale,
  alt: mediaText("alt").default(""),
  caption: mediaText("caption").default(""),
  credit: mediaText("credit").default(""),
  title: mediaText("title").default(""),
  /** Files: the language the file itself is in ("" = the texts' language). */
  language: z.union([z.literal(""), mediaLocale]).default(""),
  accessible: checkbox(),
});

/** `accessible` is a checkbox: left out, it is not ticked. */
export type UploadMediaInput = Omit<z.input<typeof uploadMediaInputSchema>, "accessible"> & { accessible?: unknown };

export interface UploadedMedia {
  id: string;
  kind: "IMAGE" | "DOCUMENT";
  fileName: string;
}

/**
 * Adds a photo or file to the library. Refused before anything is written when the file is too large, is not what it
 * claims by its content (SVG, a renamed executable…), is an image bomb, a damaged photo or a PDF that does not parse,
 * or when a photo has no alt text or a file no title; the refusal names the field. The bytes are stored first and the
 * row is written in one transaction with its audit event; if the row cannot be written, the stored bytes are removed,
 * so a failure leaves neither an orphan file nor a row.
 * @throws MediaInputError (field errors), PermissionDeniedError
 */
export async function uploadMedia(actor: Actor, raw: UploadMediaInput): Promise<UploadedMedia> {
  authorize(actor, "media.upload");
  const parsed = uploadMediaInputSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MediaInputError(issue.message, issue.path.map(String).join(".") || "file");
  }
  const input = parsed.data;
  const locales = env().CHANCERY_LOCALES;
  if (!locales.includes(input.textLocale)) throw new MediaInputError(`The site is not published in “${input.textLocale}”.`, "textLocale");
  const tooLarge = fileSizeProblem(input.file.size);
  if (tooLarge) throw new MediaInputError(tooLarge);

  const inspected = await inspectUpload(Buffer.from(await input.file.arrayBuffer()), input.file.name);
  const texts: MediaTexts =
    inspected.kind === "IMAGE"
      ? { [input.textLocale]: compact({ alt: input.alt, caption: input.caption, credit: input.credit }) }
      : { [input.textLocale]: compact({ title: input.title }) };
  if (inspected.kind === "IMAGE" && !input.alt) {
    throw new MediaInputError("Describe the photo for readers who cannot see it (alt text).", "alt");
  }
  if (inspected.kind === "DOCUMENT" && !input.title) throw new MediaInputError("Give the file a title readers will see.", "title");

  const storage = mediaStorage();
  const storageKey = `originals/${inspected.contentHash}.${inspected.extension}`;
  const fileName = cleanFileName(input.file.name, inspected.extension);
  const existing = await (await db()).mediaAsset.findUnique({ where: { storageKey }, select: { fileName: true } });
  if (existing) throw new MediaInputError(`This file is already in the library (${existing.fileName}): use it from there.`);

  await storage.put(storageKey, inspected.bytes, inspected.mimeType);
  try {
    return await commitChange(async (tx) => {
      const asset = await tx.mediaAsset.create({
        data: {
          kind: inspected.kind,
          contentHash: inspected.contentHash,
          storageKey,
          mimeType: inspected.mimeType,
          fileName,
          byteSize: inspected.bytes.length,
          width: inspected.width,
          height: inspected.height,
          pageCount: inspected.pageCount,
          language: inspected.kind === "DOCUMENT" ? input.language || input.textLocale : null,
          accessible: inspected.kind === "DOCUMENT" ? input.accessible : false,
          textLocale: input.textLocale,
          texts: texts as Prisma.InputJsonValue,
          uploadedById: actor.id,
        },
        select: { id: true, kind: true, fileName: true },
      });
      return {
        result: asset,
        audit: {
          actor: auditActor(actor),
          action: "media.upload",
          subjectType: "media",
          subjectId: asset.id,
          data: { kind: asset.kind, fileName, byteSize: inspected.bytes.length, mimeType: inspected.mimeType },
        },
      };
    });
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => console.error(`[media] could not remove ${storageKey} after a failed upload`, cleanup));
    throw error;
  }
}

function compact(set: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(set).filter(([, text]) => text));
}
