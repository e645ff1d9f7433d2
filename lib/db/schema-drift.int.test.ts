import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";
import { compareSchemaToDatabase, introspect, loadDmmf, type SchemaDatamodel } from "@/test-support/schema-drift";
import type { SqlConnection } from "./sql-connection";

const SCHEMA_TEXT = readFileSync(resolve(process.cwd(), "prisma/schema.prisma"), "utf8");

function withFieldInModel(schemaText: string, model: string, fieldLine: string): string {
  const header = `model ${model} {\n`;
  expect(schemaText).toContain(header);
  return schemaText.replace(header, `${header}${fieldLine}\n`);
}

describe.each(testBackends())("schema.prisma against the migrated database on %s", (backend) => {
  let schema: SchemaDatamodel;
  let database: TestDatabase | undefined;
  let sql: SqlConnection;

  beforeAll(() => {
    schema = loadDmmf(SCHEMA_TEXT);
  });
  beforeEach(async () => {
    database = await createTestDatabase(backend);
    sql = await database.sql();
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  async function drift(datamodel: SchemaDatamodel = schema): Promise<string[]> {
    return compareSchemaToDatabase(datamodel, await introspect(sql));
  }

  it("finds no drift: the migrations build exactly the database schema.prisma describes", async () => {
    expect(await drift()).toEqual([]);
  });

  it("sees every model, enum, key and index (so an empty report means something)", async () => {
    const description = await introspect(sql);
    const tableNames = description.tables.map((table) => table.name);
    expect(tableNames).toEqual(expect.arrayContaining([...schema.models.map((model) => model.dbName ?? model.name), "_prisma_migrations"]));
    expect(description.enums.find((databaseEnum) => databaseEnum.name === "EditionState")?.values).toEqual([
      "DRAFT",
      "SUBMITTED",
      "SCHEDULED",
      "PUBLISHED",
      "SUPERSEDED",
      "WITHDRAWN",
    ]);
    const edition = description.tables.find((table) => table.name === "Edition")!;
    expect(edition.primaryKey?.columns).toEqual(["id"]);
    expect(edition.columns.find((column) => column.name === "publicDate")).toMatchObject({ sqlType: "date", isNullable: true });
    expect(edition.columns.find((column) => column.name === "publishedAt")).toMatchObject({
      dataType: "timestamp without time zone",
      udtName: "timestamp",
      sqlType: "timestamp(3) without time zone",
      datetimePrecision: 3,
      isNullable: true,
    });
    expect(edition.indexes).toContainEqual(
      expect.objectContaining({ unique: true, columns: [expect.objectContaining({ name: "documentId" }), expect.objectContaining({ name: "number" })] }),
    );
    expect(edition.foreignKeys).toContainEqual(
      expect.objectContaining({ columns: ["documentId"], referencedTable: "Document", referencedColumns: ["id"], onDelete: "Cascade", onUpdate: "Cascade" }),
    );
    const user = description.tables.find((table) => table.name === "User")!;
    expect(user.columns.find((column) => column.name === "translatorLocales")).toMatchObject({ dataType: "ARRAY", udtName: "_text", sqlType: "text[]" });
    const localization = description.tables.find((table) => table.name === "Localization")!;
    expect(localization.indexes).toContainEqual(
      expect.objectContaining({ method: "gin", columns: [{ name: "title", descending: false, operatorClass: "gin_trgm_ops" }] }),
    );
    expect(localization.indexes).toContainEqual(
      expect.objectContaining({ method: "gin", columns: [{ name: "searchVector", descending: false, operatorClass: null }] }),
    );
  });

  it("fails when a field is added to schema.prisma without a migration", async () => {
    const problems = await drift(loadDmmf(withFieldInModel(SCHEMA_TEXT, "Document", "  pressOfficeCode String")));
    expect(problems).toEqual([
      'Document.pressOfficeCode: in schema.prisma but no column "pressOfficeCode" in table "Document" — add a migration',
    ]);
  });

  it("fails when a model, an enum value or an index is added to schema.prisma without a migration", async () => {
    const edited = SCHEMA_TEXT.replace("enum ChangeType {\n  MAJOR\n  MINOR\n", "enum ChangeType {\n  MAJOR\n  MINOR\n  CORRECTION\n")
      .replace("  @@index([state, scheduledAt])\n", "  @@index([state, scheduledAt])\n  @@index([publishedAt])\n")
      .concat("\nmodel Accreditation {\n  id String @id\n}\n");
    const problems = await drift(loadDmmf(edited));
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(expect.stringMatching(/^Accreditation: model in schema.prisma but no table "Accreditation"/));
    expect(problems).toContainEqual(expect.stringMatching(/^enum ChangeType: .*missing CORRECTION/));
    expect(problems).toContainEqual(expect.stringMatching(/^Edition @@index\(\[publishedAt\]\) in schema.prisma but no index on "Edition" \("publishedAt"\)/));
  });

  it("reports a column added to the database by hand as unknown to the schema", async () => {
    await sql.exec(`ALTER TABLE "Edition" ADD COLUMN "rogue" TEXT`);
    expect(await drift()).toEqual([
      `"Edition"."rogue": column in the database but schema.prisma's model Edition has no such field — add the field to schema.prisma, or drop the column in a migration`,
    ]);
  });

  it("reports a table, an enum type and an index the schema does not know", async () => {
    await sql.exec(`
      CREATE TABLE "Leak" ("id" TEXT PRIMARY KEY);
      CREATE TYPE "Mood" AS ENUM ('CALM');
      CREATE INDEX "Edition_changeNote_idx" ON "Edition" ("changeNote");`);
    const problems = await drift();
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual(expect.stringMatching(/^table "Leak" is in the database but no model/));
    expect(problems).toContainEqual(expect.stringMatching(/^enum type "Mood" is in the database but not in schema.prisma/));
    expect(problems).toContainEqual(expect.stringMatching(/^"Edition": index "Edition_changeNote_idx" \("changeNote"\) is in the database but not in schema.prisma/));
  });

  it("reports changed nullability both ways", async () => {
    await sql.exec(`
      ALTER TABLE "Document" ALTER COLUMN "slug" DROP NOT NULL;
      ALTER TABLE "Edition" ALTER COLUMN "changeNote" SET NOT NULL;`);
    const problems = await drift();
    expect(problems).toEqual([
      'Document.slug: schema.prisma says required (NOT NULL) but column "Document"."slug" is nullable — add a migration',
      'Edition.changeNote: schema.prisma says optional (nullable) but column "Edition"."changeNote" is NOT NULL — add a migration',
    ]);
  });

  it("reports a changed column type and a changed default", async () => {
    await sql.exec(`
      ALTER TABLE "Document" ALTER COLUMN "viewCount" TYPE BIGINT;
      ALTER TABLE "Edition" ALTER COLUMN "scheduledAt" TYPE TIMESTAMPTZ(3);
      ALTER TABLE "Edition" ALTER COLUMN "state" SET DEFAULT 'SUBMITTED';
      ALTER TABLE "Localization" ALTER COLUMN "summary" DROP DEFAULT;`);
    const problems = await drift();
    expect(problems).toEqual([
      'Document.viewCount: schema.prisma expects integer but column "Document"."viewCount" is bigint — add a migration',
      'Edition.state: schema.prisma has @default("DRAFT") but the column has DEFAULT \'SUBMITTED\'::"EditionState" — add a migration',
      'Edition.scheduledAt: schema.prisma expects timestamp(3) without time zone but column "Edition"."scheduledAt" is timestamp(3) with time zone — add a migration',
      'Localization.summary: schema.prisma has @default("") but the column has no DEFAULT — add a migration',
    ]);
  });

  it("reports an enum value missing from the database", async () => {
    // PostgreSQL cannot drop an enum value, so rebuild the type without one, as a real migration would.
    await sql.exec(`
      ALTER TYPE "TranslationState" RENAME TO "TranslationState_old";
      CREATE TYPE "TranslationState" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED');
      ALTER TABLE "Localization" ALTER COLUMN "translationState" TYPE "TranslationState" USING "translationState"::text::"TranslationState";
      DROP TYPE "TranslationState_old";`);
    expect(await drift()).toEqual([
      'enum TranslationState: schema.prisma has [NOT_STARTED, IN_PROGRESS, SUBMITTED, PUBLISHED] but the database type "TranslationState" has ' +
        "[NOT_STARTED, IN_PROGRESS, SUBMITTED] (missing PUBLISHED) — add a migration",
    ]);
  });

  it("reports an enum value added by hand and values in a different order", async () => {
    await sql.exec(`
      ALTER TYPE "Role" ADD VALUE 'GUEST';
      ALTER TYPE "TranslationKind" RENAME TO "TranslationKind_old";
      CREATE TYPE "TranslationKind" AS ENUM ('UNOFFICIAL', 'OFFICIAL');
      ALTER TABLE "Localization" ALTER COLUMN "translationKind" TYPE "TranslationKind" USING "translationKind"::text::"TranslationKind";
      DROP TYPE "TranslationKind_old";`);
    expect(await drift()).toEqual([
      'enum Role: schema.prisma has [ADMIN, EDITOR, WRITER, TRANSLATOR] but the database type "Role" has [ADMIN, EDITOR, WRITER, TRANSLATOR, GUEST] ' +
        "(not in schema.prisma: GUEST) — add a migration",
      'enum TranslationKind: schema.prisma has [OFFICIAL, UNOFFICIAL] but the database type "TranslationKind" has [UNOFFICIAL, OFFICIAL] ' +
        "(same values in a different order) — add a migration",
    ]);
  });

  it("reports missing unique indexes, single-field and compound", async () => {
    await sql.exec(`
      DROP INDEX "Document_slug_key";
      DROP INDEX "Edition_documentId_number_key";`);
    expect(await drift()).toEqual([
      'Document.slug: @unique in schema.prisma but no unique index on "Document" ("slug") — add a migration',
      'Edition @@unique([documentId, number]) in schema.prisma but no unique index on "Edition" ("documentId", "number") — add a migration',
    ]);
  });

  it("reports a unique index that became a plain one, and an index that lost its DESC", async () => {
    await sql.exec(`
      DROP INDEX "User_email_key";
      CREATE INDEX "User_email_key" ON "User" ("email");
      DROP INDEX "AuditEvent_at_idx";
      CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent" ("at");`);
    const problems = await drift();
    expect(problems).toHaveLength(4);
    expect(problems).toContainEqual(expect.stringMatching(/^User.email: @unique in schema.prisma but no unique index on "User" \("email"\)/));
    expect(problems).toContainEqual(expect.stringMatching(/^"User": index "User_email_key" \("email"\) is in the database but not in schema.prisma/));
    expect(problems).toContainEqual(expect.stringMatching(/^AuditEvent @@index\(\[at\]\) in schema.prisma but no index on "AuditEvent" \("at" DESC\)/));
    expect(problems).toContainEqual(expect.stringMatching(/^"AuditEvent": index "AuditEvent_at_idx" \("at"\) is in the database/));
  });

  it("checks an Unsupported(…) column too: its type, and that it exists (the DMMF leaves such fields out)", async () => {
    await sql.exec(`
      ALTER TABLE "Localization" DROP COLUMN "searchVector";
      ALTER TABLE "Localization" ADD COLUMN "searchVector" text;`);
    expect(await drift()).toEqual([
      'Localization.searchVector: schema.prisma expects Unsupported("tsvector") but column "Localization"."searchVector" is text — add a migration',
      'Localization @@index([searchVector]) in schema.prisma but no index on "Localization" USING gin ("searchVector") — add a migration',
    ]);
    await sql.exec(`ALTER TABLE "Localization" DROP COLUMN "searchVector";`);
    expect(await drift()).toContainEqual('Localization.searchVector: in schema.prisma but no column "searchVector" in table "Localization" — add a migration');
  });

  it("reports a dropped foreign key", async () => {
    await sql.exec(`ALTER TABLE "Edition" DROP CONSTRAINT "Edition_documentId_fkey"`);
    expect(await drift()).toEqual([
      'Edition.document: relation in schema.prisma but no foreign key "Edition"("documentId") → "Document"("id") in the database — add a migration',
    ]);
  });

  it("reports a foreign key with other ON DELETE / ON UPDATE rules, and one the schema does not know", async () => {
    await sql.exec(`
      ALTER TABLE "Revision" DROP CONSTRAINT "Revision_authorId_fkey";
      ALTER TABLE "Revision" ADD CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
      ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Document"("id");`);
    expect(await drift()).toEqual([
      'Revision.author: schema.prisma says onDelete: SetNull but foreign key "Revision_authorId_fkey" has ON DELETE CASCADE — add a migration',
      'Revision.author: schema.prisma says onUpdate: Cascade but foreign key "Revision_authorId_fkey" has ON UPDATE NO ACTION — add a migration',
      '"AuditEvent": foreign key "AuditEvent_subjectId_fkey" ("subjectId") → "Document"("id") is in the database but no relation in schema.prisma ' +
        "(model AuditEvent) describes it — add the relation, or drop the foreign key in a migration",
    ]);
  });

  it("reports a changed primary key", async () => {
    await sql.exec(`
      ALTER TABLE "DocumentTopic" DROP CONSTRAINT "DocumentTopic_pkey";
      ALTER TABLE "DocumentTopic" ADD CONSTRAINT "DocumentTopic_pkey" PRIMARY KEY ("topicId", "documentId");`);
    expect(await drift()).toEqual([
      'DocumentTopic: schema.prisma says primary key ("documentId", "topicId") but table "DocumentTopic" has ("topicId", "documentId") — add a migration',
    ]);
  });
});
