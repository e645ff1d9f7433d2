"use server";

import { defineAction } from "@/lib/actions/define-action";
import { revalidateWorkspace } from "@/lib/actions/revalidate-workspace";
import { db } from "@/lib/db";
import { updateMedia, updateMediaInputSchema } from "@/lib/media/edit-media";
import { uploadMedia, uploadMediaInputSchema } from "@/lib/media/upload-media";

/*
 * The media library's server actions. Each is a public endpoint: defineAction asks the policy first; the services ask
 * again. A refused upload names its field (file, alt, title) and stores nothing.
 */

export const uploadMediaAction = defineAction({
  name: "media.upload",
  schema: uploadMediaInputSchema,
  permission: ["media.upload"],
  run: (input, ctx) => uploadMedia(ctx.user, input),
  after: () => revalidateWorkspace("/workspace/media"),
  message: (uploaded) => (uploaded.kind === "IMAGE" ? "Photo added to the library." : "File added to the library."),
});

export const updateMediaAction = defineAction({
  name: "media.update",
  schema: updateMediaInputSchema,
  permission: async (input) => {
    const asset = await (await db()).mediaAsset.findUnique({ where: { id: input.mediaId }, select: { uploadedById: true } });
    return ["media.edit", { type: "media", uploadedById: asset?.uploadedById ?? null }];
  },
  run: (input, ctx) => updateMedia(ctx.user, input),
  after: (result) => {
    revalidateWorkspace("/workspace/media");
    revalidateWorkspace(`/workspace/media/${result.mediaId}`);
  },
  message: (result) => (result.changed.length > 0 ? "Details saved." : "Nothing had changed."),
});
