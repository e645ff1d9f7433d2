import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql-connection";

/**
 * Compares prisma/schema.prisma with a live database. Prisma's schema engine (which `prisma migrate diff` needs)
 * cannot be downloaded here, so migrations are hand-written SQL; this is what proves they describe the same database
 * as the schema the client is generated from. Server and test code only.
 *
 * Covered: tables, columns (type, nullability, default), enums and their value order, primary keys, unique and plain
 * indexes (columns, order, direction, method, operator class), foreign keys (columns, target, ON DELETE/ON UPDATE),
 * and in reverse every table, column, enum, index and foreign key the schema does not know.
 * Not covered: constraint and index names, CHECK constraints, views, triggers, extensions.
 */

// ---------------------------------------------------------------------------------------------------------------
// The schema side: the parts of Prisma's DMMF this check reads, validated so a Prisma upgrade that changes the
// shape fails loudly here instead of quietly reporting "no drift".

const referentialAction = z.enum(["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]);
export type ReferentialAction = z.infer<typeof referentialAction>;

const dmmfField = z.object({
  name: z.string(),
  /** Present only when the field has @map. */
  dbName: z.string().nullish(),
  kind: z.enum(["scalar", "enum", "object", "unsupported"]),
  type: z.string(),
  isList: z.boolean(),
  isRequired: z.boolean(),
  isUnique: z.boolean(),
  isId: z.boolean(),
  isUpdatedAt: z.boolean().optional(),
  hasDefaultValue: z.boolean(),
  default: z.unknown().optional(),
  nativeType: z.tuple([z.string(), z.array(z.string())]).nullish(),
  relationName: z.string().optional(),
  relationFromFields: z.array(z.string()).optional(),
  relationToFields: z.array(z.string()).optional(),
  /** Absent when the schema does not say; Prisma then uses SetNull (optional relation) or Restrict (required). */
  relationOnDelete: referentialAction.optional(),
  /** Absent when the schema does not say; Prisma then uses Cascade. */
  relationOnUpdate: referentialAction.optional(),
});

const dmmfModel = z.object({
  name: z.string(),
  dbName: z.string().nullable(),
  schema: z.string().nullish(),
  fields: z.array(dmmfField),
  primaryKey: z.object({ name: z.string().nullable(), fields: z.array(z.string()) }).nullable(),
  uniqueFields: z.array(z.array(z.string())),
  uniqueIndexes: z.array(z.object({ name: z.string().nullable(), fields: z.array(z.string()) })),
});

const dmmfEnum = z.object({
  name: z.string(),
  dbName: z.string().nullish(),
  values: z.array(z.object({ name: z.string(), dbName: z.string().nullish() })),
});

const dmmfIndex = z.object({
  model: z.string(),
  type: z.enum(["id", "unique", "normal", "fulltext"]),
  isDefinedOnField: z.boolean(),
  dbName: z.string().nullish(),
  algorithm: z.string().optional(),
  fields: z.array(
    z.object({
      name: z.string(),
      sortOrder: z.enum(["asc", "desc"]).optional(),
      length: z.number().optional(),
      operatorClass: z.string().optional(),
    }),
  ),
});

const dmmfDatamodel = z.object({
  models: z.array(dmmfModel),
  enums: z.array(dmmfEnum),
  types: z.array(z.unknown()),
  indexes: z.array(dmmfIndex),
});

export type SchemaField = z.infer<typeof dmmfField>;
export type SchemaModel = z.infer<typeof dmmfModel>;
export type SchemaEnum = z.infer<typeof dmmfEnum>;
export type SchemaIndex = z.infer<typeof dmmfIndex>;
export type SchemaDatamodel = z.infer<typeof dmmfDatamodel>;

export class SchemaParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SchemaParseError";
  }
}

const ANSI_ESCAPES = /\u001b\[[0-9;]*m/g;

/** Parses schema.prisma text with Prisma's own parser (the Wasm build, no engine download needed). */
export function loadDmmf(schemaText: string): SchemaDatamodel {
  let json: string;
  try {
    json = get_dmmf(JSON.stringify({ prismaSchema: schemaText }));
  } catch (error) {
    // The Wasm parser throws an Error whose message is JSON: { error_code, message } with terminal colours.
    const raw = error instanceof Error ? error.message : String(error);
    let message = raw;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === "object" && "message" in parsed && typeof parsed.message === "string") message = parsed.message;
    } catch {
      // Not JSON: keep the raw text.
    }
    throw new SchemaParseError(`schema.prisma is not valid: ${message.replace(ANSI_ESCAPES, "")}`);
  }
  const dmmf: unknown = JSON.parse(json);
  const datamodel = z.object({ datamodel: dmmfDatamodel }).safeParse(dmmf);
  if (!datamodel.success) {
    throw new SchemaParseError(
      `Prisma's DMMF no longer has the shape test-support/schema-drift.ts expects (did @prisma/prisma-schema-wasm change?): ${datamodel.error.message}`,
    );
  }
  return withUnsupportedFields(datamodel.data.datamodel, schemaText);
}

