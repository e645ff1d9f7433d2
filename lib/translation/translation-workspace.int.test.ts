import { beforeAll, describe, expect, it } from "vitest";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { type Actor } from "@/lib/changes/actor";
import type { Block } from "@/lib/body/schema";
import { correct } from "@/lib/editorial/correct";
import { createDocument } from "@/lib/editorial/create-document";
import { officeDate } from "@/lib/time/office-time";
import { publish } from "@/lib/editorial/publish";
import { saveEdition } from "@/lib/editorial/save-edition";
import { submit } from "@/lib/editorial/submit";
import { loadPublicDocument } from "@/lib/public/document-page";
import { testBackends } from "@/test-support/test-database";
import { NEWSROOM, useTestNewsroom } from "@/test-support/test-newsroom";
import type { TranslationEntry } from "./alignment";
import { publicTranslationStatus } from "./public-status";
import { publishTranslation } from "./publish-translation";
import { translationQueue } from "./queue";
import { rejectTranslation } from "./reject-translation";
import { saveTranslation } from "./save-translation";
import { startTranslation } from "./start-translation";
import { submitTranslation } from "./submit-translation";
import { getTranslationWorkspace } from "./workspace";
import { textOf } from "@/lib/body/schema";
import { ConflictError, DomainError } from "@/lib/errors";

// The site of the issue: Korean originals, English translations (env() reads this on first use).
process.env.CHANCERY_LOCALES = "ko,en";

let serial = 0;
/** A Korean release's body with ids unique to this test. */
function koreanRelease() {
  const tag = `${++serial}`.padStart(3, "0");
  const id = (name: string) => `${name}${tag}`;
  const blocks: Block[] = [
    { id: id("para1-"), kind: "numbered", text: "윤순구 외교부 차관보는 11.20.(월) 할라포프 아제르바이잔 외교차관과 제3차 정책협의회를 개최하였다." },
    { id: id("sub11-"), kind: "subpoint", marker: "ㅇ", level: 1, text: "양측은 수교 25주년을 맞아 우호협력 관계의 발전을 평가하였다." },
    { id: id("para2-"), kind: "numbered", text: "윤 차관보는 북핵 문제의 평화적 해결을 위한 정부의 노력을 설명하였다." },
    { id: id("para3-"), kind: "numbered", text: "양측은 차기 협의회를 바쿠에서 개최하기로 하였다." },
    { id: id("note1-"), kind: "note", text: "참석자", list: { marker: "-", items: ["윤순구 차관보", "할라포프 차관"] } },
  ];
  const english: Record<string, TranslationEntry> = {
    [blocks[0]!.id]: { sourceId: blocks[0]!.id, text: "Deputy Minister Yun Soon-gu held the 3rd policy consultation with Deputy Foreign Minister Khalafov on 20 November." },
    [blocks[1]!.id]: { sourceId: blocks[1]!.id, text: "The two sides commended the development of their relations in the 25th year since diplomatic ties." },
    [blocks[2]!.id]: {
      sourceId: blocks[2]!.id,
      text: "Yun explained the government's efforts for a peaceful resolution of the North Korean nuclear issue.",
      translatorNote: "“The government” is the government of the Republic of Korea.",
    },
    [blocks[3]!.id]: { sourceId: blocks[3]!.id, text: "The two sides agreed to hold the next consultation in Baku." },
    [blocks[4]!.id]: { sourceId: blocks[4]!.id, text: "Participants", listItems: ["Deputy Minister Yun Soon-gu", "Deputy Foreign Minister Khalaf Khalafov"] },
  };
  return { blocks, english, ids: blocks.map((block) => block.id) };
}

