export type ImportErrorCode = "too_large" | "empty" | "binary" | "no_title" | "no_body" | "invalid_body" | "unreadable";

/** Why one file could not become a draft; `message` is written for the person running the import. */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
}

export function importError(code: ImportErrorCode, message: string): { ok: false; error: ImportError } {
  return { ok: false, error: { code, message } };
}
