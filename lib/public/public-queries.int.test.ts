import { beforeAll, describe, expect, it } from "vitest";
import {
  createPublishedDocument,
  relateDocuments,
  releaseFixture,
  translationBeingRevisedFixture,
  translationInProgressFixture,
  type DocumentFixture,
} from "@/test-support/fixtures/public";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { loadDocumentList, loadListFilterOptions } from "./document-lists";
import { loadPublicDocument, resolveDocumentSlug } from "./document-page";
import { recordView } from "./record-view";
import { textOf } from "@/lib/body/schema";

// Sub-points too, for the pages that show a body's structure.
const release = (slug: string, publicDate: string, extra: Partial<DocumentFixture> = {}) =>
  releaseFixture(slug, publicDate, extra, "1. First paragraph.\no A sub-point.\n2. Second paragraph.");

describe.each(testBackends())("public reading queries on %s", (backend) => {
  const database = useTestDatabase(backend);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const prisma = database.prisma;
    const create = async (fixture: DocumentFixture) => {
      ids[fixture.slug] = (await createPublishedDocument(prisma, fixture)).documentId;
    };

    await create(release("published", "2021-10-14", { viewCount: 6427, countries: ["UZ", "TJ"], topics: ["central-asia"] }));
    await create(release("draft", "2021-10-15", { state: "DRAFT" }));
    await create(release("submitted", "2021-10-15", { state: "SUBMITTED" }));
    await create(release("scheduled", "2021-10-15", { state: "SCHEDULED" }));
    await create(release("withdrawn", "2021-09-01", { state: "WITHDRAWN", withdrawalReason: "Issued in error." }));
    await create(
      release("translated", "2017-11-20", {
        originalLocale: "ko",
        original: { title: "제3차 한-아제르바이잔 정책협의회 개최", body: "1. 윤순구 차관보는 정책협의회를 개최하였다." },
        translations: [
          { locale: "en", kind: "UNOFFICIAL", title: "ROK and Azerbaijan Hold 3rd Policy Consultation", body: "1. On November 20, the consultation was held." },
        ],
        countries: ["AZ"],
      }),
    );
    await create(
      release("imported-unofficial", "2017-11-21", {
        originalIsUnofficialTranslation: true,
        original: { title: "ROK and Azerbaijan Hold 3rd Policy Consultation (imported)", body: "1. On November 20, the consultation was held." },
      }),
    );
    await create(translationInProgressFixture("1. Draft."));
    await create(translationBeingRevisedFixture({ title: "DRAFT TITLE", body: "1. Unpublished wording." }));
    await create(
      release("translation-behind", "2021-03-02", {
        originalLocale: "ko",
        firstPublishedAt: "2021-03-02T01:00:00Z",
        corrections: [{ publishedAt: "2021-03-04T16:00:00Z", changeNote: "문단 2를 고쳤습니다." }],
        original: { title: "한-우즈베키스탄 전략대화", body: "1. 양측은 회의를 개최하였다.\n2. 양측은 고친 문장에 합의하였다." },
        // Made from the first text of the original: the hashes no longer match the corrected paragraph 2.
        translations: [{ locale: "en", title: "Korea-Uzbekistan Strategic Dialogue", body: "1. The two sides met.\n2. They agreed.", sourceHashes: { "@title": "0", stale: "0" } }],
      }),
    );
    await create(
      release("corrected", "2021-10-13", {
        firstPublishedAt: "2021-10-13T01:00:00Z",
        corrections: [
          { publishedAt: "2021-10-14T02:00:00Z", changeNote: "Corrected the name of the Deputy Foreign Minister of Kazakhstan." },
          { publishedAt: "2021-10-15T03:00:00Z", changeNote: null, changeType: "MINOR" },
          { publishedAt: "2021-10-16T16:30:00Z", changeNote: "Added the list of heads of delegations." },
        ],
      }),
    );
    await create(
      release("interview", "2018-07-20", {
        kind: "INTERVIEW",
        interviewee: "Ambassador Kim Chang-gyu",
        outlet: "APA",
        sourceUrl: "javascript:alert(1)",
        original: { title: "Ambassador: ready to respond", summary: "APA presents interview with the Ambassador", body: "Q: How are relations?\nA: Very good." },
      }),
    );
    for (let month = 1; month <= 12; month++) {
      await create(release(`monthly-${month}`, `2019-${String(month).padStart(2, "0")}-10`, { topics: ["monthly"] }));
    }
    await relateDocuments(prisma, ids["published"]!, ids["corrected"]!);
    await relateDocuments(prisma, ids["translated"]!, ids["published"]!);
  });

  describe("a document page", () => {
    it("shows a published release with its date, views, body and taxonomy", async () => {
      const page = await loadPublicDocument(ids["published"]!, "en");
      expect(page).toMatchObject({
        slug: "published",
        kind: "PRESS_RELEASE",
        locale: "en",
        title: "Release published",
        summary: "Summary of published",
        publicDate: "2021-10-14",
        viewCount: 6427,
        translation: null,
        withdrawal: null,
        history: [],
        languages: [{ locale: "en", title: "Release published" }],
      });
      expect(page?.body.map((block) => block.kind)).toEqual(["numbered", "subpoint", "numbered"]);
      expect(page?.countries.map((country) => country.code).sort()).toEqual(["TJ", "UZ"]);
      expect(page?.topics).toEqual([{ slug: "central-asia", name: "central-asia" }]);
    });

    it("resolves the slugs of published and withdrawn documents only, and only for their kind", async () => {
      expect(await resolveDocumentSlug("PRESS_RELEASE", "published")).toBe(ids["published"]);
      expect(await resolveDocumentSlug("PRESS_RELEASE", "withdrawn")).toBe(ids["withdrawn"]);
      expect(await resolveDocumentSlug("INTERVIEW", "published")).toBeNull();
      expect(await resolveDocumentSlug("PRESS_RELEASE", "no-such-slug")).toBeNull();
    });

    it("never shows drafts, submitted or scheduled editions", async () => {
      for (const slug of ["draft", "submitted", "scheduled"]) {
        expect(await resolveDocumentSlug("PRESS_RELEASE", slug)).toBeNull();
        expect(await loadPublicDocument(ids[slug]!, "en")).toBeNull();
      }
    });

    it("keeps a withdrawn document's page, with the withdrawal notice", async () => {
      const page = await loadPublicDocument(ids["withdrawn"]!, "en");
      expect(page?.withdrawal).toEqual({ date: "2021-09-02", reason: "Issued in error." });
      expect(page?.title).toBe("Release withdrawn");
    });

    it("has no page in a language the document has no readable version in", async () => {
      expect(await loadPublicDocument(ids["published"]!, "ko")).toBeNull();
    });

    it("shows a published unofficial translation from its published revision, linked to the original", async () => {
      const english = await loadPublicDocument(ids["translated"]!, "en");
      expect(english).toMatchObject({
        locale: "en",
        originalLocale: "ko",
        title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
        translation: { kind: "UNOFFICIAL", credit: null, original: { locale: "ko", available: true }, behindOriginalSince: null },
        languages: [
          { locale: "ko", title: "제3차 한-아제르바이잔 정책협의회 개최" },
          { locale: "en", title: "ROK and Azerbaijan Hold 3rd Policy Consultation" },
        ],
      });
      expect(english?.body[0] && textOf(english.body[0])).toBe("On November 20, the consultation was held.");
      const korean = await loadPublicDocument(ids["translated"]!, "ko");
      expect(korean).toMatchObject({ locale: "ko", translation: null, title: "제3차 한-아제르바이잔 정책협의회 개최" });
    });

    it("marks an imported text of record that is itself an unofficial translation, with no original to link to", async () => {
      const page = await loadPublicDocument(ids["imported-unofficial"]!, "en");
      expect(page).toMatchObject({
        locale: "en",
        originalLocale: "en",
        translation: { kind: "UNOFFICIAL", credit: null, original: null, behindOriginalSince: null },
      });
      const list = await loadDocumentList("PRESS_RELEASE", "en", { page: 1, year: 2017 });
      expect(list.items.map((item) => [item.slug, item.translationKind])).toEqual([
        ["imported-unofficial", "UNOFFICIAL"],
        ["translated", "UNOFFICIAL"],
      ]);
    });

    it("does not show a translation that was never published, nor offer its language", async () => {
      expect(await loadPublicDocument(ids["translation-in-progress"]!, "en")).toBeNull();
      const korean = await loadPublicDocument(ids["translation-in-progress"]!, "ko");
      expect(korean?.languages.map((language) => language.locale)).toEqual(["ko"]);
    });

    it("keeps serving the published text of a translation while a revision is in progress", async () => {
      const english = await loadPublicDocument(ids["translation-being-revised"]!, "en");
      expect(english?.title).toBe("Vice Minister Choi Meets Central Asian Ambassadors");
      expect(english?.body.map(textOf)).toEqual(["The published translation."]);
      expect(english?.translation?.kind).toBe("OFFICIAL");
    });

    it("says when the original changed after the translation readers see was made", async () => {
      const english = await loadPublicDocument(ids["translation-behind"]!, "en");
      expect(english?.translation).toMatchObject({ kind: "OFFICIAL", behindOriginalSince: "2021-03-05" });
      expect((await loadPublicDocument(ids["translated"]!, "en"))?.translation?.behindOriginalSince).toBeNull();
    });

    it("lists major change notes newest first, dated in the press office's time zone, and leaves minor changes out", async () => {
      const page = await loadPublicDocument(ids["corrected"]!, "en");
      expect(page?.history).toEqual([
        { date: "2021-10-17", note: "Added the list of heads of delegations." },
        { date: "2021-10-14", note: "Corrected the name of the Deputy Foreign Minister of Kazakhstan." },
      ]);
    });

    it("shows related documents both ways, in the reader's language or else the original's", async () => {
      const published = await loadPublicDocument(ids["published"]!, "en");
      expect(published?.related.map((item) => [item.slug, item.locale])).toEqual([
        ["corrected", "en"],
        ["translated", "en"],
      ]);
      const korean = await loadPublicDocument(ids["translated"]!, "ko");
      expect(korean?.related).toEqual([{ kind: "PRESS_RELEASE", slug: "published", locale: "en", title: "Release published", publicDate: "2021-10-14" }]);
    });

    it("gives an interview its outlet and interviewee, and links only http(s) sources", async () => {
      const page = await loadPublicDocument(ids["interview"]!, "en");
      expect(page).toMatchObject({ kind: "INTERVIEW", outlet: "APA", interviewee: "Ambassador Kim Chang-gyu", sourceUrl: null });
      expect(page?.summary).toBe("APA presents interview with the Ambassador");
    });
  });

  describe("lists", () => {
    it("list published documents of one kind in the reader's language, newest first", async () => {
      const list = await loadDocumentList("PRESS_RELEASE", "en", { page: 1 }, 100);
      const slugs = list.items.map((item) => item.slug);
      expect(slugs.slice(0, 2)).toEqual(["published", "corrected"]);
      expect(slugs).toContain("translated");
      expect(slugs).toContain("translation-being-revised");
      for (const hidden of ["draft", "submitted", "scheduled", "withdrawn", "translation-in-progress", "interview"]) {
        expect(slugs).not.toContain(hidden);
      }
      const dates = list.items.map((item) => item.publicDate);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(list.items.find((item) => item.slug === "translated")?.translationKind).toBe("UNOFFICIAL");
    });

    it("list each language's readable documents", async () => {
      const korean = await loadDocumentList("PRESS_RELEASE", "ko", { page: 1 });
      expect(korean.items.map((item) => item.slug).sort()).toEqual([
        "translated",
        "translation-behind",
        "translation-being-revised",
        "translation-in-progress",
      ]);
      expect(korean.items.find((item) => item.slug === "translated")?.title).toBe("제3차 한-아제르바이잔 정책협의회 개최");
    });

    it("list interviews separately", async () => {
      const interviews = await loadDocumentList("INTERVIEW", "en", { page: 1 });
      expect(interviews.items).toMatchObject([{ slug: "interview", outlet: "APA", summary: "APA presents interview with the Ambassador" }]);
    });

    it("paginate ten to a page and bring a page past the end back to the last", async () => {
      const first = await loadDocumentList("PRESS_RELEASE", "en", { page: 1, topic: "monthly" });
      expect(first.window).toMatchObject({ page: 1, pageCount: 2, total: 12, first: 1, last: 10 });
      expect(first.items.map((item) => item.slug)[0]).toBe("monthly-12");
      const second = await loadDocumentList("PRESS_RELEASE", "en", { page: 2, topic: "monthly" });
      expect(second.items.map((item) => item.slug)).toEqual(["monthly-2", "monthly-1"]);
      const beyond = await loadDocumentList("PRESS_RELEASE", "en", { page: 9, topic: "monthly" });
      expect(beyond.window.page).toBe(2);
      expect(beyond.items).toHaveLength(2);
    });

    it("filter by year, by month, by country and by topic", async () => {
      const slugs = async (filters: Parameters<typeof loadDocumentList>[2]) =>
        (await loadDocumentList("PRESS_RELEASE", "en", filters, 100)).items.map((item) => item.slug);
      expect(await slugs({ page: 1, year: 2019 })).toHaveLength(12);
      expect(await slugs({ page: 1, year: 2019, month: 3 })).toEqual(["monthly-3"]);
      expect(await slugs({ page: 1, year: 2017 })).toEqual(["imported-unofficial", "translated"]);
      expect(await slugs({ page: 1, country: "AZ" })).toEqual(["translated"]);
      expect(await slugs({ page: 1, country: "UZ", topic: "central-asia" })).toEqual(["published"]);
      expect(await slugs({ page: 1, country: "KZ" })).toEqual([]);
      expect(await slugs({ page: 1, year: 2030 })).toEqual([]);
    });

    it("offer only the years and tags of listed documents", async () => {
      const options = await loadListFilterOptions("PRESS_RELEASE", "en");
      // No press release is dated 2018: a year with nothing in it is not offered.
      expect(options.years).toEqual([2021, 2020, 2019, 2017]);
      expect(options.countries.map((country) => country.code).sort()).toEqual(["AZ", "TJ", "UZ"]);
      expect(options.topics.map((topic) => topic.slug).sort()).toEqual(["central-asia", "monthly"]);
      const interviews = await loadListFilterOptions("INTERVIEW", "en");
      expect(interviews).toEqual({ years: [2018], countries: [], topics: [] });
      const korean = await loadListFilterOptions("INTERVIEW", "ko");
      expect(korean).toEqual({ years: [], countries: [], topics: [] });
    });
  });

  describe("the view counter", () => {
    it("adds one per recorded view, also when views arrive together", async () => {
      const before = (await loadPublicDocument(ids["interview"]!, "en"))?.viewCount ?? -1;
      await Promise.all(Array.from({ length: 5 }, () => recordView(ids["interview"]!)));
      expect((await loadPublicDocument(ids["interview"]!, "en"))?.viewCount).toBe(before + 5);
    });

    it("changes nothing for an unknown document", async () => {
      expect(await recordView("cunknowndocument00000000")).toBe(false);
    });

    it("never counts a document readers cannot see, even asked by its id", async () => {
      const prisma = (await import("@/lib/db")).db;
      for (const slug of ["draft", "submitted", "scheduled"]) {
        expect(await recordView(ids[slug]!), slug).toBe(false);
        expect(await recordView(ids[slug]!, { address: "203.0.113.9" }), slug).toBe(false);
        const row = await (await prisma()).document.findUniqueOrThrow({ where: { id: ids[slug]! }, select: { viewCount: true } });
        expect(row.viewCount, slug).toBe(0);
      }
      // A withdrawn page is still read at its address: its views count.
      expect(await recordView(ids["withdrawn"]!, { address: "203.0.113.9" })).toBe(true);
    });

    it("counts one reader once per document per window, however often and however fast they load it", async () => {
      const id = ids["published"]!;
      const count = async () => (await loadPublicDocument(id, "en"))?.viewCount ?? -1;
      const before = await count();
      const at = new Date("2026-12-03T10:05:00Z");
      const outcomes = await Promise.all(Array.from({ length: 8 }, () => recordView(id, { address: "198.51.100.4" }, at)));
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect(await recordView(id, { address: "198.51.100.4" }, new Date("2026-12-03T10:20:00Z"))).toBe(false);
      expect(await recordView(id, { address: "198.51.100.5" }, at)).toBe(true);
      expect(await recordView(id, { address: "198.51.100.4" }, new Date("2026-12-03T10:31:00Z"))).toBe(true);
      expect(await count()).toBe(before + 3);
    });
  });
});
