/**
 * `npm run bench:corpus -- --documents 100000`: a realistic archive in the configured database (DATABASE_URL, or the
 * embedded one), for `npm run bench` and for trying the site at archive scale. Shaped like the press office's samples:
 * 5–12 numbered paragraphs from a Zipf-like vocabulary (a few words in nearly every document), ~30% with an official
 * Korean translation, public dates 2005–2026, countries, topics and people, a revision for every text. The rows are
 * what the desk writes when it publishes — search text, content hash, the translation's source hashes and published
 * revision — written in batched multi-row inserts, one transaction per batch. Prints the time taken.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Block } from "@/lib/body/schema";
import { contentHashOf } from "@/lib/editions/content-hash";
import { searchTextOf } from "@/lib/editions/document-fields";
import { withDatabase, migrateDatabase } from "@/lib/db/prepare";
import type { SqlConnection } from "@/lib/db/sql-connection";
import { loadEnvOrExit } from "@/lib/env";
import { hashSourceText } from "@/lib/translation/alignment";
import { CliError, runCli } from "./run-cli";

const USAGE = "usage: npm run bench:corpus -- --documents <count> [--batch 500]";
const BATCH = 500;

/** A deterministic pseudo-random sequence, so two runs of the same size make the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261203);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

// Common words readers search for, in nearly every document; then a long tail where rank r has weight 1/r.
const COMMON_EN = ["ministry", "foreign", "cooperation", "korea", "minister"];
const COMMON_KO = ["외교부", "협력", "장관", "한국"];
const SYLLABLES = ["ka", "ro", "mi", "tan", "sel", "vor", "in", "da", "pe", "lu", "zen", "bar", "ost", "qui", "nal", "tem"];
const HANGUL = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "차", "카", "타", "파", "하", "국", "민", "정", "협", "회", "의"];
const VOCABULARY_SIZE = 20_000;
const vocabulary = Array.from({ length: VOCABULARY_SIZE }, (_, rank) => {
  let word = "";
  for (let n = rank + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
  return word;
});
const koreanVocabulary = Array.from({ length: 5_000 }, (_, rank) => {
  let word = "";
  for (let n = rank + 21; n > 0; n = Math.floor(n / HANGUL.length)) word += HANGUL[n % HANGUL.length];
  return word;
});
const harmonic = (size: number) => {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) cumulative.push((total += 1 / rank));
  return cumulative;
};
const zipfEn = harmonic(VOCABULARY_SIZE);
const zipfKo = harmonic(koreanVocabulary.length);
function zipfWord(words: readonly string[], cumulative: readonly number[]): string {
  const target = next() * cumulative.at(-1)!;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return words[low]!;
}

function sentence(korean: boolean, length: number): string {
  const words = Array.from({ length }, () => (korean ? zipfWord(koreanVocabulary, zipfKo) : zipfWord(vocabulary, zipfEn)));
  if (next() < 0.9) words.splice(Math.floor(next() * words.length), 0, pick(korean ? COMMON_KO : COMMON_EN));
  const text = words.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const newId = () => `c${randomBytes(12).toString("hex")}`;

interface Taxonomy {
  countries: string[];
  topics: string[];
  people: string[];
}

async function ensureTaxonomy(sql: SqlConnection): Promise<Taxonomy> {
  const now = new Date();
  const codes = ["AZ", "UZ", "KZ", "KG", "TJ", "TM", "FR", "DE", "US", "JP", "CN", "VN", "IN", "BR", "EG", "KE", "PL", "TR", "MN", "AU"];
  for (const code of codes) {
    await sql.query(`INSERT INTO "Country" ("id", "code", "names", "createdAt") VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT ("code") DO NOTHING`, [newId(), code, JSON.stringify({ en: code }), now]);
  }
  const topics = ["central-asia", "climate", "trade", "energy", "nuclear-talks", "culture", "consular", "development", "security", "health"];
  for (const slug of topics) {
    await sql.query(`INSERT INTO "Topic" ("id", "slug", "names", "createdAt") VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT ("slug") DO NOTHING`, [newId(), slug, JSON.stringify({ en: slug.replace(/-/g, " ") }), now]);
  }
  const existingPeople = await sql.query<{ id: string }>(`SELECT "id" FROM "Person" WHERE "names"->>'en' LIKE 'Bench person %'`);
  for (let index = existingPeople.length; index < 60; index++) {
    await sql.query(`INSERT INTO "Person" ("id", "names", "createdAt") VALUES ($1, $2::jsonb, $3)`, [newId(), JSON.stringify({ en: `Bench person ${index}` }), now]);
  }
  return {
    countries: (await sql.query<{ id: string }>(`SELECT "id" FROM "Country" WHERE "code" = ANY($1)`, [codes])).map((row) => row.id),
    topics: (await sql.query<{ id: string }>(`SELECT "id" FROM "Topic" WHERE "slug" = ANY($1)`, [topics])).map((row) => row.id),
    people: (await sql.query<{ id: string }>(`SELECT "id" FROM "Person" WHERE "names"->>'en' LIKE 'Bench person %'`)).map((row) => row.id),
  };
}

type Row = unknown[];
class Rows {
  readonly tables = new Map<string, { columns: string[]; rows: Row[] }>();
  /** Translations whose published revision is linked once both rows exist (each references the other). */
  readonly publishedTranslations: string[] = [];
  add(table: string, columns: string[], row: Row): void {
    const entry = this.tables.get(table) ?? { columns, rows: [] };
    entry.rows.push(row);
    this.tables.set(table, entry);
  }
}

