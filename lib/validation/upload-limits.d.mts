export const MAX_UPLOAD_BYTES: number;
export const MAX_PAGE_BYTES: number;
export const MAX_IMPORT_REQUEST_BYTES: number;
export const SERVER_ACTION_BODY_LIMIT: string;
