import { beforeAll, describe, expect, it } from "vitest";
import { openApiValidator } from "@/test-support/openapi-validator";
import { createPublishedDocument, releaseFixture } from "@/test-support/fixtures/public";
import { createSyndicationArchive, HOSTILE_TITLE, LISTED_IN_EN, NEVER_LISTED } from "@/test-support/fixtures/syndication";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { siteOrigin } from "../site";
import type { ApiDocument, ApiDocumentList } from "./api-schemas";
import { loadApiDocument, loadApiDocumentList } from "./documents-api";
import { documentListResponse, documentResponse, openApiResponse } from "./endpoints";

describe.each(testBackends())("the public API on %s", (backend) => {
  const database = useTestDatabase(backend);
  let personId: string;
  let check: (component: string, value: unknown) => string[];

  beforeAll(async () => {
    ({ personId } = await createSyndicationArchive(database.prisma));
    const openapi = openApiResponse(new Request(new URL("/api/v1/openapi.json", siteOrigin())));
    check = openApiValidator((await openapi.json()) as Record<string, unknown>);
  });

  const request = (path: string, headers: Record<string, string> = {}) => new Request(new URL(path, siteOrigin()), { headers });
  const list = (query = "", headers: Record<string, string> = {}) => documentListResponse(request(`/api/v1/documents${query}`, headers), loadApiDocumentList);
  const one = (slug: string, query = "", headers: Record<string, string> = {}) =>
    documentResponse(request(`/api/v1/documents/${slug}${query}`, headers), slug, loadApiDocument);

  async function listJson(query = ""): Promise<ApiDocumentList> {
    const response = await list(query);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await response.json();
    expect(check("DocumentList", body)).toEqual([]);
    return body as ApiDocumentList;
  }

  it("lists the documents readable in a language, newest first, matching the OpenAPI document", async () => {
    const body = await listJson("?locale=en&kind=press-release");
    expect(body.data.map((item) => item.slug)).toEqual([...LISTED_IN_EN]);
    const translated = body.data[0]!;
    expect(translated).toMatchObject({
      kind: "press-release",
      locale: "en",
      originalLocale: "ko",
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      publicDate: "2021-10-14",
      translation: { kind: "official" },
      countries: [{ code: "AZ" }],
      topics: [{ slug: "central-asia" }],
      people: [{ id: personId, name: "Yoon Soon-gu" }],
    });
    expect(translated.url).toBe(new URL("/en/press-releases/azerbaijan-consultation", siteOrigin()).href);
    expect(body.data.find((item) => item.slug === "hostile-title")?.title).toBe(HOSTILE_TITLE);
    expect(body.nextCursor).toBeNull();
  });

  it("pages with cursors through every document exactly once", async () => {
    const seen: string[] = [];
    let query = "?locale=en&limit=2";
    for (let pages = 0; pages < 10; pages++) {
      const body = await listJson(query);
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((item) => item.slug));
      if (!body.nextCursor) break;
      expect(body.links.next).toContain(`cursor=${body.nextCursor}`);
      query = `?locale=en&limit=2&cursor=${body.nextCursor}`;
    }
    expect(seen.sort()).toEqual([...LISTED_IN_EN, "interview-one"].sort());
  });

  it("never lists a draft, submitted, scheduled or withdrawn document, whatever the filter", async () => {
    for (const query of ["?locale=en", "?locale=ko", "?topic=central-asia", "?country=AZ", `?person=${personId}`, "?since=2000-01-01"]) {
      const slugs = (await listJson(query)).data.map((item) => item.slug);
      for (const slug of NEVER_LISTED) expect(slugs).not.toContain(slug);
    }
    expect((await listJson("?locale=en&topic=central-asia")).data.map((item) => item.slug)).toEqual(["azerbaijan-consultation"]);
    expect((await listJson(`?locale=ko&person=${personId}`)).data.map((item) => item.slug)).toEqual(["azerbaijan-consultation"]);
    expect((await listJson("?locale=en&kind=interview")).data.map((item) => item.slug)).toEqual(["interview-one"]);
  });

  it("since: only documents published or corrected since then", async () => {
    const slugs = (await listJson("?locale=en&since=2021-10-11T00:00:00Z")).data.map((item) => item.slug);
    // forum-corrected went public on the 10th, was corrected on the 11th and the 12th.
    expect(slugs.sort()).toEqual(["azerbaijan-consultation", "forum-corrected", "interview-one"].sort());
  });

  it("returns one document with its body as blocks; paragraph anchors survive the correction and match across languages", async () => {
    const response = await one("forum-corrected", "?locale=en");
    expect(response.status).toBe(200);
    const document = (await response.json()) as ApiDocument;
    expect(check("Document", document)).toEqual([]);
    expect(document.body.map((block) => (block.kind === "numbered" ? [block.number, block.anchor] : null))).toEqual([
      [1, "p1"],
      [2, "p3"],
      [3, "p2"],
    ]);
    expect(document.history).toEqual([{ date: "2021-10-11", note: "Added the second paragraph." }]);
    expect(document.updatedAt).toBe("2021-10-11T03:00:00.000Z");

    const korean = (await (await one("azerbaijan-consultation", "?locale=ko")).json()) as ApiDocument;
    const english = (await (await one("azerbaijan-consultation", "?locale=en")).json()) as ApiDocument;
    expect(check("Document", english)).toEqual([]);
    const anchors = (document: ApiDocument) => document.body.flatMap((block) => (block.kind === "numbered" ? [block.anchor] : []));
    expect(anchors(korean)).toEqual(["p1", "p2"]);
    expect(anchors(english)).toEqual(anchors(korean));
    expect(english.languages.map((language) => language.locale)).toEqual(["ko", "en"]);
    // Without a locale: the original.
    expect(((await (await one("azerbaijan-consultation")).json()) as ApiDocument).locale).toBe("ko");
  });

  it("a withdrawn document answers with its withdrawal, as its page does; drafts and scheduled ones do not exist", async () => {
    const withdrawn = (await (await one("withdrawn-release", "?locale=en")).json()) as ApiDocument;
    expect(check("Document", withdrawn)).toEqual([]);
    expect(withdrawn.withdrawal).toMatchObject({ reason: "Issued in error." });
    for (const slug of ["draft-release", "submitted-release", "scheduled-release"]) {
      const response = await one(slug, "?locale=en");
      expect(response.status).toBe(404);
      expect(check("Error", await response.json())).toEqual([]);
    }
  });

  it("gives the lead image and the photo and file blocks, in the reader's words, with absolute URLs of the public file routes", async () => {
    const photo = await database.prisma.mediaAsset.create({
      data: {
        kind: "IMAGE",
        contentHash: "ab".repeat(32),
        storageKey: "originals/apiphoto/photo.jpg",
        mimeType: "image/jpeg",
        fileName: "photo.jpg",
        byteSize: 120_000,
        width: 1600,
        height: 1000,
        textLocale: "ko",
        texts: { ko: { alt: "악수하는 두 장관", caption: "회담에 앞서", credit: "외교부" }, en: { alt: "Two ministers shaking hands", caption: "Before the talks" } },
      },
    });
    const file = await database.prisma.mediaAsset.create({
      data: {
        kind: "DOCUMENT",
        contentHash: "cd".repeat(32),
        storageKey: "originals/apifile/statement.pdf",
        mimeType: "application/pdf",
        fileName: "joint statement.pdf",
        byteSize: 52_000,
        pageCount: 2,
        language: "ko",
        textLocale: "ko",
        texts: { ko: { title: "공동언론발표문" }, en: { title: "Joint press statement" } },
      },
    });
    const body = [
      { kind: "numbered" as const, id: "media-p1", text: "양 장관은 회담하였다." },
      { kind: "image" as const, id: "media-img", mediaId: photo.id },
      { kind: "attachment" as const, id: "media-pdf", mediaId: file.id },
    ];
    const withMedia = (slug: string, state: "PUBLISHED" | "WITHDRAWN") =>
      releaseFixture(slug, "2021-08-01", {
        originalLocale: "ko",
        state,
        withdrawalReason: state === "WITHDRAWN" ? "Issued in error." : undefined,
        original: { title: `사진 ${slug}`, body },
        translations: [{ locale: "en", title: `Photo ${slug}`, body: [{ kind: "numbered", id: "media-p1", text: "The ministers met." }, body[1]!, body[2]!] }],
      });
    for (const [slug, state] of [["with-photo", "PUBLISHED"], ["withdrawn-with-photo", "WITHDRAWN"]] as const) {
      const { editionId } = await createPublishedDocument(database.prisma, withMedia(slug, state));
      await database.prisma.edition.update({ where: { id: editionId }, data: { leadImageId: photo.id } });
    }

    const origin = siteOrigin();
    const base = `${new URL(`/media/${photo.id}/${"ab".repeat(8)}`, origin).href}`;
    const summary = (await listJson("?locale=en")).data.find((item) => item.slug === "with-photo");
    expect(summary?.leadImage).toMatchObject({ id: photo.id, alt: "Two ministers shaking hands", caption: "Before the talks", credit: "외교부", width: 1600, height: 1000, url: `${base}/w1600.jpg` });
    expect(summary?.leadImage?.variants).toContainEqual({ width: 640, type: "image/avif", url: `${base}/w640.avif` });
    expect(summary?.leadImage?.variants).toHaveLength(3 * 5);

    const english = (await (await one("with-photo", "?locale=en")).json()) as ApiDocument;
    expect(check("Document", english)).toEqual([]);
    expect(english.leadImage?.id).toBe(photo.id);
    expect(english.body.map((block) => block.kind)).toEqual(["numbered", "image", "attachment"]);
    expect(english.body[1]).toMatchObject({ kind: "image", id: "media-img", image: { alt: "Two ministers shaking hands", lang: "en" } });
    expect(english.body[2]).toEqual({
      kind: "attachment",
      id: "media-pdf",
      attachment: {
        id: file.id,
        title: "Joint press statement",
        lang: "en",
        url: new URL(`/media/${file.id}/${"cd".repeat(8)}/joint%20statement.pdf`, origin).href,
        contentType: "application/pdf",
        byteSize: 52_000,
        pageCount: 2,
        language: "ko",
        accessible: false,
      },
    });
    const korean = (await (await one("with-photo", "?locale=ko")).json()) as ApiDocument;
    expect(korean.body[1]).toMatchObject({ image: { alt: "악수하는 두 장관", caption: "회담에 앞서", lang: "ko" } });

    // A withdrawn document's files are no longer public: the API names none of them.
    const withdrawn = (await (await one("withdrawn-with-photo", "?locale=en")).json()) as ApiDocument;
    expect(check("Document", withdrawn)).toEqual([]);
    expect(withdrawn.leadImage).toBeNull();
    expect(withdrawn.body.map((block) => block.kind)).toEqual(["numbered"]);
  });

  it("answers 304 to its ETag or Last-Modified, on lists and documents", async () => {
    const first = await list("?locale=en");
    const etag = first.headers.get("etag")!;
    expect((await list("?locale=en", { "if-none-match": etag })).status).toBe(304);
    expect((await list("?locale=en", { "if-modified-since": first.headers.get("last-modified")! })).status).toBe(304);
    expect((await list("?locale=ko", { "if-none-match": etag })).status).toBe(200);

    const document = await one("forum-corrected", "?locale=en");
    expect(document.headers.get("last-modified")).toBe(new Date("2021-10-12T03:00:00Z").toUTCString());
    const notModified = await one("forum-corrected", "?locale=en", { "if-none-match": document.headers.get("etag")! });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });

  it("answers 400 with a message naming the bad parameter, matching the Error schema", async () => {
    const cases: [string, string][] = [
      ["?lang=en", "Unknown parameter “lang”"],
      ["?locale=fr", "locale must be one of ko, en"],
      ["?kind=speech", "kind must be press-release or interview"],
      ["?limit=500", "limit must be a whole number from 1 to 100"],
      ["?since=last-week", "since must be an ISO 8601 date"],
      ["?cursor=abc", "cursor is not one this API gave"],
      ["?country=KOR", "country must be a two-letter ISO 3166-1 code"],
    ];
    for (const [query, message] of cases) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(check("Error", body)).toEqual([]);
      expect(body.error.message).toContain(message);
    }
    const document = await one("forum-corrected", "?locale=en&format=xml");
    expect(document.status).toBe(400);
    const notInKorean = await one("interview-one", "?locale=ko");
    expect(notInKorean.status).toBe(404);
    expect((await notInKorean.json()).error.message).toBe("“interview-one” is not published in ko; it can be read in en.");
  });
});