describe.each(testBackends())("the translation desk on %s", (backend) => {
  const { database, writer, editor, otherEditor, translator } = useTestNewsroom(backend, { ...NEWSROOM, translator: "TRANSLATOR" });
  let russianTranslator: Actor;

  beforeAll(async () => {
    const russian = await database.prisma.user.create({
      data: { email: `ru-translator-${backend}@mofa.test`, name: "Russian translator", role: "TRANSLATOR", passwordHash: "x", translatorLocales: ["ru"] },
    });
    russianTranslator = { id: russian.id, email: russian.email, role: "TRANSLATOR", active: true, translatorLocales: ["ru"] };
  });

  /** A Korean release written, submitted and published through the editorial desk. */
  async function publishedKoreanRelease(title = "제3차 한-아제르바이잔 정책협의회 개최") {
    const release = koreanRelease();
    const created = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "ko",
      title,
      publicDate: "2017-11-20",
      body: release.blocks,
    });
    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    return { ...release, documentId: created.documentId, editionId: created.editionId };
  }

  const entries = (english: Record<string, TranslationEntry>, ids: string[]) => ids.map((id) => english[id]!);

  it("translates a release block by block, publishes it, and after a correction flags exactly the changed paragraph", async () => {
    const release = await publishedKoreanRelease();
    const [para1, sub11, para2, para3, note1] = release.ids as [string, string, string, string, string];

    // The translator starts English: nothing translated yet, numbering from the source.
    const started = await startTranslation(translator, { editionId: release.editionId, locale: "en" });
    expect(started).toMatchObject({ state: "IN_PROGRESS", lockVersion: 1, created: true });
    expect(await startTranslation(translator, { editionId: release.editionId, locale: "en" })).toMatchObject({
      localizationId: started.localizationId,
      created: false,
    });
    let workspace = await getTranslationWorkspace(translator, { editionId: release.editionId, locale: "en" });
    expect(workspace.progress).toEqual({ translated: 0, total: 5, current: 0, stale: 0, untranslated: 5 });
    expect(workspace.rows.map((row) => row.number)).toEqual([1, null, 2, 3, null]);
    expect(workspace.permissions.edit).toEqual({ allowed: true });
    expect(workspace.transitions.map((transition) => [transition.name, transition.blockedBy !== null])).toEqual([["submit", true]]);

    // Block by block: two blocks first (autosave), then the rest with a translator's note.
    const partial = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: started.lockVersion,
      title: "",
      summary: "",
      blocks: entries(release.english, [para1, sub11]),
      translationKind: "UNOFFICIAL",
    });
    expect(partial).toMatchObject({ lockVersion: 2, revisionNumber: 1, state: "IN_PROGRESS" });
    expect(partial.progress).toMatchObject({ translated: 2, total: 5 });
    await expect(submitTranslation(translator, { localizationId: started.localizationId })).rejects.toThrow(
      "Translate the title first.",
    );

    const full = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: partial.lockVersion,
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      summary: "",
      blocks: entries(release.english, release.ids),
      translationKind: "UNOFFICIAL",
      translatorCredit: "Translated by the Press Office",
    });
    expect(full).toMatchObject({ lockVersion: 3, revisionNumber: 2 });
    expect(full.progress).toEqual({ translated: 5, total: 5, current: 5, stale: 0, untranslated: 0 });
    // An autosave with nothing new writes nothing.
    const again = await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: full.lockVersion,
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      summary: "",
      blocks: entries(release.english, release.ids),
      translationKind: "UNOFFICIAL",
    });
    expect(again).toMatchObject({ lockVersion: 3, revisionNumber: null, changed: [] });

    workspace = await getTranslationWorkspace(translator, { editionId: release.editionId, locale: "en" });
    expect(workspace.footnotes.byBlock).toEqual({ [para2]: 1 });
    expect(workspace.rows.find((row) => row.source.id === note1)?.translated).toMatchObject({ list: { marker: "-" } });
    expect(workspace.readiness).toEqual({ ok: true });

    const submitted = await submitTranslation(translator, { localizationId: started.localizationId, lockVersion: 3 });
    expect(submitted).toMatchObject({ state: "SUBMITTED", lockVersion: 4 });
    await expect(
      saveTranslation(translator, {
        localizationId: started.localizationId,
        lockVersion: 4,
        title: "Changed while under review",
        summary: "",
        blocks: [],
        translationKind: "UNOFFICIAL",
      }),
    ).rejects.toThrow(/submitted for review/);
    await expect(publishTranslation(translator, { localizationId: started.localizationId })).rejects.toBeInstanceOf(PermissionDeniedError);

    const published = await publishTranslation(editor, { localizationId: started.localizationId });
    expect(published.state).toBe("PUBLISHED");
    const row = await database.prisma.localization.findUniqueOrThrow({
      where: { id: started.localizationId },
      include: { publishedRevision: true },
    });
    expect(row.publishedRevision?.number).toBe(2);
    expect(row.publishedAt).toBeInstanceOf(Date);

    const english = await loadPublicDocument(release.documentId, "en");
    expect(english).toMatchObject({
      title: "ROK and Azerbaijan Hold 3rd Policy Consultation",
      translation: { kind: "UNOFFICIAL", credit: "Translated by the Press Office", original: { locale: "ko", available: true } },
    });
    expect(english?.body.find((block) => block.id === para2)?.translatorNote).toBe("“The government” is the government of the Republic of Korea.");
    expect(await publicTranslationStatus(release.documentId, "en")).toEqual({
      locale: "en",
      behind: false,
      originalUpdatedAt: null,
      originalUpdatedOn: null,
    });
    expect(await publicTranslationStatus(release.documentId, "ko")).toBeNull();
    expect((await translationQueue(translator)).items.filter((item) => item.documentId === release.documentId)).toEqual([]);

    // An editor corrects paragraph 3 of the original; another editor publishes the correction.
    const correction = await correct(editor, { documentId: release.documentId, changeNote: "Corrected the venue of the next consultation." });
    await saveEdition(editor, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      body: release.blocks.map((block) => (block.id === para3 ? { ...block, text: "양측은 차기 협의회를 서울에서 개최하기로 하였다." } : block)),
    });
    await submit(editor, { editionId: correction.editionId });
    await publish(otherEditor, { editionId: correction.editionId });
    const liveEdition = await database.prisma.edition.findUniqueOrThrow({ where: { id: correction.editionId } });

    // The queue shows the document with exactly paragraph 3 stale.
    const queue = await translationQueue(translator, { locale: "en" });
    const queued = queue.items.filter((item) => item.documentId === release.documentId);
    expect(queued).toEqual([
      expect.objectContaining({
        locale: "en",
        editionId: correction.editionId,
        editionNumber: 2,
        state: "PUBLISHED",
        missing: 0,
        stale: 1,
        total: 5,
        titleStatus: "current",
        title: "제3차 한-아제르바이잔 정책협의회 개최",
      }),
    ]);
    workspace = await getTranslationWorkspace(translator, { editionId: correction.editionId, locale: "en" });
    expect(workspace.rows.map((row) => [row.source.id, row.status])).toEqual([
      [para1, "current"],
      [sub11, "current"],
      [para2, "current"],
      [para3, "stale"],
      [note1, "current"],
    ]);
    const stale = workspace.rows[3]!;
    expect(stale.staleSince).toMatchObject({
      oldSourceText: "양측은 차기 협의회를 바쿠에서 개최하기로 하였다.",
      newSourceText: "양측은 차기 협의회를 서울에서 개최하기로 하였다.",
    });
    expect(stale.staleSince?.diff?.parts).toEqual([
      { op: "equal", text: "양측은 차기 협의회를 " },
      { op: "delete", text: "바쿠에서" },
      { op: "insert", text: "서울에서" },
      { op: "equal", text: " 개최하기로 하였다." },
    ]);
    expect(stale.translated && textOf(stale.translated)).toBe("The two sides agreed to hold the next consultation in Baku.");
    expect(workspace.readiness.ok).toBe(false);

    // Readers keep the last published translation, with the honest line.
    const stillServed = await loadPublicDocument(release.documentId, "en");
    expect(stillServed?.body.filter((block) => block.id === para3).map(textOf)[0]).toBe("The two sides agreed to hold the next consultation in Baku.");
    expect(await publicTranslationStatus(release.documentId, "en")).toEqual({
      locale: "en",
      behind: true,
      originalUpdatedAt: liveEdition.publishedAt,
      originalUpdatedOn: officeDate(liveEdition.publishedAt!, "Asia/Seoul"),
    });

    // The translator updates paragraph 3; readers see the old translation until an editor publishes the new one.
    const form = workspace.form!;
    const updated = await saveTranslation(translator, {
      localizationId: workspace.translation!.localizationId,
      lockVersion: workspace.lockVersion!,
      title: form.title,
      summary: form.summary,
      blocks: form.blocks.map((entry) =>
        entry.sourceId === para3 ? { ...entry, text: "The two sides agreed to hold the next consultation in Seoul.", sourceHash: stale.sourceHash } : entry,
      ),
      translationKind: "UNOFFICIAL",
    });
    expect(updated).toMatchObject({ state: "IN_PROGRESS", changed: ["body", "sourceHashes"] });
    expect(updated.progress).toMatchObject({ current: 5, stale: 0 });
    expect((await loadPublicDocument(release.documentId, "en"))?.body.filter((block) => block.id === para3).map(textOf)[0]).toContain("Baku");

    await submitTranslation(translator, { localizationId: updated.localizationId });
    await publishTranslation(otherEditor, { localizationId: updated.localizationId });
    expect((await loadPublicDocument(release.documentId, "en"))?.body.filter((block) => block.id === para3).map(textOf)[0]).toContain("Seoul");
    expect((await publicTranslationStatus(release.documentId, "en"))?.behind).toBe(false);
    expect((await translationQueue(translator)).items.filter((item) => item.documentId === release.documentId)).toEqual([]);

    const actions = await database.prisma.auditEvent.findMany({
      where: { subjectType: "localization", subjectId: updated.localizationId },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { action: true, fromState: true, toState: true },
    });
    expect(actions).toEqual([
      { action: "translation.save", fromState: "PUBLISHED", toState: "IN_PROGRESS" },
      { action: "translation.submit", fromState: "IN_PROGRESS", toState: "SUBMITTED" },
      { action: "translation.publish", fromState: "SUBMITTED", toState: "PUBLISHED" },
    ]);
  });

  it("refuses the original's locale, a locale the site does not have, a translator's locale not theirs, and history", async () => {
    const release = await publishedKoreanRelease("정책협의회 (거절)");
    await expect(startTranslation(translator, { editionId: release.editionId, locale: "ko" })).rejects.toThrow(
      "This is the original text, not a translation; it is changed through its edition.",
    );
    await expect(getTranslationWorkspace(translator, { editionId: release.editionId, locale: "ko" })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(startTranslation(translator, { editionId: release.editionId, locale: "ru" })).rejects.toThrow(DomainError);
    await expect(startTranslation(translator, { editionId: release.editionId, locale: "ru" })).rejects.toThrow(/not published in “ru”/);
    await expect(startTranslation(russianTranslator, { editionId: release.editionId, locale: "en" })).rejects.toThrow(
      "You translate into ru, not en.",
    );
    await expect(startTranslation(writer, { editionId: release.editionId, locale: "en" })).rejects.toThrow("Writers cannot edit translations.");
    expect((await translationQueue(russianTranslator)).items).toEqual([]);

    // A superseded edition is history: its translation can no longer be started.
    const correction = await correct(editor, { documentId: release.documentId, changeType: "MINOR" });
    await submit(editor, { editionId: correction.editionId });
    await publish(otherEditor, { editionId: correction.editionId });
    await expect(startTranslation(translator, { editionId: release.editionId, locale: "en" })).rejects.toThrow(
      "An edition that is superseded cannot be translated.",
    );
    expect(await database.prisma.localization.count({ where: { edition: { documentId: release.documentId }, isOriginal: false } })).toBe(0);
  });

  it("refuses a save from an older version with the current translation, and sends a translation back with a comment", async () => {
    const release = await publishedKoreanRelease("정책협의회 (충돌)");
    const started = await startTranslation(translator, { editionId: release.editionId, locale: "en" });
    const base = { localizationId: started.localizationId, summary: "", translationKind: "OFFICIAL" as const };
    const first = await saveTranslation(editor, { ...base, lockVersion: 1, title: "Policy consultation", blocks: entries(release.english, release.ids) });
    const refused = saveTranslation(translator, { ...base, lockVersion: 1, title: "My title", blocks: [] });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    const conflict = (await refused.catch((error: unknown) => error)) as ConflictError<{ title: string; blocks: TranslationEntry[] }>;
    expect(conflict.conflict).toMatchObject({ lockVersion: first.lockVersion, lastEditedBy: { id: editor.id }, current: { title: "Policy consultation" } });
    expect(conflict.conflict.current.blocks).toHaveLength(5);
    expect(conflict.message).toMatch(/saved this translation after you opened it/);

    await submitTranslation(translator, { localizationId: started.localizationId });
    await expect(rejectTranslation(editor, { localizationId: started.localizationId, comment: "   " })).rejects.toThrow(
      "A comment for the translator is required",
    );
    const rejected = await rejectTranslation(editor, { localizationId: started.localizationId, comment: "Use “Republic of Korea” in full." });
    expect(rejected.state).toBe("IN_PROGRESS");
    const workspace = await getTranslationWorkspace(translator, { editionId: release.editionId, locale: "en" });
    expect(workspace.rejection).toMatchObject({ comment: "Use “Republic of Korea” in full.", by: "editor" });
    expect(workspace.transitions.map((transition) => transition.name)).toEqual(["submit"]);
    // A move names the version looked at: a stale one is refused.
    await expect(submitTranslation(translator, { localizationId: started.localizationId, lockVersion: 1 })).rejects.toBeInstanceOf(ConflictError);
  });

  it("follows the original when it gains, loses and reorders blocks", async () => {
    const release = await publishedKoreanRelease("정책협의회 (재배열)");
    const [para1, sub11, para2, para3, note1] = release.ids as [string, string, string, string, string];
    const started = await startTranslation(translator, { editionId: release.editionId, locale: "en" });
    await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: 1,
      title: "Policy consultation",
      summary: "",
      blocks: entries(release.english, release.ids),
      translationKind: "OFFICIAL",
    });
    await submitTranslation(translator, { localizationId: started.localizationId });
    await publishTranslation(editor, { localizationId: started.localizationId });

    // The correction moves paragraph 3 to the top, drops paragraph 2 and adds a closing paragraph.
    const correction = await correct(editor, { documentId: release.documentId, changeNote: "Reordered." });
    const byId = new Map(release.blocks.map((block) => [block.id, block]));
    const closing: Block = { id: `close${serial}xx`, kind: "numbered", text: "차기 협의회 일정은 추후 결정될 예정이다." };
    await saveEdition(editor, {
      editionId: correction.editionId,
      lockVersion: correction.lockVersion,
      body: [byId.get(para3)!, byId.get(para1)!, byId.get(sub11)!, closing, byId.get(note1)!],
    });

    const workspace = await getTranslationWorkspace(translator, { editionId: correction.editionId, locale: "en" });
    expect(workspace.rows.map((row) => [row.source.id, row.number, row.status])).toEqual([
      [para3, 1, "current"],
      [para1, 2, "current"],
      [sub11, null, "current"],
      [closing.id, 3, "untranslated"],
      [note1, null, "current"],
    ]);
    expect(workspace.progress).toEqual({ translated: 4, total: 5, current: 4, stale: 0, untranslated: 1 });
    const queued = (await translationQueue(editor, { locale: "en" })).items.find((item) => item.documentId === release.documentId);
    expect(queued).toMatchObject({ editionId: correction.editionId, missing: 1, stale: 0 });

    // Saving the form as it stands drops the removed paragraph's translation and stores the source's order.
    const saved = await saveTranslation(translator, {
      localizationId: workspace.translation!.localizationId,
      lockVersion: workspace.lockVersion!,
      title: workspace.form!.title,
      summary: "",
      blocks: [...workspace.form!.blocks, { sourceId: closing.id, text: "The date of the next consultation will be set later." }],
      translationKind: "OFFICIAL",
    });
    expect(saved.droppedBlockIds).toEqual([para2]);
    expect(saved.progress).toMatchObject({ current: 5, untranslated: 0 });
    const stored = await database.prisma.localization.findUniqueOrThrow({ where: { id: saved.localizationId } });
    expect((stored.body as Block[]).map((block) => block.id)).toEqual([para3, para1, sub11, closing.id, note1]);
    expect(Object.keys(stored.sourceHashes as object).sort()).toEqual([...[para3, para1, sub11, closing.id, note1], "@title"].sort());
  });

  it("lets an editor publish the translation of an edition not yet live: readers see it when the edition goes live", async () => {
    const release = koreanRelease();
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", originalLocale: "ko", title: "초안 보도자료", body: release.blocks });
    const started = await startTranslation(translator, { editionId: created.editionId, locale: "en" });
    await saveTranslation(translator, {
      localizationId: started.localizationId,
      lockVersion: 1,
      title: "Draft release",
      summary: "",
      blocks: entries(release.english, release.ids),
      translationKind: "OFFICIAL",
    });
    await submitTranslation(translator, { localizationId: started.localizationId });
    await publishTranslation(editor, { localizationId: started.localizationId });
    expect(await loadPublicDocument(created.documentId, "en")).toBeNull();

    await submit(writer, { editionId: created.editionId });
    await publish(editor, { editionId: created.editionId });
    expect((await loadPublicDocument(created.documentId, "en"))?.title).toBe("Draft release");
    expect((await publicTranslationStatus(created.documentId, "en"))?.behind).toBe(false);
  });

  it("lists documents missing a locale for editors, newest first, and narrows by locale", async () => {
    const older = await publishedKoreanRelease("오래된 보도자료");
    const newer = await publishedKoreanRelease("새 보도자료");
    const items = (await translationQueue(editor, { locale: "en" })).items.filter((item) =>
      [older.documentId, newer.documentId].includes(item.documentId),
    );
    expect(items.map((item) => [item.title, item.state, item.localizationId, item.missing])).toEqual([
      ["새 보도자료", "NOT_STARTED", null, 5],
      ["오래된 보도자료", "NOT_STARTED", null, 5],
    ]);
    await expect(translationQueue(editor, { locale: "ru" })).rejects.toThrow(/not published in “ru”/);
    await expect(translationQueue(writer)).resolves.toMatchObject({ items: [] });
  });
});
