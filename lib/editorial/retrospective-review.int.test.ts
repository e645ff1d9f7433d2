import { describe, expect, it } from "vitest";
import { CURRENT_USER_SELECT } from "@/lib/auth/current-user";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { loadDashboard } from "@/lib/workspace/dashboard";
import { createDocument } from "./create-document";
import { forcePublish } from "./force-publish";
import { approveRetrospectiveReview, listOpenRetrospectiveReviews } from "./retrospective-review";
import { auditActions } from "@/test-support/fixtures/content";

process.env.CHANCERY_LOCALES = "ko,en";
process.env.CHANCERY_RETROSPECTIVE_REVIEW_HOURS = "6";

describe.each(testBackends())("retrospective review of a force publication, on %s", (backend) => {
  const { database, writer, editor, otherEditor } = useTestNewsroom(backend);

  it("opens a task due in the configured hours, on the dashboard until another editor approves it, audited", async () => {
    const created = await createDocument(writer, {
      kind: "PRESS_RELEASE",
      originalLocale: "ko",
      title: "긴급 성명",
      publicDate: "2026-12-03",
      body: [{ id: "retro-p1", kind: "numbered", text: "정부는 깊은 우려를 표명한다." }],
    });
    const before = Date.now();
    await forcePublish(editor, { editionId: created.editionId, reason: "The minister's statement must go out before the briefing." });

    const open = await listOpenRetrospectiveReviews(otherEditor);
    expect(open).toHaveLength(1);
    const [review] = open!;
    expect(review).toMatchObject({ editionId: created.editionId, title: "긴급 성명", overdue: false, canApprove: true, reason: "The minister's statement must go out before the briefing." });
    const hours = (review!.dueAt.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(5.99);
    expect(hours).toBeLessThan(6.01);
    expect((await listOpenRetrospectiveReviews(editor))?.[0]?.canApprove).toBe(false);
    expect(await listOpenRetrospectiveReviews(writer)).toBeNull();
    expect(await listOpenRetrospectiveReviews(otherEditor, new Date(Date.now() + 7 * 3_600_000))).toEqual([expect.objectContaining({ overdue: true })]);

    const dashboard = await loadDashboard(await database.prisma.user.findUniqueOrThrow({ where: { id: otherEditor.id }, select: CURRENT_USER_SELECT }));
    expect(dashboard.retrospectiveReviews?.map((item) => item.editionId)).toEqual([created.editionId]);

    await expect(approveRetrospectiveReview(editor, { reviewId: review!.id })).rejects.toBeInstanceOf(PermissionDeniedError);
    await approveRetrospectiveReview(otherEditor, { reviewId: review!.id, note: "Checked against the minister's text." });
    expect(await listOpenRetrospectiveReviews(otherEditor)).toEqual([]);
    await expect(approveRetrospectiveReview(otherEditor, { reviewId: review!.id })).rejects.toThrow("reviewed already");
    expect(await auditActions(database.prisma, created.editionId)).toEqual(expect.arrayContaining(["edition.forcePublish", "edition.retrospectiveApprove"]));
    const row = await database.prisma.retrospectiveReview.findUniqueOrThrow({ where: { id: review!.id } });
    expect(row).toMatchObject({ approvedById: otherEditor.id, approvalNote: "Checked against the minister's text." });
  });
});
