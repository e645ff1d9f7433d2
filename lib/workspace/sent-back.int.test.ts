import { describe, expect, it } from "vitest";
import { CURRENT_USER_SELECT } from "@/lib/auth/current-user";
import { PermissionDeniedError } from "@/lib/auth/policy";
import type { Actor } from "@/lib/changes/actor";
import { createDocument } from "@/lib/editorial/create-document";
import { recall } from "@/lib/editorial/recall";
import { reject } from "@/lib/editorial/reject";
import { submit } from "@/lib/editorial/submit";
import { auditActions, createActor } from "@/test-support/fixtures/content";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { loadDashboard } from "./dashboard";

process.env.CHANCERY_LOCALES = "ko,en";

describe.each(testBackends())("sent back and withdrawn submissions, on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend);

  const draft = (by: Actor, title: string) =>
    createDocument(by, { kind: "PRESS_RELEASE", originalLocale: "ko", title, publicDate: "2026-12-01", body: [{ id: `b-${title.length}-${Date.now()}`, kind: "numbered", text: "양측은 협의회를 개최하였다." }] });
  const dashboardOf = async (actor: Actor) =>
    loadDashboard(await database.prisma.user.findUniqueOrThrow({ where: { id: actor.id }, select: CURRENT_USER_SELECT }));

  it("flags a draft sent back on the writer's dashboard, with the editor's comment, who and when", async () => {
    const created = await draft(writer, "정책협의회 개최");
    await submit(writer, { editionId: created.editionId });
    await reject(editor, { editionId: created.editionId, comment: "Check the date in paragraph 2." });

    const dashboard = await dashboardOf(writer);
    const sentBack = dashboard.myDrafts?.find((item) => item.editionId === created.editionId);
    expect(sentBack?.sentBack).toEqual({ comment: "Check the date in paragraph 2.", by: expect.any(String), at: expect.any(Date) });
    expect(dashboard.sentBack?.map((item) => item.editionId)).toEqual([created.editionId]);

    // Submitting again clears it: the comment was about the previous round.
    await submit(writer, { editionId: created.editionId });
    expect((await dashboardOf(writer)).sentBack).toEqual([]);
  });

  it("lets the writer withdraw their own submission back to draft, audited, and nobody else's", async () => {
    const created = await draft(writer, "차관 면담");
    await submit(writer, { editionId: created.editionId });
    const other = await createActor(database.prisma, "WRITER", "other-writer");
    await expect(recall(other, { editionId: created.editionId })).rejects.toBeInstanceOf(PermissionDeniedError);

    const recalled = await recall(writer, { editionId: created.editionId });
    expect(recalled.state).toBe("DRAFT");
    expect(await auditActions(database.prisma, created.editionId)).toEqual(expect.arrayContaining(["edition.submit", "edition.recall"]));
    await expect(recall(writer, { editionId: created.editionId })).rejects.toThrow("An edition that is draft cannot have its submission withdrawn.");
  });
});
