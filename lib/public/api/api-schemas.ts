// The public JSON API's contract, in zod: the query parameters it accepts (validated on every request) and the
// shapes it answers with (turned into the OpenAPI document by ./openapi.ts; the tests check real answers against it).
import { z } from "zod";
import { scopeParams } from "../request-params";

/** The schemas the OpenAPI document names (components/schemas/<id>). */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

export const API_KINDS = { "press-release": "PRESS_RELEASE", interview: "INTERVIEW" } as const;
export type ApiKind = keyof typeof API_KINDS;
export const apiKindOf = (kind: "PRESS_RELEASE" | "INTERVIEW"): ApiKind => (kind === "PRESS_RELEASE" ? "press-release" : "interview");

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

const localeParam = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "locale must be a language code, such as en" });

const sinceParam = z
  .string()
  // An unencoded "+09:00" arrives as " 09:00" (a "+" in a query string is a space).
  .transform((value) => value.replace(/ (\d{2}:\d{2})$/, "+$1"))
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    error: "since must be an ISO 8601 date (2024-03-01) or instant with a zone (2024-03-01T09:00:00Z)",
  })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

export const listParamsSchema = z.strictObject({
  locale: localeParam.optional(),
  kind: z.enum(Object.keys(API_KINDS) as [ApiKind, ...ApiKind[]], { error: "kind must be press-release or interview" }).optional(),
  ...scopeParams,
  since: sinceParam.optional(),
  cursor: z.string().max(200, { error: "cursor is not one this API gave" }).optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .transform(Number)
    .refine((value) => value >= 1 && value <= MAX_LIMIT, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .optional(),
});

export const documentParamsSchema = z.strictObject({ locale: localeParam.optional() });

const instant = z.string().meta({ format: "date-time" });
const calendarDate = z.string().meta({ format: "date" });

const countryRef = z.object({ code: z.string(), name: z.string() });
const topicRef = z.object({ slug: z.string(), name: z.string() });
const personRef = z.object({ id: z.string(), name: z.string() });

const absoluteUrl = z.string().meta({ format: "uri" });

export const imageSchema = z
  .object({
    id: z.string().meta({ description: "The photo's id in the media library: the same photo has the same id wherever it is shown" }),
    alt: z.string().meta({ description: "Text for readers who cannot see the photo" }),
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    lang: z.string().meta({ description: "Language of alt, caption and credit: the document's, or the photo's original when not translated" }),
    width: z.int().meta({ description: "Pixels of the largest size offered" }),
    height: z.int(),
    url: absoluteUrl.meta({ description: "The largest size in the upload's own format (JPEG, PNG or WebP)" }),
    variants: z
      .array(z.object({ width: z.int(), type: z.enum(["image/avif", "image/webp", "image/jpeg", "image/png"]), url: absoluteUrl }))
      .meta({ description: "Every size and format served (for srcset); URLs carry the content hash and never change meaning" }),
  })
  .register(apiRegistry, { id: "Image" });

export const attachmentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    lang: z.string().meta({ description: "Language of the title" }),
    url: absoluteUrl.meta({ description: "The file, served as a download under its own name" }),
    contentType: z.string(),
    byteSize: z.int(),
    pageCount: z.int().nullable().meta({ description: "PDFs only" }),
    language: z.string().nullable().meta({ description: "The language the file is written in" }),
    accessible: z.boolean().meta({ description: "Meets the office's accessibility standard; otherwise it may not suit assistive technology" }),
  })
  .register(apiRegistry, { id: "Attachment" });

export const documentSummarySchema = z
  .object({
    slug: z.string(),
    kind: z.enum(["press-release", "interview"]),
    locale: z.string().meta({ description: "Language of the text returned" }),
    originalLocale: z.string(),
    title: z.string(),
    summary: z.string().meta({ description: "Summary of a release, lede of an interview; empty when there is none" }),
    publicDate: calendarDate.nullable().meta({ description: "The release's own date; null when its source shows none (lists place it after every dated document)" }),
    publishedAt: instant.meta({
      description: "When it went public (the start of publicDate in the office's time zone for archives imported later; for an undated document, the instant it went public)",
    }),
    updatedAt: instant.meta({ description: "Moves when a major change note, or a later translation, is published" }),
    translation: z.object({ kind: z.enum(["official", "unofficial"]) }).nullable(),
    url: z.string().meta({ format: "uri", description: "The page readers see" }),
    apiUrl: z.string().meta({ format: "uri" }),
    countries: z.array(countryRef),
    topics: z.array(topicRef),
    people: z.array(personRef),
    leadImage: imageSchema.nullable().meta({ description: "The photo that stands for the document on lists and link previews" }),
  })
  .register(apiRegistry, { id: "DocumentSummary" });

const text = z.string();
const blockCommon = { id: z.string(), text, translatorNote: z.string().optional() };
export const blockSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("numbered"),
      ...blockCommon,
      number: z.int().meta({ description: "The number readers see" }),
      anchor: z.string().meta({ description: "Fragment of the paragraph on the page (p3): the same in every language and through corrections" }),
    }),
    z.object({ kind: z.literal("subpoint"), ...blockCommon, marker: z.string(), level: z.int() }),
    z.object({ kind: z.literal("note"), ...blockCommon, list: z.object({ marker: z.string(), items: z.array(z.string()) }).optional() }),
    z.object({ kind: z.literal("heading"), ...blockCommon }),
    z.object({ kind: z.literal("paragraph"), ...blockCommon }),
    z.object({ kind: z.literal("question"), ...blockCommon }),
    z.object({ kind: z.literal("answer"), ...blockCommon }),
    z.object({ kind: z.literal("image"), id: z.string(), translatorNote: z.string().optional(), image: imageSchema }),
    z.object({ kind: z.literal("attachment"), id: z.string(), translatorNote: z.string().optional(), attachment: attachmentSchema }),
  ])
  .register(apiRegistry, { id: "Block" });

export const documentSchema = documentSummarySchema
  .extend({
    body: z.array(blockSchema),
    languages: z.array(z.object({ locale: z.string(), title: z.string(), apiUrl: z.string().meta({ format: "uri" }) })),
    history: z.array(z.object({ date: calendarDate, note: z.string() })).meta({ description: "Major changes, newest first" }),
    withdrawal: z
      .object({ date: calendarDate.nullable(), reason: z.string().nullable() })
      .nullable()
      .meta({ description: "Set when the document was withdrawn: its page stays, with the notice; it leaves every list" }),
    interviewee: z.string().nullable(),
    outlet: z.string().nullable(),
    sourceUrl: z.string().nullable(),
  })
  .register(apiRegistry, { id: "Document" });

export const documentListSchema = z
  .object({
    data: z.array(documentSummarySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last" }),
    links: z.object({ self: z.string(), next: z.string().nullable() }),
  })
  .register(apiRegistry, { id: "DocumentList" });

export const apiErrorSchema = z
  .object({ error: z.object({ status: z.int(), message: z.string() }) })
  .register(apiRegistry, { id: "Error" });

export type ApiImage = z.infer<typeof imageSchema>;
export type ApiAttachment = z.infer<typeof attachmentSchema>;
export type ApiDocumentSummary = z.infer<typeof documentSummarySchema>;
export type ApiDocument = z.infer<typeof documentSchema>;
export type ApiDocumentList = z.infer<typeof documentListSchema>;
