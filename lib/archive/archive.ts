// The archive of the whole record (docs/archive.md): every document, edition, localization, revision, taxonomy
// entry, relation, audit event and account, as JSON lines, with the schema version it was made from, and the
// media library's files.
//
//   {"format":"chancery-archive","formatVersion":2,"migrations":[…],"exportedAt":…,"passwordHashes":false}
//   {"table":"User","row":{…}}                      one line per row, tables parents first, rows in key order
//   {"file":{"key":"originals/….jpg","sha256":"…","bytes":"<base64>"}}   one line per media item's original
//   {"end":true,"counts":{"User":4,…},"files":2,"sha256":"…"}  the canonical dump's hash (canonicalDumpHash below)
//
// Restoring refuses a database that holds any record, or one migrated to another schema version.
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { canonicalJson, sha256Hex } from "@/lib/editions/content-hash";
import type { MediaStorage } from "@/lib/media/storage";
import { appliedMigrations, archivedTables, quoteIdent, tableRows, type TableInfo } from "./tables";

const ARCHIVE_FORMAT = "chancery-archive";
/** 2 added the media library's files; a version 1 archive (rows only) still restores, without them. */
export const ARCHIVE_FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, 2];
/** Written in place of a password hash left out of the archive: never a valid hash, so the account cannot sign in. */
export const NO_PASSWORD = "!not-in-archive";
const BATCH = 200;

export type ArchiveHeader = {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  migrations: string[];
  exportedAt: string;
  passwordHashes: boolean;
};
export type ArchiveEnd = { end: true; counts: Record<string, number>; files?: number; sha256: string };
/** A media item's stored original. Only originals: every width and format readers get is made again from it on demand. */
export type ArchiveFile = { file: { key: string; sha256: string; bytes: string } };

type MediaFileRow = { id: string; storageKey: string; contentHash: string; mimeType: string };

export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArchiveError";
  }
}

function withoutSecrets(table: string, row: Record<string, unknown>, passwordHashes: boolean): Record<string, unknown> {
  return table === "User" && !passwordHashes ? { ...row, passwordHash: null } : row;
}

/** The lines of the archive, one string each (without the line break). */
export async function* exportArchive(
  prisma: PrismaClient,
  options: { passwordHashes?: boolean; now?: Date; storage: MediaStorage },
): AsyncGenerator<string> {
  const passwordHashes = options.passwordHashes ?? false;
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    migrations: await appliedMigrations(prisma),
    exportedAt: (options.now ?? new Date()).toISOString(),
    passwordHashes,
  };
  yield JSON.stringify(header);
  const counts: Record<string, number> = {};
  const dump: string[] = [];
  const mediaFiles: MediaFileRow[] = [];
  // One snapshot: every table read in the same repeatable-read transaction, so a save meanwhile is wholly in or out.
  const lines = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const out: string[] = [];
      for (const table of await archivedTables(tx)) {
        const rows = (await tableRows(tx, table)).map((row) => withoutSecrets(table.name, row, passwordHashes));
        counts[table.name] = rows.length;
        if (table.name === "MediaAsset") mediaFiles.push(...(rows as unknown as MediaFileRow[]));
        for (const row of rows) {
          out.push(JSON.stringify({ table: table.name, row }));
          dump.push(`${table.name}\t${canonicalJson(row)}`);
        }
      }
      return out;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  yield* lines;
  // Stored files never change under their key (it holds the content hash), so reading them after the snapshot is safe.
  for (const media of mediaFiles) {
    const bytes = await options.storage.get(media.storageKey);
    if (!bytes) throw new ArchiveError(`the file of media item ${media.id} (${media.storageKey}) is missing from the ${options.storage.name} storage`);
    const file: ArchiveFile = { file: { key: media.storageKey, sha256: sha256OfBytes(bytes), bytes: bytes.toString("base64") } };
    yield JSON.stringify(file);
  }
  const end: ArchiveEnd = { end: true, counts, files: mediaFiles.length, sha256: sha256Hex(dump.sort().join("\n")) };
  yield JSON.stringify(end);
}

export type RestoreSummary = {
  counts: Record<string, number>;
  passwordHashes: boolean;
  sha256: string;
  /** Media files written to the storage, each checked against its item's content hash. */
  files: number;
  /** Media items whose file a version 1 archive did not carry (their storage keys). */
  missingFiles: string[];
};

/**
 * Restores an archive's lines into an empty database migrated to the same schema version, in one transaction, and
 * its media files into `storage`. Files are written as they are read (after the checks that the database is empty
 * and of the same version), each only when its bytes hash to its item's content hash; should the rows then fail,
 * the files left behind are named by their content and are written again, the same, by the next attempt.
 */
