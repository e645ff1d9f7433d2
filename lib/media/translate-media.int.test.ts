import { beforeAll, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { createActor } from "@/test-support/fixtures/content";
import { loadPublicDocument } from "@/lib/public/document-page";
import { createPublishedDocument, releaseFixture } from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { translateMediaTexts } from "./edit-media";

/*
 * A translator translates a photo's caption, credit and alt text and a file's title once, on the item; readers of each
 * language see their own words, and the original's where nothing is translated.
 */
describe.each(testBackends())("translating a photo's and a file's words on %s", (backend) => {
  const database = useTestDatabase(backend);
  let documentId: string;
  let photoId: string;
  let fileId: string;

  beforeAll(async () => {
    const common = { byteSize: 1000, textLocale: "ko" } as const;
    photoId = (
      await database.prisma.mediaAsset.create({
        data: { ...common, kind: "IMAGE", contentHash: "e1".repeat(32), storageKey: "originals/t-photo.jpg", mimeType: "image/jpeg", fileName: "p.jpg", width: 800, height: 600, texts: { ko: { alt: "악수하는 두 장관", caption: "회담에 앞서", credit: "외교부" } } },
      })
    ).id;
    fileId = (
      await database.prisma.mediaAsset.create({
        data: { ...common, kind: "DOCUMENT", contentHash: "e2".repeat(32), storageKey: "originals/t-file.pdf", mimeType: "application/pdf", fileName: "s.pdf", pageCount: 1, texts: { ko: { title: "공동성명" } } },
      })
    ).id;
    const body = [
      { kind: "numbered" as const, id: "tm-p1", text: "양 장관은 회담하였다." },
      { kind: "image" as const, id: "tm-img", mediaId: photoId },
      { kind: "attachment" as const, id: "tm-att", mediaId: fileId },
    ];
    ({ documentId } = await createPublishedDocument(
      database.prisma,
      releaseFixture("translated-caption", "2021-05-01", {
        originalLocale: "ko",
        original: { title: "회담", body },
        translations: [{ locale: "en", title: "Talks", body: [{ kind: "numbered", id: "tm-p1", text: "The ministers met." }, body[1]!, body[2]!] }],
      }),
    ));
  });

  it("readers of each language see their own caption, credit, alt text and title", async () => {
    const translator = await createActor(database.prisma, "TRANSLATOR");
    const before = await loadPublicDocument(documentId, "en");
    expect(before?.media[photoId]).toMatchObject({ caption: "회담에 앞서", lang: "ko" });

    const result = await translateMediaTexts(translator, {
      locale: "en",
      entries: [
        { mediaId: photoId, caption: "Before the talks", credit: "Ministry of Foreign Affairs", alt: "Two ministers shaking hands" },
        { mediaId: fileId, title: "Joint statement" },
      ],
    });
    expect(result.changed.sort()).toEqual([photoId, fileId].sort());
    expect(await database.prisma.auditEvent.count({ where: { action: "media.translate" } })).toBe(1);

    const english = await loadPublicDocument(documentId, "en");
    expect(english?.media[photoId]).toMatchObject({ caption: "Before the talks", credit: "Ministry of Foreign Affairs", alt: "Two ministers shaking hands", lang: "en" });
    expect(english?.media[fileId]).toMatchObject({ title: "Joint statement", lang: "en" });
    const korean = await loadPublicDocument(documentId, "ko");
    expect(korean?.media[photoId]).toMatchObject({ caption: "회담에 앞서", credit: "외교부", alt: "악수하는 두 장관", lang: "ko" });
    expect(korean?.media[fileId]).toMatchObject({ title: "공동성명", lang: "ko" });

    // An empty text takes the translation back: readers see the original's again.
    await translateMediaTexts(translator, { locale: "en", entries: [{ mediaId: photoId, caption: "" }] });
    expect((await loadPublicDocument(documentId, "en"))?.media[photoId]).toMatchObject({ caption: "회담에 앞서", credit: "Ministry of Foreign Affairs" });
  });

  it("refuses a translator outside their languages, a writer, and the texts' own language", async () => {
    const translator = await createActor(database.prisma, "TRANSLATOR");
    const writer = await createActor(database.prisma, "WRITER");
    await expect(translateMediaTexts(translator, { locale: "ko", entries: [{ mediaId: photoId, caption: "x" }] })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(translateMediaTexts(writer, { locale: "en", entries: [{ mediaId: photoId, caption: "x" }] })).rejects.toBeInstanceOf(PermissionDeniedError);
    const editor = await createActor(database.prisma, "EDITOR");
    await expect(translateMediaTexts(editor, { locale: "ko", entries: [{ mediaId: photoId, caption: "x" }] })).rejects.toThrow(/own language/);
  });
});
