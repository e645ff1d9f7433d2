import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installDatabase } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { seedReaderFixtures } from "@/lib/testing/reader-fixtures";
import { createTestDatabase, testBackends, type TestDatabase } from "@/lib/testing/test-database";
import { ArchiveError, canonicalDumpHash, exportArchive, importArchive, NO_PASSWORD } from "./archive";

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe.each(testBackends())("the archive on %s", (backend) => {
  let source: TestDatabase;
  const targets: TestDatabase[] = [];
  const freshTarget = async () => {
    const target = await createTestDatabase(backend);
    targets.push(target);
    return target;
  };

  beforeAll(async () => {
    source = await createTestDatabase(backend);
    installDatabase(source);
    // The demo (accounts, taxonomy, five imported and published pages with revisions and audit) and the reading
    // site's fixtures (translations, corrections, withdrawals, tags, relations).
    await prepareFirstStart(source.prisma, parseEnv({ CHANCERY_DEMO: "true" }), () => undefined);
    await seedReaderFixtures(source.prisma);
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    for (const target of targets) await target.close();
  });

  it("restores everything into an empty database, with the same fingerprint (password hashes included)", async () => {
    const lines = await collect(exportArchive(source.prisma, { passwordHashes: true }));
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: "chancery-archive", formatVersion: 1, passwordHashes: true });
    expect(header.migrations.length).toBeGreaterThan(0);
    const end = JSON.parse(lines.at(-1)!);
    for (const table of ["User", "Document", "Edition", "Localization", "Revision", "AuditEvent", "Country", "Topic", "DocumentRelation"]) {
      expect(end.counts[table], table).toBeGreaterThan(0);
    }
    expect(end.sha256).toBe(await canonicalDumpHash(source.prisma, { passwordHashes: true }));

    const target = await freshTarget();
    const summary = await importArchive(target.prisma, lines);
    expect(summary.sha256).toBe(end.sha256);
    expect(await canonicalDumpHash(target.prisma, { passwordHashes: true })).toBe(await canonicalDumpHash(source.prisma, { passwordHashes: true }));
    // Localizations point at their published revision and revisions at their localization: the cycle came back whole.
    const withRevision = await target.prisma.localization.count({ where: { publishedRevisionId: { not: null } } });
    expect(withRevision).toBe(await source.prisma.localization.count({ where: { publishedRevisionId: { not: null } } }));
  }, 120_000);

  it("leaves password hashes out unless asked, and restored accounts cannot sign in until reset", async () => {
    const lines = await collect(exportArchive(source.prisma));
    expect(lines.join("\n")).not.toMatch(/scrypt\$/);
    const target = await freshTarget();
    await importArchive(target.prisma, lines);
    expect(await canonicalDumpHash(target.prisma)).toBe(await canonicalDumpHash(source.prisma));
    const users = await target.prisma.user.findMany({ select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((user) => user.passwordHash === NO_PASSWORD)).toBe(true);
  }, 120_000);

  it("refuses a database that already holds records, and a damaged or cut-short archive, changing nothing", async () => {
    const lines = await collect(exportArchive(source.prisma));
    await expect(importArchive(source.prisma, lines)).rejects.toThrow(/not empty/);
    const target = await freshTarget();
    await expect(importArchive(target.prisma, lines.slice(0, -1))).rejects.toThrow(/cut short/);
    await expect(importArchive(target.prisma, [lines[0]!, '{"table":"User"', lines.at(-1)!])).rejects.toThrow(ArchiveError);
    await expect(importArchive(target.prisma, ['{"format":"something-else"}'])).rejects.toThrow(/not a Chancery archive/);
    const wrongVersion = JSON.stringify({ ...JSON.parse(lines[0]!), migrations: ["20990101000000_future"] });
    await expect(importArchive(target.prisma, [wrongVersion, ...lines.slice(1)])).rejects.toThrow(/another schema version/);
    expect(await target.prisma.document.count()).toBe(0);
    // And the refusals left it restorable.
    await importArchive(target.prisma, lines);
    expect(await target.prisma.document.count()).toBe(await source.prisma.document.count());
  }, 120_000);
});
