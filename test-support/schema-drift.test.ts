import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compareSchemaToDatabase,
  loadDmmf,
  SchemaParseError,
  type ColumnDescription,
  type DatabaseDescription,
  type ForeignKeyDescription,
} from "./schema-drift";

const SCHEMA_TEXT = readFileSync(resolve(process.cwd(), "prisma/schema.prisma"), "utf8");

const DATASOURCE = `datasource db {\n  provider = "postgresql"\n}\n`;

function column(name: string, sqlType: string, options: Partial<ColumnDescription> = {}): ColumnDescription {
  return { name, dataType: sqlType, udtName: sqlType, sqlType, isNullable: false, datetimePrecision: null, default: null, ...options };
}

function foreignKey(name: string, columns: string[], referencedTable: string, options: Partial<ForeignKeyDescription> = {}): ForeignKeyDescription {
  return { name, columns, referencedTable, referencedColumns: ["id"], onDelete: "Restrict", onUpdate: "Cascade", ...options };
}

describe("loadDmmf", () => {
  it("reads models, fields and enums from schema.prisma", () => {
    const datamodel = loadDmmf(SCHEMA_TEXT);
    const edition = datamodel.models.find((model) => model.name === "Edition");
    expect(edition?.fields.find((field) => field.name === "publicDate")?.nativeType).toEqual(["Date", []]);
    expect(datamodel.enums.find((schemaEnum) => schemaEnum.name === "ChangeType")?.values.map((value) => value.name)).toEqual(["MAJOR", "MINOR"]);
  });

  it("says what is wrong with an invalid schema, without terminal colours", () => {
    expect(() => loadDmmf("model Broken {\n  id Int\n}\n")).toThrow(SchemaParseError);
    expect(() => loadDmmf("model Broken {\n  id Int\n}\n")).toThrow(/^schema.prisma is not valid: [^\u001b]*unique criteria/);
  });
});

describe("compareSchemaToDatabase defaults for relations Prisma leaves implicit", () => {
  // Without onDelete, Prisma uses Restrict for a required relation and SetNull for an optional one; onUpdate is Cascade.
  const schemaText = `
${DATASOURCE}
model Desk {
  id      String   @id
  stories Story[]
  drafts  Story[]  @relation("Drafts")
}
model Story {
  id      String  @id
  deskId  String
  draftId String?
  desk    Desk    @relation(fields: [deskId], references: [id])
  draft   Desk?   @relation("Drafts", fields: [draftId], references: [id])
}
`;
  const database = (deskAction: "Restrict" | "Cascade"): DatabaseDescription => ({
    enums: [],
    tables: [
      { name: "Desk", columns: [column("id", "text")], primaryKey: { name: "Desk_pkey", columns: ["id"] }, indexes: [], foreignKeys: [] },
      {
        name: "Story",
        columns: [column("id", "text"), column("deskId", "text"), column("draftId", "text", { isNullable: true })],
        primaryKey: { name: "Story_pkey", columns: ["id"] },
        indexes: [],
        foreignKeys: [
          foreignKey("Story_deskId_fkey", ["deskId"], "Desk", { onDelete: deskAction }),
          foreignKey("Story_draftId_fkey", ["draftId"], "Desk", { onDelete: "SetNull" }),
        ],
      },
    ],
  });

  it("accepts RESTRICT for a required relation and SET NULL for an optional one", () => {
    expect(compareSchemaToDatabase(loadDmmf(schemaText), database("Restrict"))).toEqual([]);
  });

  it("rejects CASCADE where the schema leaves a required relation at its default", () => {
    expect(compareSchemaToDatabase(loadDmmf(schemaText), database("Cascade"))).toEqual([
      'Story.desk: schema.prisma says onDelete: Restrict but foreign key "Story_deskId_fkey" has ON DELETE CASCADE — add a migration',
    ]);
  });
});

