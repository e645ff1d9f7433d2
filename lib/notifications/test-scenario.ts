// The desk events the notification tests walk through, each made by its real verb. For tests only.
import type { Actor } from "@/lib/content/actor";
import { createDocument } from "@/lib/content/create-document";
import { forcePublish } from "@/lib/content/force-publish";
import { publishDue } from "@/lib/content/publish-due";
import { reject } from "@/lib/content/reject";
import { schedule } from "@/lib/content/schedule";
import { submit } from "@/lib/content/submit";
import { submitTranslation } from "@/lib/translation/submit-translation";

let serial = 0;

export async function walkTheDesk(people: { writer: Actor; editor: Actor; otherEditor: Actor; translator: Actor }, translationId: string) {
  const { writer, editor, otherEditor, translator } = people;
  const draft = () =>
    createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "ko",
      title: `차관 면담 ${++serial}`,
      publicDate: "2026-12-03",
      body: [{ id: `notify-p${serial}-${Date.now()}`, kind: "numbered", text: "양측은 협의회를 개최하였다." }],
    });

  const sentBack = await draft();
  await submit(writer, { editionId: sentBack.editionId });
  await reject(editor, { editionId: sentBack.editionId, comment: "Check the date in paragraph 2." });

  await submitTranslation(translator, { localizationId: translationId });

  const scheduled = await draft();
  await submit(writer, { editionId: scheduled.editionId });
  await schedule(editor, { editionId: scheduled.editionId, publishAt: "2040-06-01T10:00" });
  await publishDue({ now: new Date("2040-06-02T00:00:00Z") });

  const forced = await draft();
  await forcePublish(otherEditor, { editionId: forced.editionId, reason: "The statement had to go out before the briefing." });
  return { sentBack, scheduled, forced };
}
