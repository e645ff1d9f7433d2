// Client-safe.
import { urlHashOf } from "@/lib/media/media-view";

/** A recipient's personal link to an embargoed edition. */
export function embargoedPath(locale: string, token: string): string {
  return `/${locale}/embargoed/${encodeURIComponent(token)}`;
}

/** Where an embargoed edition's photos and files are served to a recipient (lib/embargo/embargoed-media.ts). */
export function embargoedMediaBase(token: string, mediaId: string, contentHash: string): string {
  return `/media/embargoed/${encodeURIComponent(token)}/${mediaId}/${urlHashOf(contentHash)}`;
}
