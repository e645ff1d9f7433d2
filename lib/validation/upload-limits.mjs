// How large an upload may be, stated once. The media library and the importer check against these, and next.config.js
// (which reads this file too, so it is plain JavaScript) lets server action bodies a little past the larger one, so a
// check's own message, not Next.js' refusal of the request, is what a person meets.
const MB = 1024 * 1024;

/** The largest photo or file the media library takes: 20 MB. */
export const MAX_UPLOAD_BYTES = 20 * MB;

/** The largest page the importer reads, counted as UTF-8, however it arrives (pasted, chosen, from a folder): 2 MB. */
export const MAX_PAGE_BYTES = 2 * MB;

/** What one import request may carry in all: two pages at the limit. Larger selections are imported in several goes. */
export const MAX_IMPORT_REQUEST_BYTES = 2 * MAX_PAGE_BYTES;

/** next.config.js' serverActions.bodySizeLimit: a megabyte above the larger limit ("21mb"). */
export const SERVER_ACTION_BODY_LIMIT = `${Math.ceil(Math.max(MAX_UPLOAD_BYTES, MAX_IMPORT_REQUEST_BYTES) / MB) + 1}mb`;
