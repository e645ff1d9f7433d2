import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MAX_PAGE_BYTES } from "./import-limits";
import { readPageFile } from "./import-files";

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

describe("reading a page file for the importer", () => {
  const folder = mkdtempSync(join(tmpdir(), "chancery-import-files-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("refuses a file over the page limit by its size, before reading it, and says the limit it cut at", () => {
    const file = join(folder, "too-large.txt");
    writeFileSync(file, "");
    truncateSync(file, MAX_PAGE_BYTES + 512 * 1024);
    vi.mocked(readFileSync).mockClear();

    expect(readPageFile(file)).toEqual({ ok: false, error: { code: "too_large", message: "file is 2.5 MB; the limit is 2 MB" } });
    expect(readFileSync).not.toHaveBeenCalled();
  });
});
