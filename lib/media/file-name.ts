/**
 * The name a file is offered under: the uploaded name without its folder, cleaned to letters (any script), digits,
 * "-", "_" and "."; spaces become "-"; its extension is the one its content says.
 */
export function cleanFileName(uploaded: string, extension: string): string {
  const base = uploaded.split(/[\\/]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/\s+/g, "-")
    .replace(/[^\p{L}\p{N}._-]/gu, "")
    .replace(/^[.-]+/, "")
    .slice(0, 100);
  return `${stem || "file"}.${extension}`;
}
