import { tokenMediaHandler } from "@/lib/media/media-response";
import { readPreviewMediaFile } from "@/lib/preview/preview-media";

// The photos and files of an edition shown by a preview link, for whoever holds it; never public, never cached.
export const dynamic = "force-dynamic";

export const GET = tokenMediaHandler((token, request) => readPreviewMediaFile(token, request));
