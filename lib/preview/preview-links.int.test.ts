import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { readMediaFile } from "@/lib/media/serve-media";
import { localStorage, setMediaStorageForTests } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { createDocument } from "@/lib/editorial/create-document";
import { publish } from "@/lib/editorial/publish";
import { recall } from "@/lib/editorial/recall";
import { submit } from "@/lib/editorial/submit";
import { auditActions } from "@/test-support/fixtures/content";
import { loadPublicDocument } from "@/lib/public/document-page";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createPreviewLink, listPreviewLinks, openPreview, previewMediaBase, revokePreviewLink } from "./preview-links";
import { readPreviewMediaFile } from "./preview-media";

process.env.CHANCERY_LOCALES = "ko,en";
process.env.NEXTAUTH_SECRET ??= "preview-links-test-secret-0123456789abcdef";

const tokenOf = (path: string) => path.split("/").at(-1)!;

describe.each(testBackends())("preview links on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);

  let serial = 0;
  const draft = () =>
    createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "ko",
      title: `외교차관 면담 ${++serial}`,
      publicDate: "2026-12-03",
      body: [{ id: `preview-p${serial}`, kind: "numbered", text: "양측은 협의회를 개최하였다." }],
    });

  it("opens a draft anonymously through the public renderer, for seven days unless told otherwise", async () => {
    const created = await draft();
    const now = new Date();
    const link = await createPreviewLink(editor, { editionId: created.editionId }, now);
    expect(link.path).toMatch(/^\/ko\/preview\/[\w-]+\.[\w-]+$/);
    expect(link.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    const opened = await openPreview(tokenOf(link.path));
    expect(opened).toMatchObject({ documentId: created.documentId, editionId: created.editionId, kind: "PRESS_RELEASE" });
    const page = await loadPublicDocument(created.documentId, "ko", { editionId: created.editionId, mediaBase: (id, hash) => previewMediaBase(tokenOf(link.path), id, hash) });
    expect(page?.title).toBe(`외교차관 면담 ${serial}`);
    // Readers at the document's address still see nothing: it is not published.
    expect(await loadPublicDocument(created.documentId, "ko")).toBeNull();

    expect(await openPreview(tokenOf(link.path), new Date(link.expiresAt.getTime() + 1000))).toBeNull();
    expect(await auditActions(database.prisma, created.editionId)).toContain("preview.create");
  });

  it("stops opening when revoked, when the edition is published, and when its submission is withdrawn", async () => {
    const created = await draft();
    const revoked = await createPreviewLink(editor, { editionId: created.editionId, days: 2 });
    await revokePreviewLink(otherEditor, { linkId: revoked.linkId });
    expect(await openPreview(tokenOf(revoked.path))).toBeNull();

    await submit(writer, { editionId: created.editionId });
    const recalled = await createPreviewLink(editor, { editionId: created.editionId });
    await recall(writer, { editionId: created.editionId });
    expect(await openPreview(tokenOf(recalled.path))).toBeNull();

    await submit(writer, { editionId: created.editionId });
    const published = await createPreviewLink(editor, { editionId: created.editionId });
    expect(await openPreview(tokenOf(published.path))).not.toBeNull();
    await publish(editor, { editionId: created.editionId });
    expect(await openPreview(tokenOf(published.path))).toBeNull();

    const links = await listPreviewLinks(created.editionId);
    expect(links.map((link) => link.status)).toEqual(["published", "withdrawn", "revoked"]);
    expect(links.every((link) => link.path === null)).toBe(true);
    await expect(createPreviewLink(editor, { editionId: created.editionId })).rejects.toThrow(/cannot be previewed by link/);
  });

  it("shows the edition's photo through a route that checks the link; not public, and closed with the link", async () => {
    const root = await mkdtemp(join(tmpdir(), "chancery-preview-media-"));
    setMediaStorageForTests(localStorage(root));
    try {
      const jpeg = await sharp({ create: { width: 700, height: 400, channels: 3, background: "#8b4513" } }).jpeg().toBuffer();
      const photo = await uploadMedia(writer, { file: new File([new Uint8Array(jpeg)], "preview.jpg", { type: "image/jpeg" }), textLocale: "ko", alt: "미리보기 사진" });
      const created = await createDocument(writer, {
        kind: "PRESS_RELEASE",
        originalLocale: "ko",
        title: "사진이 있는 초안",
        body: [{ id: "preview-photo-p1", kind: "numbered", text: "양측은 회담하였다." }],
        leadImageId: photo.id,
      });
      const link = await createPreviewLink(editor, { editionId: created.editionId });
      const token = tokenOf(link.path);
      const page = await loadPublicDocument(created.documentId, "ko", { editionId: created.editionId, mediaBase: (id, hash) => previewMediaBase(token, id, hash) });
      const { contentHash } = await database.prisma.mediaAsset.findUniqueOrThrow({ where: { id: photo.id } });
      const request = { id: photo.id, hash: contentHash.slice(0, 16), name: "w640.webp" };
      expect(page?.leadImage?.base).toBe(`/media/preview/${encodeURIComponent(token)}/${photo.id}/${request.hash}`);
      expect(await readPreviewMediaFile(token, request)).toMatchObject({ found: true, contentType: "image/webp", isPublic: false });
      expect(await readMediaFile(request, async () => false)).toEqual({ found: false });
      // Another link (to another draft) does not open this photo; a revoked link opens nothing.
      const other = await createPreviewLink(editor, { editionId: (await draft()).editionId });
      expect(await readPreviewMediaFile(tokenOf(other.path), request)).toEqual({ found: false });
      await revokePreviewLink(editor, { linkId: link.linkId });
      expect(await readPreviewMediaFile(token, request)).toEqual({ found: false });
    } finally {
      setMediaStorageForTests(null);
      await rm(root, { recursive: true, force: true });
    }
  });

  it("is for editors, and a forged or altered token opens nothing", async () => {
    const created = await draft();
    await expect(createPreviewLink(writer, { editionId: created.editionId })).rejects.toBeInstanceOf(PermissionDeniedError);
    const link = await createPreviewLink(editor, { editionId: created.editionId });
    const [payload, signature] = tokenOf(link.path).split(".") as [string, string];
    // The first character, not the last: the last base64url character of a signature carries padding bits, and
    // changing only those (A↔B, say) can leave the decoded signature the same.
    expect(await openPreview(`${payload}.${signature.replace(/^./, (first) => (first === "A" ? "B" : "A"))}`)).toBeNull();
    expect(await openPreview("not-a-token")).toBeNull();
    expect((await listPreviewLinks(created.editionId))[0]?.path).toBe(link.path);
  });
});