const JSON_COLUMNS = new Set(["body", "sourceHashes", "pendingNotes"]);

async function insert(sql: SqlConnection, table: string, columns: string[], rows: Row[]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    const values = slice.map((row) => `(${row.map((value, index) => {
      params.push(value);
      return JSON_COLUMNS.has(columns[index]!) ? `$${params.length}::jsonb` : `$${params.length}`;
    }).join(", ")})`);
    const casts = columns.map((column) => `"${column}"`).join(", ");
    await sql.query(`INSERT INTO "${table}" (${casts}) VALUES ${values.join(", ")}`, params);
  }
}

function documentRows(rows: Rows, index: number, taxonomy: Taxonomy, stamp: string): void {
  const now = new Date();
  const interview = next() < 0.12;
  const originalLocale = next() < 0.15 ? "ko" : "en";
  const year = 2005 + Math.floor(next() * 22);
  const publicDate = new Date(Date.UTC(year, Math.floor(next() * 12), 1 + Math.floor(next() * 28)));
  const publishedAt = new Date(publicDate.getTime() + 9 * 3_600_000);
  const documentId = newId();
  const editionId = newId();
  const korean = originalLocale === "ko";
  const title = sentence(korean, 6 + Math.floor(next() * 6)).replace(/\.$/, "");
  const summary = sentence(korean, 12 + Math.floor(next() * 10));
  const body: Block[] = Array.from({ length: 5 + Math.floor(next() * 8) }, (_, paragraph) => ({
    kind: interview ? (paragraph % 2 === 0 ? "question" : "answer") : "numbered",
    id: `b${randomBytes(5).toString("hex")}`,
    text: Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(korean, 10 + Math.floor(next() * 14))).join(" "),
  })) as Block[];
  const slug = `bench-${stamp}-${index.toString(36)}`;

  rows.add("Document", ["id", "kind", "slug", "originalLocale", "viewCount", "interviewee", "outlet", "firstPublishedAt", "createdAt", "updatedAt"], [
    documentId, interview ? "INTERVIEW" : "PRESS_RELEASE", slug, originalLocale, Math.floor(next() * next() * 20_000),
    interview ? "Bench person" : null, interview ? pick(["Yonhap", "The Korea Herald", "Trend"]) : null, publishedAt, now, now,
  ]);
  const original = { locale: originalLocale, title, summary, body };
  rows.add("Edition", ["id", "documentId", "number", "state", "publicDate", "publishedAt", "changeType", "contentHash", "createdAt", "updatedAt"], [
    editionId, documentId, 1, "PUBLISHED", publicDate, publishedAt, "MAJOR",
    contentHashOf({ number: 1, publicDate, changeType: "MAJOR", changeNote: null, original }), now, now,
  ]);
  const localizationColumns = ["id", "editionId", "locale", "isOriginal", "translationKind", "translationState", "title", "summary", "body", "sourceHashes", "searchText", "publishedRevisionId", "publishedAt", "createdAt", "updatedAt"];
  const revisionColumns = ["id", "localizationId", "number", "title", "summary", "body", "sourceHashes", "note", "createdAt"];
  const originalId = newId();
  rows.add("Localization", localizationColumns, [originalId, editionId, originalLocale, true, null, null, title, summary, JSON.stringify(body), "{}", searchTextOf({ title, summary, body }), null, publishedAt, now, now]);
  rows.add("Revision", revisionColumns, [newId(), originalId, 1, title, summary, JSON.stringify(body), "{}", null, now]);

  if (!korean && next() < 0.3) {
    const translated = body.map((block) => ({ ...block, text: sentence(true, 12 + Math.floor(next() * 14)) })) as Block[];
    const koTitle = sentence(true, 5).replace(/\.$/, "");
    const koSummary = sentence(true, 12);
    const sourceHashes = Object.fromEntries([["@title", hashSourceText(title)], ["@summary", hashSourceText(summary)], ...body.map((block) => [block.id, hashSourceText("text" in block ? block.text : "")])]);
    const translationId = newId();
    const revisionId = newId();
    rows.add("Revision", revisionColumns, [revisionId, translationId, 1, koTitle, koSummary, JSON.stringify(translated), JSON.stringify(sourceHashes), null, now]);
    rows.add("Localization", localizationColumns, [
      translationId, editionId, "ko", false, "OFFICIAL", "PUBLISHED", koTitle, koSummary, JSON.stringify(translated), JSON.stringify(sourceHashes),
      searchTextOf({ title: koTitle, summary: koSummary, body: translated }), null, publishedAt, now, now,
    ]);
    rows.publishedTranslations.push(translationId);
  }
  const some = (ids: readonly string[], most: number) => [...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => pick(ids)))];
  for (const countryId of some(taxonomy.countries, 2)) rows.add("DocumentCountry", ["documentId", "countryId"], [documentId, countryId]);
  for (const topicId of some(taxonomy.topics, 2)) rows.add("DocumentTopic", ["documentId", "topicId"], [documentId, topicId]);
  if (next() < 0.6) for (const personId of some(taxonomy.people, 2)) rows.add("DocumentPerson", ["documentId", "personId"], [documentId, personId]);
}