export async function importArchive(prisma: PrismaClient, lines: AsyncIterable<string> | Iterable<string>, options: { storage: MediaStorage }): Promise<RestoreSummary> {
  let header: ArchiveHeader | null = null;
  let end: ArchiveEnd | null = null;
  const rowsByTable = new Map<string, Record<string, unknown>[]>();
  let mediaByKey: Map<string, MediaFileRow> | null = null;
  const restoredFiles = new Set<string>();
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === "") continue;
    if (end) throw new ArchiveError(`line ${lineNumber}: text after the end of the archive`);
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      throw new ArchiveError(`line ${lineNumber}: not JSON`);
    }
    if (!header) {
      header = readHeader(entry, lineNumber);
      await checkTarget(prisma, header);
      continue;
    }
    if (isEnd(entry)) {
      end = entry;
      continue;
    }
    if (isFile(entry)) {
      mediaByKey ??= new Map(((rowsByTable.get("MediaAsset") ?? []) as unknown as MediaFileRow[]).map((row) => [row.storageKey, row]));
      await restoreFile(options.storage, entry, mediaByKey, lineNumber);
      restoredFiles.add(entry.file.key);
      continue;
    }
    if (!entry || typeof entry !== "object" || typeof (entry as { table?: unknown }).table !== "string" || typeof (entry as { row?: unknown }).row !== "object") {
      throw new ArchiveError(`line ${lineNumber}: expected {"table": …, "row": {…}}`);
    }
    const { table, row } = entry as { table: string; row: Record<string, unknown> };
    (rowsByTable.get(table) ?? rowsByTable.set(table, []).get(table)!).push(row);
  }
  if (!header) throw new ArchiveError("the archive is empty");
  if (!end) throw new ArchiveError("the archive is cut short: its last line (the end marker) is missing");
  for (const [table, rows] of rowsByTable) {
    if (end.counts[table] !== rows.length) throw new ArchiveError(`${table}: the archive holds ${rows.length} rows but its end marker says ${end.counts[table] ?? 0}`);
  }

  const media = (rowsByTable.get("MediaAsset") ?? []) as unknown as MediaFileRow[];
  const missingFiles = media.filter((row) => !restoredFiles.has(row.storageKey)).map((row) => row.storageKey);
  if (header.formatVersion >= 2 && missingFiles.length > 0) {
    throw new ArchiveError(`the archive lacks the files of ${missingFiles.length} media items (${missingFiles.slice(0, 3).join(", ")}${missingFiles.length > 3 ? ", …" : ""})`);
  }
  if (end.files !== undefined && end.files !== restoredFiles.size) throw new ArchiveError(`the archive holds ${restoredFiles.size} files but its end marker says ${end.files}`);

  const archiveHeader = header;
  await prisma.$transaction(
    async (tx) => {
      const tables = await archivedTables(tx);
      const known = new Set(tables.map((table) => table.name));
      const unknown = [...rowsByTable.keys()].filter((table) => !known.has(table));
      if (unknown.length) throw new ArchiveError(`the archive holds tables this database does not have: ${unknown.join(", ")}`);
      await refuseNonEmpty(tx, tables);
      for (const table of tables) await insertRows(tx, table, rowsByTable.get(table.name) ?? [], archiveHeader.passwordHashes);
      for (const table of tables) await fillDeferred(tx, table, rowsByTable.get(table.name) ?? []);
    },
    { timeout: 30 * 60_000, maxWait: 30_000 },
  );
  const restored = await canonicalDumpHash(prisma, { passwordHashes: header.passwordHashes });
  if (restored !== end.sha256) throw new ArchiveError(`restored, but the database's fingerprint ${restored} differs from the archive's ${end.sha256}`);
  return { counts: end.counts, passwordHashes: header.passwordHashes, sha256: restored, files: restoredFiles.size, missingFiles };
}

/** Before anything is written: the target must be at the archive's schema version and hold no record. */
async function checkTarget(prisma: PrismaClient, header: ArchiveHeader): Promise<void> {
  const migrations = await appliedMigrations(prisma);
  if (canonicalJson(migrations) !== canonicalJson(header.migrations)) {
    const missing = header.migrations.filter((name) => !migrations.includes(name));
    const extra = migrations.filter((name) => !header.migrations.includes(name));
    throw new ArchiveError(
      `the archive was made at another schema version (${missing.length ? `this database lacks ${missing.join(", ")}` : ""}${missing.length && extra.length ? "; " : ""}${extra.length ? `the archive predates ${extra.join(", ")}` : ""}); restore with the version of Chancery that made it`,
    );
  }
  await refuseNonEmpty(prisma, await archivedTables(prisma));
}

