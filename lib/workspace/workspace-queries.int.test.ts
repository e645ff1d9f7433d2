import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EditionState, Role } from "@/lib/db/generated/enums";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { PermissionDeniedError } from "@/lib/auth/policy";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { AUDIT_PAGE_SIZE, listAuditEvents, parseAuditFilter } from "./audit-log";
import { loadDashboard } from "./dashboard";

const ZONE = "Asia/Seoul";

describe.each(testBackends())("workspace queries on %s", (backend) => {
  const database = useTestDatabase(backend);
  let prisma: PrismaClient;
  const people = {} as Record<Role, CurrentUser> & { otherEditor: CurrentUser };

  beforeAll(async () => {
    prisma = database.prisma;
    for (const role of ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR"] as const) {
      people[role] = await prisma.user.create({
        data: { email: `${role.toLowerCase()}@mofa.example`, name: role, role, passwordHash: "x", translatorLocales: role === "TRANSLATOR" ? ["en"] : [] },
        select: CURRENT_USER_SELECT,
      });
    }
    people.otherEditor = await prisma.user.create({
      data: { email: "other@mofa.example", name: "Other editor", role: "EDITOR", passwordHash: "x" },
      select: CURRENT_USER_SELECT,
    });
  });

  let slug = 0;
  async function edition(title: string, state: EditionState, by: CurrentUser, lastEditedBy: CurrentUser = by, translations: Array<{ locale: string; state: "IN_PROGRESS" | "PUBLISHED" }> = []) {
    const document = await prisma.document.create({ data: { kind: "PRESS_RELEASE", slug: `release-${++slug}`, originalLocale: "ko", createdById: by.id } });
    const created = await prisma.edition.create({
      data: {
        documentId: document.id,
        state,
        number: 1,
        publicDate: new Date("2026-03-01"),
        publishedAt: state === "PUBLISHED" ? new Date() : null,
        createdById: by.id,
        lastEditedById: lastEditedBy.id,
      },
    });
    await prisma.localization.createMany({
      data: [
        { editionId: created.id, locale: "ko", isOriginal: true, title },
        ...translations.map((translation) => ({ editionId: created.id, locale: translation.locale, isOriginal: false, title: `${title} (${translation.locale})`, translationState: translation.state })),
      ],
    });
    return created;
  }

  describe("the dashboard", () => {
    beforeAll(async () => {
      await edition("Writer's draft", "DRAFT", people.WRITER);
      await edition("Writer's submission", "SUBMITTED", people.WRITER);
      await edition("Edited last by the editor", "SUBMITTED", people.WRITER, people.EDITOR);
      await edition("Published release", "PUBLISHED", people.EDITOR, people.EDITOR, [{ locale: "en", state: "PUBLISHED" }]);
      await edition("Being translated", "PUBLISHED", people.EDITOR, people.EDITOR, [{ locale: "en", state: "IN_PROGRESS" }]);
    });

    it("shows a writer their drafts and submissions, and no review or force-publish panels", async () => {
      const dashboard = await loadDashboard(people.WRITER);
      expect(dashboard.myDrafts?.map((item) => item.title)).toEqual(["Writer's draft"]);
      expect(dashboard.mySubmitted?.map((item) => item.title).sort()).toEqual(["Edited last by the editor", "Writer's submission"]);
      expect(dashboard.awaitingReview).toBeNull();
      expect(dashboard.forcePublished).toBeNull();
      expect(dashboard.translationsToDo).toBeNull();
    });

    it("shows an editor what they may publish: not what they changed last themselves", async () => {
      const dashboard = await loadDashboard(people.EDITOR);
      expect(dashboard.awaitingReview?.map((item) => item.title)).toEqual(["Writer's submission"]);
      expect((await loadDashboard(people.otherEditor)).awaitingReview?.map((item) => item.title).sort()).toEqual([
        "Edited last by the editor",
        "Writer's submission",
      ]);
      expect(dashboard.forcePublished).toEqual([]);
    });

    it("shows a translator the translations into their languages still to do", async () => {
      const dashboard = await loadDashboard(people.TRANSLATOR);
      expect(dashboard.translationsToDo?.map((item) => [item.title, item.locale, item.translationState]).sort()).toEqual([
        ["Being translated", "en", "IN_PROGRESS"],
        ["Edited last by the editor", "en", "NOT_STARTED"],
        ["Writer's draft", "en", "NOT_STARTED"],
        ["Writer's submission", "en", "NOT_STARTED"],
      ]);
      expect(dashboard.myDrafts).toBeNull();
    });

    it("shows everyone what was published recently", async () => {
      const dashboard = await loadDashboard(people.TRANSLATOR);
      expect(dashboard.recentlyPublished.map((item) => item.title).sort()).toEqual(["Being translated", "Published release"]);
    });
  });

  describe("the audit log", () => {
    beforeAll(async () => {
      await prisma.auditEvent.deleteMany();
      const at = (iso: string) => new Date(iso);
      await prisma.auditEvent.createMany({
        data: [
          // 00:30 on 2 March in Seoul is still 1 March in UTC.
          { at: at("2026-03-01T15:30:00Z"), action: "auth.sign_in", actorId: people.ADMIN.id, actorEmail: "admin@mofa.example", subjectType: "user", subjectId: people.ADMIN.id },
          { at: at("2026-03-02T01:00:00Z"), action: "user.role_changed", actorId: people.ADMIN.id, actorEmail: "admin@mofa.example", subjectType: "user", subjectId: people.WRITER.id, fromState: "WRITER", toState: "EDITOR" },
          { at: at("2026-03-03T01:00:00Z"), action: "auth.sign_in_failed", actorEmail: "stranger@example.org", subjectType: "user", reason: "No account has this email." },
          ...Array.from({ length: AUDIT_PAGE_SIZE }, (_, i) => ({ at: at(`2026-02-01T00:${String(i).padStart(2, "0")}:00Z`), action: "auth.sign_in", actorEmail: "editor@mofa.example", subjectType: "user" })),
        ],
      });
    });

    it("is for admins only", async () => {
      await expect(listAuditEvents(people.EDITOR, parseAuditFilter({}), ZONE)).rejects.toBeInstanceOf(PermissionDeniedError);
    });

    it("lists newest first, fifty to a page, naming the accounts events are about", async () => {
      const first = await listAuditEvents(people.ADMIN, parseAuditFilter({}), ZONE);
      expect(first.total).toBe(AUDIT_PAGE_SIZE + 3);
      expect(first.pageCount).toBe(2);
      expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
      expect(first.entries[0]).toMatchObject({ action: "auth.sign_in_failed", actorEmail: "stranger@example.org", subjectUser: null });
      expect(first.entries[1]).toMatchObject({ action: "user.role_changed", actorName: "ADMIN", subjectUser: { name: "WRITER", email: "writer@mofa.example" } });
      expect(first.actions).toEqual(["auth.sign_in", "auth.sign_in_failed", "user.role_changed"]);
      const second = await listAuditEvents(people.ADMIN, parseAuditFilter({ page: "2" }), ZONE);
      expect(second.entries).toHaveLength(3);
    });

    it("filters by action, by part of the actor's email and by office dates", async () => {
      const byAction = await listAuditEvents(people.ADMIN, parseAuditFilter({ action: "user.role_changed" }), ZONE);
      expect(byAction.entries.map((entry) => entry.action)).toEqual(["user.role_changed"]);
      const byActor = await listAuditEvents(people.ADMIN, parseAuditFilter({ actor: "ADMIN@" }), ZONE);
      expect(byActor.total).toBe(2);
      const byDay = await listAuditEvents(people.ADMIN, parseAuditFilter({ from: "2026-03-02", to: "2026-03-02" }), ZONE);
      expect(byDay.entries.map((entry) => entry.action).sort()).toEqual(["auth.sign_in", "user.role_changed"]);
    });

    it("ignores a malformed filter rather than failing", () => {
      expect(parseAuditFilter({ from: "yesterday", to: "2026-02-30", page: "-3", action: ["a", "b"], actor: "   ", document: "" })).toEqual({
        action: "a",
        actor: null,
        document: null,
        from: null,
        to: null,
        page: 1,
      });
    });
  });

  describe("the audit log of documents", () => {
    let consultation: { documentId: string; editionId: string };
    let forum: { documentId: string; editionId: string };
    let translationId: string;

    beforeAll(async () => {
      await prisma.auditEvent.deleteMany();
      const ids = (row: { id: string; documentId: string }) => ({ documentId: row.documentId, editionId: row.id });
      consultation = ids(await edition("ROK-Azerbaijan Policy Consultation", "PUBLISHED", people.WRITER, people.WRITER, [{ locale: "en", state: "PUBLISHED" }]));
      forum = ids(await edition("Korea-Central Asia Cooperation Forum", "SUBMITTED", people.WRITER));
      translationId = (await prisma.localization.findFirstOrThrow({ where: { editionId: consultation.editionId, locale: "en" } })).id;
      const at = (minute: number) => new Date(`2026-04-01T00:${String(minute).padStart(2, "0")}:00Z`);
      const editor = { actorId: people.otherEditor.id, actorEmail: "other@mofa.example" };
      await prisma.auditEvent.createMany({
        data: [
          { at: at(1), action: "document.create", actorId: people.WRITER.id, actorEmail: "writer@mofa.example", subjectType: "document", subjectId: consultation.documentId, toState: "DRAFT" },
          { at: at(2), action: "edition.reject", ...editor, subjectType: "edition", subjectId: consultation.editionId, fromState: "SUBMITTED", toState: "DRAFT", reason: "Name the month.", data: { documentId: consultation.documentId, number: 1 } },
          { at: at(3), action: "edition.publish", ...editor, subjectType: "edition", subjectId: consultation.editionId, fromState: "SUBMITTED", toState: "PUBLISHED", data: { documentId: consultation.documentId, number: 1 } },
          { at: at(4), action: "translation.publish", ...editor, subjectType: "localization", subjectId: translationId, data: { documentId: consultation.documentId, locale: "en" } },
          { at: at(5), action: "edition.submit", actorId: people.WRITER.id, actorEmail: "writer@mofa.example", subjectType: "edition", subjectId: forum.editionId, data: { documentId: forum.documentId, number: 1 } },
          { at: at(6), action: "auth.sign_in", ...editor, subjectType: "user", subjectId: people.otherEditor.id },
        ],
      });
    });

    it("names the document an event is about by its title, with the edition or the translation", async () => {
      const log = await listAuditEvents(people.ADMIN, parseAuditFilter({}), ZONE);
      const about = Object.fromEntries(log.entries.map((entry) => [entry.action, entry.subjectDocument]));
      expect(about["edition.publish"]).toEqual({ id: consultation.documentId, title: "ROK-Azerbaijan Policy Consultation", detail: "edition 1" });
      expect(about["translation.publish"]).toEqual({ id: consultation.documentId, title: "ROK-Azerbaijan Policy Consultation", detail: "English translation" });
      expect(about["document.create"]).toEqual({ id: consultation.documentId, title: "ROK-Azerbaijan Policy Consultation", detail: null });
      expect(about["edition.submit"]).toMatchObject({ id: forum.documentId, title: "Korea-Central Asia Cooperation Forum" });
      expect(about["auth.sign_in"]).toBeNull();
      expect(log.entries.find((entry) => entry.action === "edition.reject")).toMatchObject({ actorName: "Other editor", reason: "Name the month." });
    });

    it("filters by document (part of its title, or its id) and by person (part of a name or an email)", async () => {
      const byTitle = await listAuditEvents(people.ADMIN, parseAuditFilter({ document: "azerbaijan" }), ZONE);
      expect(byTitle.entries.map((entry) => entry.action)).toEqual(["translation.publish", "edition.publish", "edition.reject", "document.create"]);
      const byId = await listAuditEvents(people.ADMIN, parseAuditFilter({ document: forum.documentId }), ZONE);
      expect(byId.entries.map((entry) => entry.action)).toEqual(["edition.submit"]);
      const nothing = await listAuditEvents(people.ADMIN, parseAuditFilter({ document: "no such release" }), ZONE);
      expect(nothing.total).toBe(0);
      const byName = await listAuditEvents(people.ADMIN, parseAuditFilter({ actor: "other ed" }), ZONE);
      expect(byName.entries.map((entry) => entry.action)).toEqual(["auth.sign_in", "translation.publish", "edition.publish", "edition.reject"]);
      const both = await listAuditEvents(people.ADMIN, parseAuditFilter({ actor: "Other", document: "Azerbaijan", action: "edition.publish" }), ZONE);
      expect(both.entries.map((entry) => entry.action)).toEqual(["edition.publish"]);
    });
  });
});
