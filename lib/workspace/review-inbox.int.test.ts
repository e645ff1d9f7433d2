import { beforeAll, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { createDocument } from "@/lib/editorial/create-document";
import { submit } from "@/lib/editorial/submit";
import { CURRENT_USER_SELECT } from "@/lib/auth/current-user";
import { submitTranslation } from "@/lib/translation/submit-translation";
import { createTranslationFixture } from "@/test-support/fixtures/translation";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import { loadDashboard } from "./dashboard";
import { filterReviewItems, loadReviewInbox, parseReviewFilter } from "./review-inbox";

process.env.CHANCERY_LOCALES = "ko,en,ru";

describe.each(testBackends())("the review inbox on %s", (backend) => {
  const { database, writer, editor, translator } = useTestNewsroom(backend, { ...NEWSROOM, translator: "TRANSLATOR" });
  let translationId: string;

  beforeAll(async () => {
    const release = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "ko",
      title: "제3차 정책협의회 개최",
      publicDate: "2026-12-01",
      body: [{ id: "inbox-p1", kind: "numbered", text: "양측은 정책협의회를 개최하였다." }],
    });
    await submit(writer, { editionId: release.editionId });

    const translated = await createTranslationFixture(database.prisma, { translation: "IN_PROGRESS" });
    translationId = translated.localizationId!;
    await submitTranslation(translator, { localizationId: translationId });
  });

  it("shows the editor's dashboard a submitted translation, not “Nothing is waiting for your review”", async () => {
    const dashboard = await loadDashboard(await database.prisma.user.findUniqueOrThrow({ where: { id: editor.id }, select: CURRENT_USER_SELECT }));
    expect(dashboard.awaitingReview?.map((item) => [item.type, item.locale])).toEqual([
      ["edition", "ko"],
      ["translation", "en"],
    ]);
    expect(dashboard.awaitingReviewTotal).toBe(2);
  });

  it("lists every submitted edition and translation, saying who submitted each", async () => {
    const inbox = await loadReviewInbox(editor, parseReviewFilter({}));
    expect(inbox.total).toBe(2);
    expect(inbox.items.map((item) => [item.type, item.submittedBy?.id, item.blockedBy])).toEqual([
      ["edition", writer.id, null],
      ["translation", translator.id, null],
    ]);
    expect(inbox.items[1]!.href).toMatch(/\/translate\/en$/);
    expect(inbox.submitters.map((person) => person.id).sort()).toEqual([writer.id, translator.id].sort());
    expect(inbox.locales).toEqual(["en", "ko"]);
  });

  it("filters by what, kind, language, who and age", async () => {
    const filtered = async (params: Record<string, string>) => (await loadReviewInbox(editor, parseReviewFilter(params))).items.map((item) => item.type);
    expect(await filtered({ what: "translations" })).toEqual(["translation"]);
    expect(await filtered({ what: "editions" })).toEqual(["edition"]);
    expect(await filtered({ kind: "INTERVIEW" })).toEqual([]);
    expect(await filtered({ locale: "en" })).toEqual(["translation"]);
    expect(await filtered({ who: writer.id })).toEqual(["edition"]);
    expect(await filtered({ age: "1d" })).toEqual([]);
    const all = (await loadReviewInbox(editor, parseReviewFilter({}))).items;
    const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
    expect(filterReviewItems(all, parseReviewFilter({ age: "1d" }), inTwoDays)).toHaveLength(2);
    expect(filterReviewItems(all, parseReviewFilter({ age: "3d" }), inTwoDays)).toHaveLength(0);
  });

  it("ignores a malformed filter rather than failing", () => {
    expect(parseReviewFilter({ what: "everything", kind: "MEMO", locale: "<script>", who: "a b", age: "1y" })).toEqual({
      what: "all",
      kind: null,
      locale: null,
      submittedBy: null,
      age: "any",
    });
  });

  it("is for reviewers: writers and translators are refused", async () => {
    await expect(loadReviewInbox(writer, parseReviewFilter({}))).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(loadReviewInbox(translator, parseReviewFilter({}))).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