async function refuseNonEmpty(sql: Writer, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    const [{ present }] = await sql.$queryRawUnsafe<[{ present: boolean }]>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS present`);
    if (present) throw new ArchiveError(`the database is not empty (${table.name} has rows): restore only into a new, migrated database`);
  }
}

async function restoreFile(storage: MediaStorage, entry: ArchiveFile, media: Map<string, MediaFileRow>, lineNumber: number): Promise<void> {
  const { key, sha256, bytes } = entry.file;
  const row = media.get(key);
  if (!row) throw new ArchiveError(`line ${lineNumber}: a file (${key}) that no media item of the archive names`);
  const content = Buffer.from(bytes, "base64");
  const actual = sha256OfBytes(content);
  if (actual !== sha256 || actual !== row.contentHash) throw new ArchiveError(`line ${lineNumber}: the file ${key} is damaged (its bytes do not hash to media item ${row.id}'s content hash)`);
  await storage.put(key, content, row.mimeType);
}

function sha256OfBytes(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function isFile(entry: unknown): entry is ArchiveFile {
  const file = (entry as Partial<ArchiveFile> | null)?.file;
  return !!file && typeof file === "object" && typeof file.key === "string" && typeof file.sha256 === "string" && typeof file.bytes === "string";
}

type Writer = Pick<PrismaClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

async function insertRows(tx: Writer, table: TableInfo, rows: Record<string, unknown>[], passwordHashes: boolean): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((row) => {
      const copy: Record<string, unknown> = { ...row };
      for (const column of table.deferredColumns) copy[column] = null;
      if (table.name === "User" && !passwordHashes) copy.passwordHash = NO_PASSWORD;
      return copy;
    });
    const columns = Object.keys(batch[0] ?? {})
      .filter((column) => !table.generatedColumns.includes(column))
      .map(quoteIdent)
      .join(", ");
    await tx.$executeRawUnsafe(
      `INSERT INTO ${quoteIdent(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json)`,
      JSON.stringify(batch),
    );
  }
}

async function fillDeferred(tx: Writer, table: TableInfo, rows: Record<string, unknown>[]): Promise<void> {
  if (table.deferredColumns.length === 0) return;
  const pending = rows.filter((row) => table.deferredColumns.some((column) => row[column] !== null && row[column] !== undefined));
  const set = table.deferredColumns.map((column) => `${quoteIdent(column)} = source.${quoteIdent(column)}`).join(", ");
  const match = table.primaryKey.map((column) => `target.${quoteIdent(column)} = source.${quoteIdent(column)}`).join(" AND ");
  for (let start = 0; start < pending.length; start += BATCH) {
    await tx.$executeRawUnsafe(
      `UPDATE ${quoteIdent(table.name)} AS target SET ${set}
         FROM json_populate_recordset(NULL::${quoteIdent(table.name)}, $1::json) AS source WHERE ${match}`,
      JSON.stringify(pending.slice(start, start + BATCH)),
    );
  }
}

function readHeader(entry: unknown, lineNumber: number): ArchiveHeader {
  const header = entry as Partial<ArchiveHeader> | null;
  if (!header || header.format !== ARCHIVE_FORMAT) throw new ArchiveError(`line ${lineNumber}: not a Chancery archive (no "format": "${ARCHIVE_FORMAT}")`);
  if (!READABLE_VERSIONS.includes(header.formatVersion as number)) {
    throw new ArchiveError(`archive format version ${String(header.formatVersion)} is not one this version reads (${READABLE_VERSIONS.join(", ")})`);
  }
  if (!Array.isArray(header.migrations) || !header.migrations.every((name) => typeof name === "string")) throw new ArchiveError("the archive's header lists no migrations");
  return { ...header, passwordHashes: header.passwordHashes === true } as ArchiveHeader;
}

function isEnd(entry: unknown): entry is ArchiveEnd {
  return !!entry && typeof entry === "object" && (entry as { end?: unknown }).end === true;
}

/**
 * The fingerprint of the whole record: SHA-256 of every archived row as canonical JSON, sorted. Equal fingerprints,
 * equal content. Without password hashes, accounts are compared without them.
 */
export async function canonicalDumpHash(prisma: PrismaClient, options: { passwordHashes?: boolean } = {}): Promise<string> {
  const dump: string[] = [];
  for (const table of await archivedTables(prisma)) {
    for (const row of await tableRows(prisma, table)) {
      const comparable = table.name === "User" && !options.passwordHashes ? { ...row, passwordHash: null } : row;
      dump.push(`${table.name}\t${canonicalJson(comparable)}`);
    }
  }
  return sha256Hex(dump.sort().join("\n"));
}