// Parents before children (Revision rows reference Localization), so each batch inserts in this order.
const TABLE_ORDER = ["Document", "Edition", "Localization", "Revision", "DocumentCountry", "DocumentTopic", "DocumentPerson"];

export async function generateCorpus(sql: SqlConnection, documents: number, log: (line: string) => void = console.log): Promise<void> {
  const taxonomy = await ensureTaxonomy(sql);
  const stamp = Date.now().toString(36);
  const started = performance.now();
  // The GIN indexes of search (full text, title trigrams) cost more to keep up row by row than to build once: set aside, then rebuilt as
  // the migrations define them (their definitions are read back from the database).
  const searchIndexes = await sql.query<{ indexname: string; indexdef: string }>(
    `SELECT "indexname", "indexdef" FROM pg_indexes WHERE "schemaname" = current_schema() AND "tablename" = 'Localization' AND "indexdef" ILIKE '%gin%'`,
  );
  for (const index of searchIndexes) await sql.exec(`DROP INDEX "${index.indexname}"`);
  for (let start = 0; start < documents; start += BATCH) {
    const rows = new Rows();
    for (let index = start; index < Math.min(documents, start + BATCH); index++) documentRows(rows, index, taxonomy, stamp);
    await sql.transaction(async (tx) => {
      for (const table of TABLE_ORDER) {
        const entry = rows.tables.get(table);
        if (entry) await insert(tx, table, entry.columns, entry.rows);
      }
      await tx.query(
        `UPDATE "Localization" l SET "publishedRevisionId" = r."id" FROM "Revision" r WHERE r."localizationId" = l."id" AND l."id" = ANY($1)`,
        [rows.publishedTranslations],
      );
    });
    const done = Math.min(documents, start + BATCH);
    if (done % 10_000 === 0 || done === documents) log(`  ${done.toLocaleString("en")} documents (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
  for (const index of searchIndexes) await sql.exec(index.indexdef);
  await sql.exec("ANALYZE");
  log(`generated ${documents.toLocaleString("en")} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1]?.endsWith("bench-corpus.ts")) {
  runCli(async () => {
    const args = process.argv.slice(2);
    const at = args.indexOf("--documents");
    const documents = Number(at >= 0 ? args[at + 1] : Number.NaN);
    if (!Number.isInteger(documents) || documents < 1 || documents > 1_000_000) throw new CliError(USAGE);
    const env = loadEnvOrExit();
    return withDatabase(env, async (database) => {
      await migrateDatabase(database, () => undefined);
      const sql = await database.sql();
      try {
        await generateCorpus(sql, documents);
      } finally {
        await sql.close();
      }
      return 0;
    });
  });
}
