import { createRequire } from "node:module";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { setRequestContextForTests } from "@/lib/actions/request-context";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { readSample } from "@/test-support/import/fixtures/samples";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/import/import-limits";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { createFromPageAction } from "../documents/actions";
import { importPagesAction } from "./actions";

process.env.CHANCERY_LOCALES = "ko,en";

/*
 * "Start from an existing page" (paste) and the file importer are two doors to one import service: one duplicate
 * rule, the same reading of the page (its unofficial-translation mark, its view count), one size limit.
 */
describe.each(testBackends())("the two ways of importing a page, on %s", (backend) => {
  const database = useTestDatabase(backend);
  let editor: CurrentUser;
  let writer: CurrentUser;

  beforeAll(async () => {
    const make = (role: "EDITOR" | "WRITER") =>
      database.prisma.user.create({ data: { email: `${role.toLowerCase()}@import.test`, name: role, role, passwordHash: "x" }, select: CURRENT_USER_SELECT });
    editor = await make("EDITOR");
    writer = await make("WRITER");
  });
  afterEach(() => setRequestContextForTests(null));
  const as = (user: CurrentUser) => setRequestContextForTests(async () => ({ user, ipAddress: null }));

  it("previews “already imported” before the import, and the paste finds the same page instead of making a -2", async () => {
    as(editor);
    const page = readSample("rokAzerbaijan");
    const pages = JSON.stringify([{ name: "rok-azerbaijan.txt", text: page }]);

    const before = await importPagesAction({ pages, mode: "preview" });
    expect(before).toMatchObject({ ok: true, data: { mode: "preview", pages: [{ ok: true, alreadyImported: null }] } });

    const imported = await importPagesAction({ pages, mode: "import" });
    if (!imported.ok || imported.data.mode !== "import" || !imported.data.pages[0]?.ok) throw new Error("import failed");
    const documentId = imported.data.pages[0].documentId;

    const after = await importPagesAction({ pages, mode: "preview" });
    expect(after).toMatchObject({ ok: true, data: { pages: [{ ok: true, alreadyImported: { documentId } }] } });

    as(writer);
    const pasted = await createFromPageAction({ pageText: page, fileName: "" });
    expect(pasted).toMatchObject({ ok: true, data: { documentId, alreadyImported: true } });
    expect(await database.prisma.document.count()).toBe(1);
  });

  it("keeps the page's “* unofficial translation” mark and its view count when pasted", async () => {
    as(writer);
    const page = readSample("rokAzerbaijan").replace("the third", "the fourth");
    expect(page).toMatch(/unofficial translation/i);
    const pasted = await createFromPageAction({ pageText: page, fileName: "" });
    if (!pasted.ok) throw new Error(pasted.error);
    const document = await database.prisma.document.findUniqueOrThrow({
      where: { id: pasted.data.documentId },
      select: { viewCount: true, importKey: true, createdById: true, editions: { select: { state: true, localizations: { select: { isOriginal: true, translationKind: true } } } } },
    });
    expect(document.viewCount).toBeGreaterThan(0);
    expect(document.importKey).not.toBeNull();
    expect(document.createdById).toBe(writer.id);
    expect(document.editions).toEqual([{ state: "DRAFT", localizations: [{ isOriginal: true, translationKind: "UNOFFICIAL" }] }]);
  });

  it("leaves an undated page undated on both doors, and says so before and after", async () => {
    as(editor);
    const page = readSample("viceMinister");
    const preview = await importPagesAction({ pages: JSON.stringify([{ name: "vice-minister.txt", text: page }]), mode: "preview" });
    if (!preview.ok || preview.data.mode !== "preview" || !preview.data.pages[0]?.ok) throw new Error("preview failed");
    expect(preview.data.pages[0]).toMatchObject({ date: null, warnings: expect.arrayContaining([expect.stringMatching(/^No date in the source: the public date is left empty/)]) });

    as(writer);
    const pasted = await createFromPageAction({ pageText: page, fileName: "" });
    if (!pasted.ok) throw new Error(pasted.error);
    expect(pasted.data.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/^No date in the source/)]));
    const edition = await database.prisma.edition.findFirstOrThrow({ where: { documentId: pasted.data.documentId }, select: { state: true, publicDate: true } });
    expect(edition).toEqual({ state: "DRAFT", publicDate: null });
  });

  it("refuses a page over the limit with a field error that says the limit, counting bytes as the importer does", async () => {
    as(writer);
    // 0.8 million Hangul syllables: under 2 million characters, 2.4 MB of UTF-8.
    const huge = `보도자료\n${"가".repeat(800_000)}`;
    const refused = await createFromPageAction({ pageText: huge, fileName: "" });
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { pageText: [expect.stringMatching(/2\.\d MB; the limit is 2 MB/)] } });
    expect(refused.ok ? null : refused.values.pageText).toBe(huge);
  });

  it("lets a server action carry a page at the limit: next.config.js's body limit is above it", () => {
    const config = createRequire(import.meta.url)("../../../next.config.js") as { experimental?: { serverActions?: { bodySizeLimit?: string } } };
    const limit = config.experimental?.serverActions?.bodySizeLimit ?? "1mb";
    const megabytes = Number.parseFloat(limit);
    expect(limit).toMatch(/^\d+(\.\d+)?mb$/);
    expect(megabytes * 1024 * 1024).toBeGreaterThan(MAX_IMPORT_REQUEST_BYTES * 1.1);
  });
});
