// The OpenAPI 3.1 description of the public API, served at /api/v1/openapi.json. Its schemas are generated from the
// zod schemas the API is written against (./api-schemas.ts), so the document cannot drift from the code's types;
// the tests check real responses against this document with an independent JSON Schema validator.
import { z } from "zod";
import { API_BASE_PATH } from "../paths";
import { apiRegistry, DEFAULT_LIMIT, MAX_LIMIT } from "./api-schemas";

type JsonObject = Record<string, unknown>;

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` });
  // Each component is embedded in the OpenAPI document, which already declares the JSON Schema dialect.
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema as JsonObject)]));
}

// A component is named by its place in the document; an "$id" of a bare fragment is not allowed in JSON Schema 2020-12.
function withoutDialect(schema: JsonObject): JsonObject {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function errorResponse(description: string): JsonObject {
  return { description, content: { "application/json": { schema: ref("Error") } } };
}

const conditionalHeaders = {
  ETag: { description: "Send back as If-None-Match to get 304 Not Modified while nothing changed", schema: { type: "string" } },
  "Last-Modified": { description: "Newest change the answer reflects (when known)", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
};

const conditionalParameters = [
  { name: "If-None-Match", in: "header", required: false, schema: { type: "string" } },
  { name: "If-Modified-Since", in: "header", required: false, schema: { type: "string" } },
];

export function openApiDocument(siteUrl: string, locales: readonly string[]): JsonObject {
  const localeSchema = { type: "string", enum: [...locales] };
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Chancery public API",
      version: "1.0.0",
      description:
        "Read-only access to the press releases and interviews readers can see on the site: published documents " +
        "(a withdrawn one keeps its page, and its answer here, with the withdrawal, but leaves every list). No key needed.",
    },
    servers: [{ url: new URL(API_BASE_PATH, siteUrl).href }],
    paths: {
      "/documents": {
        get: {
          operationId: "listDocuments",
          summary: "Documents readers can read in a language, newest first by the release's date",
          parameters: [
            { name: "locale", in: "query", required: false, description: "Defaults to the site's default language", schema: localeSchema },
            { name: "kind", in: "query", required: false, schema: { type: "string", enum: ["press-release", "interview"] } },
            { name: "country", in: "query", required: false, description: "ISO 3166-1 alpha-2 code", schema: { type: "string", pattern: "^[A-Za-z]{2}$" } },
            { name: "topic", in: "query", required: false, description: "A topic's slug", schema: { type: "string" } },
            { name: "person", in: "query", required: false, description: "A person's id (as in `people[].id`)", schema: { type: "string" } },
            {
              name: "since",
              in: "query",
              required: false,
              description: "Only documents published, corrected or translated into `locale` at or after this date or instant",
              schema: { type: "string" },
            },
            { name: "cursor", in: "query", required: false, description: "`nextCursor` of the previous page", schema: { type: "string" } },
            { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
            ...conditionalParameters,
          ],
          responses: {
            "200": { description: "One page", headers: conditionalHeaders, content: { "application/json": { schema: ref("DocumentList") } } },
            "304": { description: "Not modified since the ETag or date sent", headers: conditionalHeaders },
            "400": errorResponse("A parameter is unknown or has a bad value; the message names it"),
          },
        },
      },
      "/documents/{slug}": {
        get: {
          operationId: "getDocument",
          summary: "One document in one language, its body as blocks",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" } },
            { name: "locale", in: "query", required: false, description: "Defaults to the document's original language", schema: localeSchema },
            ...conditionalParameters,
          ],
          responses: {
            "200": { description: "The document", headers: conditionalHeaders, content: { "application/json": { schema: ref("Document") } } },
            "304": { description: "Not modified since the ETag or date sent", headers: conditionalHeaders },
            "400": errorResponse("A parameter is unknown or has a bad value"),
            "404": errorResponse("No public document has this slug, or it is not published in this language"),
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
