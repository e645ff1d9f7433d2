import { readEmbargoedMediaFile } from "@/lib/embargo/embargoed-media";
import { tokenMediaHandler } from "@/lib/media/media-response";

// The photos and files of an embargoed edition, for the holder of a personal link; never public, never cached.
export const dynamic = "force-dynamic";

export const GET = tokenMediaHandler(readEmbargoedMediaFile);
