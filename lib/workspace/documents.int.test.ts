import { beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { EditionState, Role } from "@/lib/db/generated/enums";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { documentFilterQuery, listDocumentChoices, listDocuments, loadWorkspaceDocument, parseDocumentFilter } from "./documents";

const BODY = [{ id: "block-one", kind: "numbered", text: "The Minister met the ambassadors." }];

describe("the documents filter from the query string", () => {
  it("reads what it knows and ignores the rest", () => {
    expect(parseDocumentFilter({ state: "submitted", kind: "interview", mine: "1", q: "  Central   Asia ", page: "3" })).toEqual({
      state: "SUBMITTED",
      kind: "INTERVIEW",
      mine: true,
      q: "Central Asia",
      page: 3,
    });
    expect(parseDocumentFilter({ state: "superseded", kind: "poem", page: "-2", q: "" })).toEqual({ state: null, kind: null, mine: false, q: null, page: 1 });
    expect(parseDocumentFilter({ state: ["published", "draft"], page: "x" })).toMatchObject({ state: "PUBLISHED", page: 1 });
  });

  it("writes back the same filter, with the page asked for", () => {
    const filter = parseDocumentFilter({ state: "draft", mine: "1", q: "Korea & Asia" });
    expect(documentFilterQuery(filter, 2)).toBe("?state=draft&mine=1&q=Korea+%26+Asia&page=2");
    expect(parseDocumentFilter(Object.fromEntries(new URLSearchParams(documentFilterQuery(filter, 2))))).toEqual({ ...filter, page: 2 });
    expect(documentFilterQuery(parseDocumentFilter({}))).toBe("");
  });
});

describe.each(testBackends())("the editorial desk's queries on %s", (backend) => {
  const database = useTestDatabase(backend);
  let prisma: PrismaClient;
  const people = {} as Record<Role, CurrentUser>;
  let sequence = 0;

  beforeAll(async () => {
    prisma = database.prisma;
    for (const role of ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR"] as const) {
      people[role] = await prisma.user.create({
        data: { email: `${role.toLowerCase()}@mofa.example`, name: `The ${role.toLowerCase()}`, role, passwordHash: "x", translatorLocales: role === "TRANSLATOR" ? ["en"] : [] },
        select: CURRENT_USER_SELECT,
      });
    }
  });

  /** A document with editions in the given states (oldest first), started by `by`. */
  async function release(title: string, states: EditionState[], by: CurrentUser, kind: "PRESS_RELEASE" | "INTERVIEW" = "PRESS_RELEASE") {
    const document = await prisma.document.create({ data: { kind, slug: `release-${++sequence}`, originalLocale: "en", createdById: by.id } });
    const editions = [];
    for (const [index, state] of states.entries()) {
      const edition = await prisma.edition.create({
        data: {
          documentId: document.id,
          number: index + 1,
          state,
          publicDate: new Date(Date.UTC(2026, 2, sequence)),
          publishedAt: state === "DRAFT" || state === "SUBMITTED" || state === "SCHEDULED" ? null : new Date(),
          rejectionComment: state === "DRAFT" && title.includes("sent back") ? "Check paragraph 2." : null,
          createdById: by.id,
          lastEditedById: by.id,
        },
      });
      await prisma.localization.create({ data: { editionId: edition.id, locale: "en", isOriginal: true, title: index === 0 ? title : `${title} (corrected)`, body: BODY } });
      editions.push(edition);
    }
    return { document, editions };
  }

  let draft: Awaited<ReturnType<typeof release>>;
  let corrected: Awaited<ReturnType<typeof release>>;
  let withdrawn: Awaited<ReturnType<typeof release>>;
  let interview: Awaited<ReturnType<typeof release>>;

  beforeAll(async () => {
    draft = await release("Writer's draft, sent back", ["DRAFT"], people.WRITER);
    corrected = await release("Forum outcome", ["SUPERSEDED", "PUBLISHED", "DRAFT"], people.EDITOR);
    withdrawn = await release("Withdrawn notice", ["WITHDRAWN"], people.EDITOR);
    interview = await release("Ambassador's interview", ["SUBMITTED"], people.EDITOR, "INTERVIEW");
  });

  const titles = (list: { rows: { title: string }[] }) => list.rows.map((row) => row.title);
  const all = parseDocumentFilter({});

  it("lists each document once, by its edition in progress, else its live one", async () => {
    const list = await listDocuments(people.EDITOR, all);
    expect(list.total).toBe(4);
    const row = list.rows.find((entry) => entry.documentId === corrected.document.id)!;
    expect(row).toMatchObject({ title: "Forum outcome (corrected)", editionNumber: 3, state: "DRAFT", liveState: "PUBLISHED" });
    expect(list.rows.find((entry) => entry.documentId === draft.document.id)).toMatchObject({ state: "DRAFT", rejected: true, liveState: null });
  });

  it("filters by state (any edition of the document), kind, the viewer's own work and title words", async () => {
    expect(titles(await listDocuments(people.EDITOR, { ...all, state: "PUBLISHED" }))).toEqual(["Forum outcome (corrected)"]);
    expect(titles(await listDocuments(people.EDITOR, { ...all, state: "DRAFT" })).sort()).toEqual(["Forum outcome (corrected)", "Writer's draft, sent back"]);
    expect(titles(await listDocuments(people.EDITOR, { ...all, kind: "INTERVIEW" }))).toEqual(["Ambassador's interview"]);
    expect(titles(await listDocuments(people.WRITER, { ...all, mine: true }))).toEqual(["Writer's draft, sent back"]);
    expect(titles(await listDocuments(people.EDITOR, { ...all, q: "FORUM" }))).toEqual(["Forum outcome (corrected)"]);
  });

  it("shows translators only what they may translate", async () => {
    const list = await listDocuments(people.TRANSLATOR, all);
    expect(titles(list).sort()).toEqual(["Ambassador's interview", "Forum outcome (corrected)", "Writer's draft, sent back"]);
    expect(await loadWorkspaceDocument(people.TRANSLATOR, withdrawn.document.id)).toBeNull();
  });

  it("pages through long lists", async () => {
    const first = await listDocuments(people.EDITOR, all);
    expect(first.pageCount).toBe(1);
    const beyond = await listDocuments(people.EDITOR, { ...all, page: 9 });
    expect(beyond.filter.page).toBe(1);
    expect(beyond.rows).toHaveLength(4);
  });

  it("loads a document's desk: the edition in progress, the live one, every edition and the policy's subject", async () => {
    const desk = (await loadWorkspaceDocument(people.EDITOR, corrected.document.id))!;
    expect(desk.current).toMatchObject({ number: 3, state: "DRAFT", title: "Forum outcome (corrected)", body: BODY });
    expect(desk.current.subject).toEqual({
      type: "edition",
      state: "DRAFT",
      createdById: people.EDITOR.id,
      lastEditedById: people.EDITOR.id,
      hasEditionInProgress: false,
    });
    expect(desk.live).toMatchObject({ number: 2, state: "PUBLISHED" });
    expect(desk.editions.map((edition) => edition.number)).toEqual([3, 2, 1]);

    const live = (await loadWorkspaceDocument(people.EDITOR, withdrawn.document.id))!;
    expect(live.current.state).toBe("WITHDRAWN");
    expect(live.live).toBeNull();
    expect(await loadWorkspaceDocument(people.EDITOR, "no-such-document")).toBeNull();
  });

  it("offers other documents to relate, not the document itself", async () => {
    const choices = await listDocumentChoices(people.EDITOR, { exclude: interview.document.id });
    expect(choices.map((choice) => choice.id)).not.toContain(interview.document.id);
    expect(choices).toHaveLength(3);
  });
});
