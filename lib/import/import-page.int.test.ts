import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { samplePaths } from "@/lib/seed/samples";
import { importFiles, readPageFile } from "./import-files";
import { importPage } from "./import-page";
import { editionContentHash } from "@/lib/editions/content-hash";

describe.each(testBackends())("importing pages on %s", (backend) => {
  const database = useTestDatabase(backend);

  it("imports the five samples as published documents with their date, views and structure", async () => {
    const results = await importFiles(samplePaths(), { publish: true, actor: null, client: database.prisma });
    expect(results.map((result) => result.status)).toEqual(["created", "created", "created", "created", "created"]);

    const release = await database.prisma.document.findFirstOrThrow({
      where: { slug: "rok-and-azerbaijan-hold-3rd-policy-consultation" },
      select: {
        kind: true,
        viewCount: true,
        originalLocale: true,
        firstPublishedAt: true,
        editions: { select: { state: true, publicDate: true, localizations: { select: { locale: true, isOriginal: true, translationKind: true, title: true, body: true } } } },
      },
    });
    expect(release).toMatchObject({ kind: "PRESS_RELEASE", viewCount: 6427, originalLocale: "en" });
    expect(release.editions).toHaveLength(1);
    expect(release.editions[0]!.state).toBe("PUBLISHED");
    expect(release.editions[0]!.publicDate?.toISOString().slice(0, 10)).toBe("2017-11-20");
    expect(release.editions[0]!.localizations[0]).toMatchObject({ locale: "en", isOriginal: true, translationKind: "UNOFFICIAL" });
    expect((release.editions[0]!.localizations[0]!.body as unknown[]).length).toBe(7);

    const interview = await database.prisma.document.findFirstOrThrow({ where: { kind: "INTERVIEW" }, select: { outlet: true, interviewee: true, editions: { select: { localizations: { select: { summary: true } } } } } });
    expect(interview.outlet).toBe("APA");
    expect(interview.interviewee).toContain("Kim Chang-gyu");
    expect(interview.editions[0]!.localizations[0]!.summary).toMatch(/^APA presents interview with/);

    const audit = await database.prisma.auditEvent.count({ where: { action: "document.import" } });
    expect(audit).toBe(5);

    // Published on import, fingerprinted as at any publication.
    const editions = await database.prisma.edition.findMany({ select: { id: true, contentHash: true } });
    for (const edition of editions) expect(edition.contentHash).toBe(await editionContentHash(database.prisma, edition.id));
  });

  it("is idempotent: importing the same files again duplicates nothing", async () => {
    const before = await database.prisma.document.count();
    const results = await importFiles(samplePaths(), { publish: true, actor: null, client: database.prisma });
    expect(results.every((result) => result.status === "unchanged")).toBe(true);
    expect(await database.prisma.document.count()).toBe(before);
  });

  it("reports a bad file and still imports the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-import-"));
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "binary.txt");
    const good = join(dir, "good.txt");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(good, "Press Releases\n\nMinistry Welcomes New Ambassador\n\nDate\n2024-03-05\n\n1. The Ministry welcomed the new ambassador today.\n\no The two sides discussed cooperation.\n");
    const results = await importFiles([empty, binary, good], { publish: false, actor: null, client: database.prisma });
    expect(results[0]).toMatchObject({ status: "error", message: "empty file" });
    expect(results[1]).toMatchObject({ status: "error" });
    expect((results[1] as { message: string }).message).toMatch(/binary/);
    expect(results[2]).toMatchObject({ status: "created", state: "DRAFT", slug: "ministry-welcomes-new-ambassador" });
  });

  it("leaves nothing half-written when a step fails inside the transaction", async () => {
    const parsed = readPageFile(samplePaths()[0]!);
    if (!parsed.ok) throw new Error("sample did not parse");
    const counts = async () => ({
      documents: await database.prisma.document.count(),
      editions: await database.prisma.edition.count(),
      localizations: await database.prisma.localization.count(),
      revisions: await database.prisma.revision.count(),
      audit: await database.prisma.auditEvent.count(),
    });
    const before = await counts();
    // PostgreSQL refuses NUL characters in text: the localization insert fails after the document and edition rows.
    const broken = { ...parsed.page, sourceHash: "f".repeat(64), title: "Broken\u0000title" };
    await expect(importPage(broken, { publish: true, actor: null, client: database.prisma })).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await database.prisma.document.findUnique({ where: { importKey: "f".repeat(64) } })).toBeNull();
  });
});
