import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor } from "@/test-support/fixtures/content";
import { localStorage, setMediaStorageForTests, type MediaStorage } from "@/lib/media/storage";
import { uploadMedia } from "@/lib/media/upload-media";
import { installDatabase } from "@/lib/db";
import { parseEnv } from "@/lib/env";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { seedReaderFixtures } from "@/test-support/fixtures/reader";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { ArchiveError, canonicalDumpHash, exportArchive, importArchive, NO_PASSWORD } from "./archive";

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe.each(testBackends())("the archive on %s", (backend) => {
  let source: TestDatabase;
  let sourceFiles: MediaStorage;
  const folders: string[] = [];
  const targets: TestDatabase[] = [];
  const folder = async () => {
    const path = await mkdtemp(join(tmpdir(), "chancery-archive-media-"));
    folders.push(path);
    return path;
  };
  const freshTarget = async () => {
    const target = await createTestDatabase(backend);
    targets.push(target);
    return target;
  };
  const export_ = (options: { passwordHashes?: boolean } = {}) => collect(exportArchive(source.prisma, { ...options, storage: sourceFiles }));

  beforeAll(async () => {
    source = await createTestDatabase(backend);
    installDatabase(source);
    // The demo (accounts, taxonomy, five imported and published pages with revisions and audit) and the reading
    // site's fixtures (translations, corrections, withdrawals, tags, relations).
    await prepareFirstStart(source.prisma, parseEnv({ CHANCERY_DEMO: "true" }), () => undefined);
    await seedReaderFixtures(source.prisma);
    // The media library: a photo and a PDF, stored in the source's own folder.
    sourceFiles = localStorage(await folder());
    setMediaStorageForTests(sourceFiles);
    const writer = await createActor(source.prisma, "WRITER");
    const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#4a6fa5" } }).jpeg().toBuffer();
    await uploadMedia(writer, { file: new File([new Uint8Array(jpeg)], "talks.jpg", { type: "image/jpeg" }), textLocale: "en", alt: "The talks", caption: "At the table" });
    const pdf = await PDFDocument.create();
    pdf.addPage([595, 842]);
    await uploadMedia(writer, { file: new File([new Uint8Array(await pdf.save())], "statement.pdf", { type: "application/pdf" }), textLocale: "en", title: "Statement" });
    setMediaStorageForTests(null);
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    for (const target of targets) await target.close();
    for (const path of folders) await rm(path, { recursive: true, force: true });
  });

  it("carries every media item's file, and restores each one byte for byte into the target's storage", async () => {
    const lines = await export_();
    const items = await source.prisma.mediaAsset.findMany({ select: { storageKey: true, contentHash: true } });
    expect(items).toHaveLength(2);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ files: 2, counts: { MediaAsset: 2 } });

    const target = await freshTarget();
    const targetFiles = localStorage(await folder());
    const summary = await importArchive(target.prisma, lines, { storage: targetFiles });
    expect(summary).toMatchObject({ files: 2, missingFiles: [] });
    for (const item of items) {
      const original = (await sourceFiles.get(item.storageKey))!;
      const restored = await targetFiles.get(item.storageKey);
      expect(restored, item.storageKey).not.toBeNull();
      expect(sha256(restored!)).toBe(sha256(original));
      expect(sha256(restored!)).toBe(item.contentHash);
    }
    expect(await canonicalDumpHash(target.prisma)).toBe(await canonicalDumpHash(source.prisma));
  }, 120_000);

  it("refuses a damaged file or an archive missing one, restoring no record; an old archive without files still restores", async () => {
    const lines = await export_();
    const fileAt = lines.findIndex((line) => line.startsWith('{"file":'));
    const entry = JSON.parse(lines[fileAt]!);
    const damaged = Buffer.from(entry.file.bytes, "base64");
    damaged.writeUInt8(damaged.readUInt8(damaged.length - 1) ^ 0xff, damaged.length - 1);
    const withDamaged = lines.with(fileAt, JSON.stringify({ file: { ...entry.file, bytes: damaged.toString("base64") } }));
    const target = await freshTarget();
    await expect(importArchive(target.prisma, withDamaged, { storage: localStorage(await folder()) })).rejects.toThrow(/is damaged/);
    const withoutFile = lines.filter((_, index) => index !== fileAt);
    await expect(importArchive(target.prisma, withoutFile, { storage: localStorage(await folder()) })).rejects.toThrow(/lacks the files of 1 media item/);
    expect(await target.prisma.mediaAsset.count()).toBe(0);

    const version1 = [JSON.stringify({ ...JSON.parse(lines[0]!), formatVersion: 1 }), ...lines.slice(1).filter((line) => !line.startsWith('{"file":'))];
    const old = JSON.parse(version1.at(-1)!);
    delete old.files;
    version1[version1.length - 1] = JSON.stringify(old);
    const summary = await importArchive(target.prisma, version1, { storage: localStorage(await folder()) });
    expect(summary.files).toBe(0);
    expect(summary.missingFiles.sort()).toEqual((await source.prisma.mediaAsset.findMany({ select: { storageKey: true } })).map((row) => row.storageKey).sort());
  }, 120_000);

  it("restores everything into an empty database, with the same fingerprint (password hashes included)", async () => {
    const lines = await export_({ passwordHashes: true });
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: "chancery-archive", formatVersion: 2, passwordHashes: true });
    expect(header.migrations.length).toBeGreaterThan(0);
    const end = JSON.parse(lines.at(-1)!);
    for (const table of ["User", "Document", "Edition", "Localization", "Revision", "AuditEvent", "Country", "Topic", "DocumentRelation"]) {
      expect(end.counts[table], table).toBeGreaterThan(0);
    }
    expect(end.sha256).toBe(await canonicalDumpHash(source.prisma, { passwordHashes: true }));

    const target = await freshTarget();
    const summary = await importArchive(target.prisma, lines, { storage: localStorage(await folder()) });
    expect(summary.sha256).toBe(end.sha256);
    expect(await canonicalDumpHash(target.prisma, { passwordHashes: true })).toBe(await canonicalDumpHash(source.prisma, { passwordHashes: true }));
    // Localizations point at their published revision and revisions at their localization: the cycle came back whole.
    const withRevision = await target.prisma.localization.count({ where: { publishedRevisionId: { not: null } } });
    expect(withRevision).toBe(await source.prisma.localization.count({ where: { publishedRevisionId: { not: null } } }));
  }, 120_000);

  it("leaves password hashes out unless asked, and restored accounts cannot sign in until reset", async () => {
    const lines = await export_();
    expect(lines.join("\n")).not.toMatch(/scrypt\$/);
    const target = await freshTarget();
    await importArchive(target.prisma, lines, { storage: localStorage(await folder()) });
    expect(await canonicalDumpHash(target.prisma)).toBe(await canonicalDumpHash(source.prisma));
    const users = await target.prisma.user.findMany({ select: { passwordHash: true } });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((user) => user.passwordHash === NO_PASSWORD)).toBe(true);
  }, 120_000);

  it("refuses a database that already holds records, and a damaged or cut-short archive, changing nothing", async () => {
    const lines = await export_();
    // Refused before any file is written into the live site's storage.
    const liveFiles = await folder();
    await expect(importArchive(source.prisma, lines, { storage: localStorage(liveFiles) })).rejects.toThrow(/not empty/);
    expect(await localStorage(liveFiles).get((await source.prisma.mediaAsset.findFirstOrThrow()).storageKey)).toBeNull();
    const target = await freshTarget();
    const storage = localStorage(await folder());
    await expect(importArchive(target.prisma, lines.slice(0, -1), { storage })).rejects.toThrow(/cut short/);
    await expect(importArchive(target.prisma, [lines[0]!, '{"table":"User"', lines.at(-1)!], { storage })).rejects.toThrow(ArchiveError);
    await expect(importArchive(target.prisma, ['{"format":"something-else"}'], { storage })).rejects.toThrow(/not a Chancery archive/);
    const wrongVersion = JSON.stringify({ ...JSON.parse(lines[0]!), migrations: ["20990101000000_future"] });
    await expect(importArchive(target.prisma, [wrongVersion, ...lines.slice(1)], { storage })).rejects.toThrow(/another schema version/);
    expect(await target.prisma.document.count()).toBe(0);
    // And the refusals left it restorable.
    await importArchive(target.prisma, lines, { storage });
    expect(await target.prisma.document.count()).toBe(await source.prisma.document.count());
  }, 120_000);
});
