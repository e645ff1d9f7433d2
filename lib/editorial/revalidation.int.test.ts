import { beforeEach, describe, expect, it, vi } from "vitest";
import { testBackends } from "@/test-support/test-database";
import { useTestNewsroom } from "@/test-support/test-newsroom";
import { createDocument } from "./create-document";
import { saveEdition } from "./save-edition";
import { submit } from "./submit";
import { publish } from "./publish";
import { schedule } from "./schedule";
import { publishDue } from "./publish-due";
import { correct } from "./correct";
import { withdraw } from "./withdraw";
import { unwithdraw } from "./unwithdraw";
import { paragraphs } from "@/test-support/fixtures/content";

const revalidated = vi.hoisted(() => ({ calls: [] as string[], fail: false }));

vi.mock("@/lib/public/revalidate", () => ({
  PUBLIC_TAGS: {},
  revalidateDocument(documentId: string) {
    revalidated.calls.push(documentId);
    if (revalidated.fail) throw new Error("cache unavailable");
  },
}));

describe.each(testBackends())("public pages are revalidated after changes readers see, on %s", (backend) => {
  const { database, writer, editor } = useTestNewsroom(backend, { writer: "WRITER", editor: "EDITOR" });

  beforeEach(() => {
    revalidated.calls = [];
    revalidated.fail = false;
  });

  it("on publishing, correcting, withdrawing and undoing a withdrawal; a correction's retagging only when it is published", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Revalidated", body: paragraphs("Text.") });
    await saveEdition(writer, { editionId: created.editionId, lockVersion: 1, summary: "Draft only." });
    await submit(writer, { editionId: created.editionId });
    expect(revalidated.calls).toEqual([]);

    await publish(editor, { editionId: created.editionId });
    expect(revalidated.calls).toEqual([created.documentId]);
    const correction = await correct(writer, { documentId: created.documentId, changeType: "MINOR" });
    await withdraw(editor, { editionId: created.editionId, reason: "Wrong." });
    await unwithdraw(editor, { editionId: created.editionId });
    expect(revalidated.calls).toHaveLength(4);

    const country = await database.prisma.country.create({ data: { code: "KZ", names: { en: "Kazakhstan" } } });
    await saveEdition(writer, { editionId: correction.editionId, lockVersion: correction.lockVersion, taxonomy: { countries: [country.id] } });
    // The tag waits on the correction: the live page has not changed.
    expect(revalidated.calls).toHaveLength(4);
    await submit(writer, { editionId: correction.editionId });
    await publish(editor, { editionId: correction.editionId });
    expect(revalidated.calls).toHaveLength(5);
  });

  it("on publishing at the scheduled time", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Scheduled", body: paragraphs("Text.") });
    await submit(writer, { editionId: created.editionId });
    await schedule(editor, { editionId: created.editionId, publishAt: "2040-01-01T09:00" });
    expect(revalidated.calls).toEqual([]);
    await publishDue({ now: new Date("2040-01-02T00:00:00Z") });
    expect(revalidated.calls).toEqual([created.documentId]);
  });

  it("without turning a committed publication into an error when the cache cannot be refreshed", async () => {
    const created = await createDocument(writer, { kind: "PRESS_RELEASE", title: "Cache down", body: paragraphs("Text.") });
    await submit(writer, { editionId: created.editionId });
    revalidated.fail = true;
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(publish(editor, { editionId: created.editionId })).resolves.toMatchObject({ state: "PUBLISHED" });
      expect(quiet).toHaveBeenCalledWith(expect.stringMatching(/could not refresh/), expect.any(Error));
    } finally {
      quiet.mockRestore();
    }
  });
});