describe("compareSchemaToDatabase with @map and @@map", () => {
  // The database names, not the Prisma names, are what must exist.
  const schemaText = `
${DATASOURCE}
enum Beat {
  POLITICS @map("politics")
  CULTURE  @map("culture")

  @@map("beat")
}

model Correspondent {
  id       String     @id @map("correspondent_id")
  handle   String     @unique @map("byline_handle")
  beat     Beat       @default(POLITICS)
  code     String     @db.VarChar(12)
  filedAt  DateTime   @default(now()) @map("filed_at") @db.Timestamptz(6)
  dispatches Dispatch[]

  @@map("correspondents")
}

model Dispatch {
  id              String        @id @default(cuid())
  correspondentId String        @map("correspondent_id")
  sequence        Int
  correspondent   Correspondent @relation(fields: [correspondentId], references: [id], onDelete: Cascade)

  @@unique([correspondentId, sequence])
  @@map("dispatches")
}
`;

  const matching = (): DatabaseDescription => ({
    enums: [{ name: "beat", values: ["politics", "culture"] }],
    tables: [
      {
        name: "correspondents",
        columns: [
          column("correspondent_id", "text"),
          column("byline_handle", "text"),
          column("beat", "beat", { dataType: "USER-DEFINED", sqlType: "beat", default: "'politics'::beat" }),
          column("code", "character varying(12)", { udtName: "varchar" }),
          column("filed_at", "timestamp(6) with time zone", { udtName: "timestamptz", datetimePrecision: 6, default: "CURRENT_TIMESTAMP" }),
        ],
        primaryKey: { name: "correspondents_pkey", columns: ["correspondent_id"] },
        indexes: [
          {
            name: "correspondents_byline_handle_key",
            unique: true,
            method: "btree",
            partial: false,
            columns: [{ name: "byline_handle", descending: false, operatorClass: null }],
          },
        ],
        foreignKeys: [],
      },
      {
        name: "dispatches",
        columns: [column("id", "text"), column("correspondent_id", "text"), column("sequence", "integer", { udtName: "int4" })],
        primaryKey: { name: "dispatches_pkey", columns: ["id"] },
        indexes: [
          {
            name: "dispatches_correspondent_id_sequence_key",
            unique: true,
            method: "btree",
            partial: false,
            columns: [
              { name: "correspondent_id", descending: false, operatorClass: null },
              { name: "sequence", descending: false, operatorClass: null },
            ],
          },
        ],
        foreignKeys: [
          foreignKey("dispatches_correspondent_id_fkey", ["correspondent_id"], "correspondents", {
            referencedColumns: ["correspondent_id"],
            onDelete: "Cascade",
          }),
        ],
      },
    ],
  });

  it("finds no drift when the database uses the mapped names", () => {
    expect(compareSchemaToDatabase(loadDmmf(schemaText), matching())).toEqual([]);
  });

  it("names the Prisma model and field, and the database table and column, when they differ", () => {
    const database = matching();
    const correspondents = database.tables[0]!;
    correspondents.columns = correspondents.columns.filter((candidate) => candidate.name !== "byline_handle");
    correspondents.columns.push(column("handle", "text"));
    correspondents.indexes = [];
    database.enums = [{ name: "Beat", values: ["POLITICS", "CULTURE"] }];
    expect(compareSchemaToDatabase(loadDmmf(schemaText), database)).toEqual([
      'Correspondent.handle: in schema.prisma but no column "byline_handle" in table "correspondents" — add a migration',
      '"correspondents"."handle": column in the database but schema.prisma\'s model Correspondent has no such field — add the field to schema.prisma, or drop the column in a migration',
      'Correspondent.handle: @unique in schema.prisma but no unique index on "correspondents" ("byline_handle") — add a migration',
      'enum Beat: in schema.prisma but the database has no enum type "beat" — add a migration',
      'enum type "Beat" is in the database but not in schema.prisma — add the enum, or drop the type in a migration',
    ]);
  });
});

describe("compareSchemaToDatabase on constructs it does not check", () => {
  it("says so for an implicit many-to-many relation instead of passing it silently", () => {
    const schemaText = `
${DATASOURCE}
model Desk {
  id     String  @id
  topics Topic[]
}

model Topic {
  id    String @id
  desks Desk[]
}
`;
    const database: DatabaseDescription = {
      enums: [],
      tables: ["Desk", "Topic"].map((name) => ({
        name,
        columns: [column("id", "text")],
        primaryKey: { name: `${name}_pkey`, columns: ["id"] },
        indexes: [],
        foreignKeys: [],
      })),
    };
    expect(compareSchemaToDatabase(loadDmmf(schemaText), database)).toEqual([
      expect.stringMatching(/^Topic.desks: implicit many-to-many relation "DeskToTopic" — test-support\/schema-drift.ts does not check/),
    ]);
  });
});