const MODEL_BLOCK = /^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const UNSUPPORTED_FIELD = /^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm;

/**
 * Prisma's DMMF leaves out `Unsupported("…")` fields (a column the client cannot read, such as the generated
 * `tsvector` of search), though its indexes name them; they are read from the schema text so their columns are
 * checked too (present, of that type, nullable as said) instead of being reported as unknown.
 */
function withUnsupportedFields(datamodel: SchemaDatamodel, schemaText: string): SchemaDatamodel {
  const byModel = new Map<string, SchemaField[]>();
  for (const [, model, block] of schemaText.matchAll(MODEL_BLOCK)) {
    const fields = [...block!.matchAll(UNSUPPORTED_FIELD)].map(([, name, type, optional]): SchemaField => ({
      name: name!,
      kind: "unsupported",
      type: type!,
      isList: false,
      isRequired: optional !== "?",
      isUnique: false,
      isId: false,
      hasDefaultValue: false,
    }));
    if (fields.length > 0) byModel.set(model!, fields);
  }
  return {
    ...datamodel,
    models: datamodel.models.map((model) => ({ ...model, fields: [...model.fields, ...(byModel.get(model.name) ?? [])] })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The database side.

export interface ColumnDescription {
  name: string;
  /** information_schema data_type: "text", "integer", "ARRAY", "USER-DEFINED", "timestamp without time zone"… */
  dataType: string;
  /** information_schema udt_name: "text", "int4", "_text" (array of text), "Role" (an enum)… */
  udtName: string;
  /** format_type(): the full type as PostgreSQL writes it, e.g. "timestamp(3) without time zone", "text[]". */
  sqlType: string;
  isNullable: boolean;
  datetimePrecision: number | null;
  /** The DEFAULT expression as PostgreSQL prints it, e.g. "CURRENT_TIMESTAMP", "'DRAFT'::\"EditionState\"". */
  default: string | null;
}

export interface IndexColumnDescription {
  /** null for an expression. */
  name: string | null;
  descending: boolean;
  /** null when it is the type's default operator class. */
  operatorClass: string | null;
}

export interface IndexDescription {
  name: string;
  unique: boolean;
  /** btree, gin, gist, hash, brin, spgist. */
  method: string;
  /** Key columns only (INCLUDE columns are left out). */
  columns: IndexColumnDescription[];
  partial: boolean;
}

export interface ForeignKeyDescription {
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
}

export interface TableDescription {
  name: string;
  columns: ColumnDescription[];
  primaryKey: { name: string; columns: string[] } | null;
  /** Every index except the primary key's, unique or not. */
  indexes: IndexDescription[];
  foreignKeys: ForeignKeyDescription[];
}

export interface EnumDescription {
  name: string;
  /** In declaration (sort) order. */
  values: string[];
}

export interface DatabaseDescription {
  tables: TableDescription[];
  enums: EnumDescription[];
}

const PG_REFERENTIAL_ACTIONS: Record<string, ReferentialAction> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

function referentialActionOf(code: string): ReferentialAction {
  const action = PG_REFERENTIAL_ACTIONS[code];
  if (!action) throw new Error(`Unknown PostgreSQL referential action code "${code}".`);
  return action;
}

interface TableRow extends Record<string, unknown> {
  table_name: string;
}
interface ColumnRow extends Record<string, unknown> {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  sql_type: string;
  is_nullable: string;
  datetime_precision: number | null;
  column_default: string | null;
}
interface EnumRow extends Record<string, unknown> {
  name: string;
  values: string[];
}
interface IndexRow extends Record<string, unknown> {
  table_name: string;
  index_name: string;
  is_primary: boolean;
  is_unique: boolean;
  method: string;
  is_partial: boolean;
  columns: string[];
  directions: string[];
  operator_classes: string[];
}
interface ForeignKeyRow extends Record<string, unknown> {
  name: string;
  table_name: string;
  referenced_table: string;
  on_delete: string;
  on_update: string;
  columns: string[];
  referenced_columns: string[];
}

// Arrays are built as text[] (not name[], "char" or int2vector) because both drivers parse text[] into string[].
// Expression index columns come back as "" so the array never holds NULL.
const INDEXES_SQL = `
SELECT tbl.relname::text AS table_name,
       idx.relname::text AS index_name,
       ix.indisprimary AS is_primary,
       ix.indisunique AS is_unique,
       am.amname::text AS method,
       ix.indpred IS NOT NULL AS is_partial,
       ARRAY(
         SELECT COALESCE(a.attname::text, '')
         FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum AND k.attnum <> 0
         WHERE k.ord <= ix.indnkeyatts
         ORDER BY k.ord
       )::text[] AS columns,
       ARRAY(
         SELECT CASE WHEN (o.option & 1) = 1 THEN 'desc' ELSE 'asc' END
         FROM unnest(ix.indoption::int2[]) WITH ORDINALITY AS o(option, ord)
         WHERE o.ord <= ix.indnkeyatts
         ORDER BY o.ord
       )::text[] AS directions,
       ARRAY(
         SELECT CASE WHEN opc.opcdefault THEN '' ELSE opc.opcname::text END
         FROM unnest(ix.indclass::oid[]) WITH ORDINALITY AS c(opclass, ord)
         JOIN pg_catalog.pg_opclass opc ON opc.oid = c.opclass
         WHERE c.ord <= ix.indnkeyatts
         ORDER BY c.ord
       )::text[] AS operator_classes
FROM pg_catalog.pg_index ix
JOIN pg_catalog.pg_class idx ON idx.oid = ix.indexrelid
JOIN pg_catalog.pg_class tbl ON tbl.oid = ix.indrelid
JOIN pg_catalog.pg_namespace ns ON ns.oid = tbl.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = idx.relam
WHERE ns.nspname = current_schema() AND tbl.relkind IN ('r', 'p')
ORDER BY tbl.relname, idx.relname`;

const FOREIGN_KEYS_SQL = `
SELECT con.conname::text AS name,
       tbl.relname::text AS table_name,
       ref.relname::text AS referenced_table,
       con.confdeltype::text AS on_delete,
       con.confupdtype::text AS on_update,
       ARRAY(
         SELECT a.attname::text
         FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
         ORDER BY k.ord
       )::text[] AS columns,
       ARRAY(
         SELECT a.attname::text
         FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
         ORDER BY k.ord
       )::text[] AS referenced_columns
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class tbl ON tbl.oid = con.conrelid
JOIN pg_catalog.pg_namespace ns ON ns.oid = tbl.relnamespace
JOIN pg_catalog.pg_class ref ON ref.oid = con.confrelid
WHERE con.contype = 'f' AND ns.nspname = current_schema()
ORDER BY tbl.relname, con.conname`;

/** Describes the tables, enums, keys and indexes in the connection's current schema. */
export async function introspect(connection: SqlConnection): Promise<DatabaseDescription> {
  const tableRows = await connection.query<TableRow>(
    `SELECT table_name::text AS table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const columnRows = await connection.query<ColumnRow>(
    `SELECT c.table_name::text AS table_name, c.column_name::text AS column_name, c.data_type::text AS data_type,
            c.udt_name::text AS udt_name, format_type(a.atttypid, a.atttypmod) AS sql_type,
            c.is_nullable::text AS is_nullable, c.datetime_precision::int AS datetime_precision,
            c.column_default::text AS column_default
     FROM information_schema.columns c
     JOIN pg_catalog.pg_namespace ns ON ns.nspname = c.table_schema
     JOIN pg_catalog.pg_class cl ON cl.relnamespace = ns.oid AND cl.relname = c.table_name
     JOIN pg_catalog.pg_attribute a ON a.attrelid = cl.oid AND a.attname = c.column_name
     WHERE c.table_schema = current_schema()
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const enumRows = await connection.query<EnumRow>(
    `SELECT t.typname::text AS name,
            COALESCE(array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL), '{}')::text[] AS values
     FROM pg_catalog.pg_type t
     JOIN pg_catalog.pg_namespace ns ON ns.oid = t.typnamespace
     LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
     WHERE ns.nspname = current_schema() AND t.typtype = 'e'
     GROUP BY t.typname
     ORDER BY t.typname`,
  );
  const indexRows = await connection.query<IndexRow>(INDEXES_SQL);
  const foreignKeyRows = await connection.query<ForeignKeyRow>(FOREIGN_KEYS_SQL);

  const tables = new Map<string, TableDescription>(
    tableRows.map((row) => [row.table_name, { name: row.table_name, columns: [], primaryKey: null, indexes: [], foreignKeys: [] }]),
  );
  for (const row of columnRows) {
    tables.get(row.table_name)?.columns.push({
      name: row.column_name,
      dataType: row.data_type,
      udtName: row.udt_name,
      sqlType: row.sql_type,
      isNullable: row.is_nullable === "YES",
      datetimePrecision: row.datetime_precision,
      default: row.column_default,
    });
  }
  for (const row of indexRows) {
    const table = tables.get(row.table_name);
    if (!table) continue;
    if (row.is_primary) {
      table.primaryKey = { name: row.index_name, columns: row.columns };
      continue;
    }
    table.indexes.push({
      name: row.index_name,
      unique: row.is_unique,
      method: row.method,
      partial: row.is_partial,
      columns: row.columns.map((name, position) => ({
        name: name === "" ? null : name,
        descending: row.directions[position] === "desc",
        operatorClass: row.operator_classes[position] || null,
      })),
    });
  }
  for (const row of foreignKeyRows) {
    tables.get(row.table_name)?.foreignKeys.push({
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: referentialActionOf(row.on_delete),
      onUpdate: referentialActionOf(row.on_update),
    });
  }
  return { tables: [...tables.values()], enums: enumRows.map((row) => ({ name: row.name, values: row.values })) };
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison.

/** Prisma's own bookkeeping table: created by the migration runner, never in schema.prisma. */
const MIGRATIONS_TABLE = "_prisma_migrations";

const FIX_WITH_MIGRATION = "add a migration";

/** Column types Prisma Migrate creates for each scalar without @db.*, as format_type() prints them. */
const DEFAULT_SQL_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** @db.* native types of the postgresql connector, as format_type() prints them (arguments appended). */
const NATIVE_SQL_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  Char: (args) => withArguments("character", args),
  VarChar: (args) => withArguments("character varying", args),
  Bit: (args) => withArguments("bit", args),
  VarBit: (args) => withArguments("bit varying", args),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Boolean: () => "boolean",
  Integer: () => "integer",
  SmallInt: () => "smallint",
  BigInt: () => "bigint",
  Oid: () => "oid",
  Real: () => "real",
  DoublePrecision: () => "double precision",
  Decimal: (args) => withArguments("numeric", args),
  Money: () => "money",
  Timestamp: (args) => `${withArguments("timestamp", args)} without time zone`,
  Timestamptz: (args) => `${withArguments("timestamp", args)} with time zone`,
  Time: (args) => `${withArguments("time", args)} without time zone`,
  Timetz: (args) => `${withArguments("time", args)} with time zone`,
  Date: () => "date",
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

function withArguments(base: string, args: string[]): string {
  return args.length > 0 ? `${base}(${args.join(",")})` : base;
}

function withoutArguments(sqlType: string): string {
  return sqlType.replace(/\([^)]*\)/g, "");
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function columnList(columns: readonly string[]): string {
  return `(${columns.map(quoteIdentifier).join(", ")})`;
}

function sameList(left: readonly unknown[], right: readonly unknown[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

const PRISMA_INDEX_METHODS: Record<string, string> = {
  BTree: "btree",
  Hash: "hash",
  Gist: "gist",
  Gin: "gin",
  SpGist: "spgist",
  Brin: "brin",
};

/** Prisma names built-in operator classes in PascalCase (JsonbPathOps); raw("…") ones arrive as PostgreSQL spells them. */
function postgresOperatorClass(prismaName: string): string {
  return /[A-Z]/.test(prismaName) ? prismaName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase() : prismaName;
}

interface ModelNames {
  model: SchemaModel;
  table: string;
  columnOf(fieldName: string): string;
}

function namesOf(model: SchemaModel): ModelNames {
  const byField = new Map(model.fields.map((field) => [field.name, field.dbName ?? field.name]));
  return {
    model,
    table: model.dbName ?? model.name,
    columnOf: (fieldName) => byField.get(fieldName) ?? fieldName,
  };
}

function enumDatabaseName(schemaEnum: SchemaEnum): string {
  return schemaEnum.dbName ?? schemaEnum.name;
}

interface ExpectedType {
  /** How the problem message names the expected type. */
  label: string;
  matches(column: ColumnDescription): boolean;
}

function expectedType(field: SchemaField, enums: Map<string, SchemaEnum>): ExpectedType | string {
  if (field.kind === "enum") {
    const schemaEnum = enums.get(field.type);
    const typeName = schemaEnum ? enumDatabaseName(schemaEnum) : field.type;
    const udtName = field.isList ? `_${typeName}` : typeName;
    return {
      label: `${quoteIdentifier(typeName)}${field.isList ? "[]" : ""}`,
      matches: (column) => column.udtName === udtName && column.dataType === (field.isList ? "ARRAY" : "USER-DEFINED"),
    };
  }
  let base: string | undefined;
  let lenient = false;
  if (field.nativeType) {
    const [nativeName, args] = field.nativeType;
    const render = NATIVE_SQL_TYPES[nativeName];
    if (!render) return `@db.${nativeName} is a native type test-support/schema-drift.ts does not know — extend NATIVE_SQL_TYPES`;
    base = render(args);
    // Without arguments Prisma picks the precision/length; accept whatever the migration chose.
    lenient = args.length === 0;
  } else {
    base = DEFAULT_SQL_TYPES[field.type];
    if (!base) return `type ${field.type} is not one test-support/schema-drift.ts knows — extend DEFAULT_SQL_TYPES`;
  }
  const expected = `${base}${field.isList ? "[]" : ""}`;
  return {
    label: expected,
    matches: (column) => (lenient ? withoutArguments(column.sqlType) === withoutArguments(expected) : column.sqlType === expected),
  };
}

// --- Column defaults ---------------------------------------------------------------------------------------------

/** Defaults Prisma's query engine fills in itself: the column has no DEFAULT. */
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

function stripParentheses(expression: string): string {
  let current = expression.trim();
  while (current.startsWith("(") && current.endsWith(")")) current = current.slice(1, -1).trim();
  return current;
}

/** The literal inside a default such as `'DRAFT'::"EditionState"`, `0`, `'-1'::integer`, `false`; undefined if not a literal. */
function literalOf(expression: string): string | undefined {
  const stripped = stripParentheses(expression);
  const quoted = /^'((?:[^']|'')*)'(?:::.+)?$/s.exec(stripped);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const bare = /^(-?\d+(?:\.\d+)?(?:e-?\d+)?|true|false)(?:::.+)?$/i.exec(stripped);
  return bare ? bare[1]!.toLowerCase() : undefined;
}

/** Splits `ARRAY['a'::text, 'b'::text]::text[]` or `'{a,b}'::text[]` into item literals; undefined if neither. */
function arrayItemsOf(expression: string): string[] | undefined {
  const stripped = stripParentheses(expression);
  const constructor = /^ARRAY\[(.*?)\](?:::[\w\s."]+(?:\[\])*)?$/s.exec(stripped);
  if (constructor) {
    const inner = constructor[1]!.trim();
    if (inner === "") return [];
    const items = inner.match(/'(?:[^']|'')*'(?:::[^,]+)?|[^,]+/g) ?? [];
    return items.map((item) => literalOf(item.trim()) ?? item.trim());
  }
  const literal = literalOf(stripped);
  if (literal !== undefined && literal.startsWith("{") && literal.endsWith("}")) {
    const inner = literal.slice(1, -1);
    if (inner === "") return [];
    return inner.split(",").map((item) => item.trim().replace(/^"(.*)"$/s, "$1"));
  }
  return undefined;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function sameScalarLiteral(field: SchemaField, enums: Map<string, SchemaEnum>, expected: unknown, actual: string): boolean {
  if (field.kind === "enum") {
    const value = enums.get(field.type)?.values.find((candidate) => candidate.name === expected);
    return actual === (value?.dbName ?? value?.name ?? String(expected));
  }
  switch (field.type) {
    case "Int":
    case "BigInt":
    case "Float":
    case "Decimal":
      return Number(actual) === Number(expected);
    case "Boolean":
      return actual === String(expected);
    case "Json":
      try {
        return canonicalJson(JSON.parse(actual)) === canonicalJson(typeof expected === "string" ? JSON.parse(expected) : expected);
      } catch {
        return false;
      }
    case "DateTime": {
      const asInstant = (text: string) => new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`).getTime();
      return asInstant(actual) === asInstant(String(expected));
    }
    default:
      return actual === String(expected);
  }
}

function describeDefault(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value) && "name" in value) return `${String(value.name)}()`;
  return JSON.stringify(value);
}

function defaultProblem(field: SchemaField, column: ColumnDescription, enums: Map<string, SchemaEnum>): string | undefined {
  const actual = column.default;
  const expected = field.default;
  const functionDefault =
    expected && typeof expected === "object" && !Array.isArray(expected) && "name" in expected ? String(expected.name) : undefined;

  if (!field.hasDefaultValue || (functionDefault && CLIENT_SIDE_DEFAULTS.has(functionDefault))) {
    return actual === null ? undefined : `the column has DEFAULT ${actual} but schema.prisma gives no database default`;
  }
  if (actual === null) return `schema.prisma has @default(${describeDefault(expected)}) but the column has no DEFAULT`;

  let matches: boolean;
  if (functionDefault === "now") matches = /^(CURRENT_TIMESTAMP|now\(\))$/i.test(stripParentheses(actual));
  else if (functionDefault === "autoincrement") matches = /^nextval\(/i.test(stripParentheses(actual));
  // dbgenerated(…), sequence(…): PostgreSQL reprints the expression its own way, so only its presence is checked.
  else if (functionDefault) matches = true;
  else if (Array.isArray(expected)) {
    const items = arrayItemsOf(actual);
    matches = items !== undefined && items.length === expected.length && expected.every((item, index) => sameScalarLiteral(field, enums, item, items[index]!));
  } else {
    const literal = literalOf(actual);
    matches = literal !== undefined && sameScalarLiteral(field, enums, expected, literal);
  }
  return matches ? undefined : `schema.prisma has @default(${describeDefault(expected)}) but the column has DEFAULT ${actual}`;
}

// --- Indexes -------------------------------------------------------------------------------------------------------

interface ExpectedIndex {
  label: string;
  unique: boolean;
  method: string;
  columns: IndexColumnDescription[];
}

function indexKey(index: { unique: boolean; method: string; columns: IndexColumnDescription[] }): string {
  const columns = index.columns.map((column) => `${column.name ?? "<expression>"} ${column.descending ? "DESC" : "ASC"} ${column.operatorClass ?? ""}`);
  return `${index.unique ? "UNIQUE " : ""}${index.method} ${columns.join(", ")}`;
}

function describeIndexColumns(columns: IndexColumnDescription[]): string {
  return `(${columns
    .map((column) =>
      [column.name === null ? "<expression>" : quoteIdentifier(column.name), column.descending ? "DESC" : "", column.operatorClass ?? ""]
        .filter(Boolean)
        .join(" "),
    )
    .join(", ")})`;
}

function expectedIndexes(names: ModelNames, indexes: SchemaIndex[]): ExpectedIndex[] {
  return indexes
    .filter((index) => index.model === names.model.name && (index.type === "unique" || index.type === "normal"))
    .map((index) => {
      const fieldNames = index.fields.map((field) => field.name);
      const label =
        index.type === "unique"
          ? index.isDefinedOnField
            ? `${names.model.name}.${fieldNames[0]}: @unique`
            : `${names.model.name} @@unique([${fieldNames.join(", ")}])`
          : `${names.model.name} @@index([${fieldNames.join(", ")}])`;
      return {
        label,
        unique: index.type === "unique",
        method: index.algorithm ? (PRISMA_INDEX_METHODS[index.algorithm] ?? index.algorithm.toLowerCase()) : "btree",
        columns: index.fields.map((field) => ({
          name: names.columnOf(field.name),
          descending: field.sortOrder === "desc",
          operatorClass: field.operatorClass ? postgresOperatorClass(field.operatorClass) : null,
        })),
      };
    });
}

// --- Model-level checks ----------------------------------------------------------------------------------------------

function compareColumns(names: ModelNames, table: TableDescription, enums: Map<string, SchemaEnum>, problems: string[]): void {
  const model = names.model;
  const columns = new Map(table.columns.map((column) => [column.name, column]));
  const known = new Set<string>();
  for (const field of model.fields) {
    if (field.kind === "object") continue;
    const columnName = field.dbName ?? field.name;
    known.add(columnName);
    const where = `${model.name}.${field.name}`;
    const column = columns.get(columnName);
    if (!column) {
      problems.push(`${where}: in schema.prisma but no column ${quoteIdentifier(columnName)} in table ${quoteIdentifier(table.name)} — ${FIX_WITH_MIGRATION}`);
      continue;
    }
    if (field.kind === "unsupported") {
      if (column.sqlType !== field.type) {
        problems.push(`${where}: schema.prisma expects Unsupported("${field.type}") but column ${quoteIdentifier(table.name)}.${quoteIdentifier(columnName)} is ${column.sqlType} — ${FIX_WITH_MIGRATION}`);
      }
      if (field.isRequired === column.isNullable) {
        problems.push(`${where}: schema.prisma says ${field.isRequired ? "required (NOT NULL)" : "optional (nullable)"} but the column is ${column.isNullable ? "nullable" : "NOT NULL"} — ${FIX_WITH_MIGRATION}`);
      }
      continue;
    }
    const type = expectedType(field, enums);
    if (typeof type === "string") problems.push(`${where}: ${type}`);
    else if (!type.matches(column)) {
      problems.push(`${where}: schema.prisma expects ${type.label} but column ${quoteIdentifier(table.name)}.${quoteIdentifier(columnName)} is ${column.sqlType} — ${FIX_WITH_MIGRATION}`);
    }
    // Prisma Migrate creates scalar lists without NOT NULL whatever the schema says.
    if (!field.isList && field.isRequired === column.isNullable) {
      problems.push(
        `${where}: schema.prisma says ${field.isRequired ? "required (NOT NULL)" : "optional (nullable)"} but column ` +
          `${quoteIdentifier(table.name)}.${quoteIdentifier(columnName)} is ${column.isNullable ? "nullable" : "NOT NULL"} — ${FIX_WITH_MIGRATION}`,
      );
    }
    const defaultDrift = defaultProblem(field, column, enums);
    if (defaultDrift) problems.push(`${where}: ${defaultDrift} — ${FIX_WITH_MIGRATION}`);
  }
  for (const column of table.columns) {
    if (!known.has(column.name)) {
      problems.push(
        `${quoteIdentifier(table.name)}.${quoteIdentifier(column.name)}: column in the database but schema.prisma's model ${model.name} has no such field — ` +
          "add the field to schema.prisma, or drop the column in a migration",
      );
    }
  }
}

function comparePrimaryKey(names: ModelNames, table: TableDescription, problems: string[]): void {
  const model = names.model;
  const fields = model.primaryKey?.fields ?? model.fields.filter((field) => field.isId).map((field) => field.name);
  const expected = fields.map(names.columnOf);
  const actual = table.primaryKey?.columns ?? [];
  if (sameList(expected, actual)) return;
  const said = expected.length === 0 ? "no primary key" : `primary key ${columnList(expected)}`;
  const has = actual.length === 0 ? "has none" : `has ${columnList(actual)}`;
  problems.push(`${model.name}: schema.prisma says ${said} but table ${quoteIdentifier(table.name)} ${has} — ${FIX_WITH_MIGRATION}`);
}

function compareIndexes(names: ModelNames, table: TableDescription, indexes: SchemaIndex[], problems: string[]): void {
  const remaining = [...table.indexes];
  for (const expected of expectedIndexes(names, indexes)) {
    const key = indexKey(expected);
    const position = remaining.findIndex((index) => !index.partial && indexKey(index) === key);
    if (position >= 0) {
      remaining.splice(position, 1);
      continue;
    }
    const kind = expected.unique ? "unique index" : "index";
    const method = expected.method === "btree" ? "" : ` USING ${expected.method}`;
    problems.push(
      `${expected.label} in schema.prisma but no ${kind} on ${quoteIdentifier(table.name)}${method} ${describeIndexColumns(expected.columns)} — ${FIX_WITH_MIGRATION}`,
    );
  }
  for (const index of remaining) {
    problems.push(
      `${quoteIdentifier(table.name)}: ${index.unique ? "unique index" : "index"} ${quoteIdentifier(index.name)} ${describeIndexColumns(index.columns)}` +
        `${index.partial ? " (partial)" : ""} is in the database but not in schema.prisma (model ${names.model.name}) — ` +
        "add it to schema.prisma, or drop it in a migration",
    );
  }
}

function compareForeignKeys(names: ModelNames, table: TableDescription, modelsByName: Map<string, ModelNames>, problems: string[]): void {
  const remaining = [...table.foreignKeys];
  for (const field of names.model.fields) {
    if (field.kind !== "object" || !field.relationFromFields || field.relationFromFields.length === 0) continue;
    const target = modelsByName.get(field.type);
    if (!target) continue;
    const where = `${names.model.name}.${field.name}`;
    const columns = field.relationFromFields.map(names.columnOf);
    const referencedColumns = (field.relationToFields ?? []).map(target.columnOf);
    const onDelete: ReferentialAction = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
    const onUpdate: ReferentialAction = field.relationOnUpdate ?? "Cascade";
    const description = `${quoteIdentifier(table.name)}${columnList(columns)} → ${quoteIdentifier(target.table)}${columnList(referencedColumns)}`;

    const position = remaining.findIndex(
      (key) => sameList(key.columns, columns) && key.referencedTable === target.table && sameList(key.referencedColumns, referencedColumns),
    );
    const foreignKey = remaining[position];
    if (!foreignKey) {
      problems.push(`${where}: relation in schema.prisma but no foreign key ${description} in the database — ${FIX_WITH_MIGRATION}`);
      continue;
    }
    remaining.splice(position, 1);
    if (foreignKey.onDelete !== onDelete) {
      problems.push(
        `${where}: schema.prisma says onDelete: ${onDelete} but foreign key ${quoteIdentifier(foreignKey.name)} has ON DELETE ${sqlAction(foreignKey.onDelete)} — ${FIX_WITH_MIGRATION}`,
      );
    }
    if (foreignKey.onUpdate !== onUpdate) {
      problems.push(
        `${where}: schema.prisma says onUpdate: ${onUpdate} but foreign key ${quoteIdentifier(foreignKey.name)} has ON UPDATE ${sqlAction(foreignKey.onUpdate)} — ${FIX_WITH_MIGRATION}`,
      );
    }
  }
  for (const foreignKey of remaining) {
    problems.push(
      `${quoteIdentifier(table.name)}: foreign key ${quoteIdentifier(foreignKey.name)} ${columnList(foreignKey.columns)} → ` +
        `${quoteIdentifier(foreignKey.referencedTable)}${columnList(foreignKey.referencedColumns)} is in the database but no relation in ` +
        `schema.prisma (model ${names.model.name}) describes it — add the relation, or drop the foreign key in a migration`,
    );
  }
}

function sqlAction(action: ReferentialAction): string {
  return { Cascade: "CASCADE", Restrict: "RESTRICT", NoAction: "NO ACTION", SetNull: "SET NULL", SetDefault: "SET DEFAULT" }[action];
}

function compareEnums(datamodel: SchemaDatamodel, database: DatabaseDescription, problems: string[]): void {
  const databaseEnums = new Map(database.enums.map((databaseEnum) => [databaseEnum.name, databaseEnum]));
  const known = new Set<string>();
  for (const schemaEnum of datamodel.enums) {
    const typeName = enumDatabaseName(schemaEnum);
    known.add(typeName);
    const databaseEnum = databaseEnums.get(typeName);
    if (!databaseEnum) {
      problems.push(`enum ${schemaEnum.name}: in schema.prisma but the database has no enum type ${quoteIdentifier(typeName)} — ${FIX_WITH_MIGRATION}`);
      continue;
    }
    const expected = schemaEnum.values.map((value) => value.dbName ?? value.name);
    if (sameList(expected, databaseEnum.values)) continue;
    const missing = expected.filter((value) => !databaseEnum.values.includes(value));
    const extra = databaseEnum.values.filter((value) => !expected.includes(value));
    const details = [
      missing.length > 0 ? `missing ${missing.join(", ")}` : "",
      extra.length > 0 ? `not in schema.prisma: ${extra.join(", ")}` : "",
      missing.length === 0 && extra.length === 0 ? "same values in a different order" : "",
    ].filter(Boolean);
    problems.push(
      `enum ${schemaEnum.name}: schema.prisma has [${expected.join(", ")}] but the database type ${quoteIdentifier(typeName)} has ` +
        `[${databaseEnum.values.join(", ")}] (${details.join("; ")}) — ${FIX_WITH_MIGRATION}`,
    );
  }
  for (const databaseEnum of database.enums) {
    if (!known.has(databaseEnum.name)) {
      problems.push(
        `enum type ${quoteIdentifier(databaseEnum.name)} is in the database but not in schema.prisma — add the enum, or drop the type in a migration`,
      );
    }
  }
}

/**
 * Every difference between the schema and the database, one readable sentence each; empty when they agree.
 * Each names the model and field (or table and column) concerned and what would bring them back in line.
 */
export function compareSchemaToDatabase(datamodel: SchemaDatamodel, database: DatabaseDescription): string[] {
  const problems: string[] = [];
  const enums = new Map(datamodel.enums.map((schemaEnum) => [schemaEnum.name, schemaEnum]));
  const models = datamodel.models.map(namesOf);
  const modelsByName = new Map(models.map((names) => [names.model.name, names]));
  const tables = new Map(database.tables.map((table) => [table.name, table]));

  if (datamodel.types.length > 0) problems.push("schema.prisma declares composite types, which PostgreSQL does not support");
  for (const names of models) {
    const model = names.model;
    if (model.schema) {
      problems.push(`${model.name}: @@schema("${model.schema}") — test-support/schema-drift.ts only compares the current schema; extend it first`);
      continue;
    }
    for (const field of model.fields) {
      // Implicit many-to-many: both sides are lists and neither holds the foreign key, so Prisma makes a hidden "_Name" table.
      const other = field.kind === "object" && field.isList ? modelsByName.get(field.type)?.model.fields.find((candidate) => candidate.relationName === field.relationName && candidate !== field) : undefined;
      if (other?.isList && field.name < other.name) {
        problems.push(
          `${model.name}.${field.name}: implicit many-to-many relation "${field.relationName}" — test-support/schema-drift.ts does not check its hidden join table; use an explicit join model (as DocumentCountry does) or extend the check`,
        );
      }
    }
    const table = tables.get(names.table);
    if (!table) {
      problems.push(`${model.name}: model in schema.prisma but no table ${quoteIdentifier(names.table)} in the database — ${FIX_WITH_MIGRATION}`);
      continue;
    }
    compareColumns(names, table, enums, problems);
    comparePrimaryKey(names, table, problems);
    compareIndexes(names, table, datamodel.indexes, problems);
    compareForeignKeys(names, table, modelsByName, problems);
  }

  const knownTables = new Set([MIGRATIONS_TABLE, ...models.map((names) => names.table)]);
  for (const table of database.tables) {
    if (!knownTables.has(table.name)) {
      problems.push(`table ${quoteIdentifier(table.name)} is in the database but no model in schema.prisma maps to it — add the model, or drop the table in a migration`);
    }
  }
  compareEnums(datamodel, database, problems);
  return problems;
}

/** Convenience for scripts and tests: parse, introspect, compare. */
export async function schemaDrift(schemaText: string, connection: SqlConnection): Promise<string[]> {
  return compareSchemaToDatabase(loadDmmf(schemaText), await introspect(connection));
}
