/** How many files one import takes: the browser sends their text in one request. */
export const MAX_FILES_PER_IMPORT = 50;
/**
 * What one request may carry in all: Next.js refuses server action bodies over 1 MB unless configured otherwise
 * (serverActions.bodySizeLimit), so the page splits larger selections into several imports.
 */
export const MAX_IMPORT_REQUEST_BYTES = 900 * 1024;
