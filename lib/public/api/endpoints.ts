import "server-only";
import { defaultLocale, isSiteLocale, siteLocales } from "@/lib/i18n/locales";
import { isValidSlug } from "@/lib/validation/slug";
import { conditionalResponse } from "../http-cache";
import { API_BASE_PATH } from "../paths";
import { readParams } from "../request-params";
import { siteOrigin } from "../site";
import { API_KINDS, DEFAULT_LIMIT, documentParamsSchema, listParamsSchema, type ApiDocumentList } from "./api-schemas";
import { decodeCursor, encodeCursor } from "./cursor";
import { getApiDocument, getApiDocumentList, type ApiDocumentResult, type ApiListQuery, type ApiListResult } from "./documents-api";
import { openApiDocument } from "./openapi";

const JSON_TYPE = "application/json; charset=utf-8";

function apiError(status: number, message: string): Response {
  return new Response(`${JSON.stringify({ error: { status, message } })}\n`, {
    status,
    headers: { "Content-Type": JSON_TYPE, "Cache-Control": "no-store" },
  });
}

function siteLocaleProblem(locale: string): string | null {
  return isSiteLocale(locale) ? null : `locale must be one of ${siteLocales().join(", ")}`;
}

/** GET /api/v1/documents. `load` is the cached read in the route, the plain one in tests. */
export async function documentListResponse(request: Request, load: (query: ApiListQuery) => Promise<ApiListResult> = getApiDocumentList): Promise<Response> {
  const url = new URL(request.url);
  const params = readParams(listParamsSchema, url.searchParams);
  if (!params.ok) return apiError(400, params.message);
  const { locale = defaultLocale(), kind, country, topic, person, since, cursor, limit = DEFAULT_LIMIT } = params.value;
  const localeProblem = siteLocaleProblem(locale);
  if (localeProblem) return apiError(400, localeProblem);
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (cursor !== undefined && !after) return apiError(400, "cursor is not one this API gave: pass nextCursor from the previous page unchanged");

  const result = await load({
    locale,
    kind: kind ? API_KINDS[kind] : null,
    filters: { country, topic, person },
    since: since?.toISOString() ?? null,
    after,
    limit,
  });
  const self = new URL(`${API_BASE_PATH}/documents${url.search}`, siteOrigin());
  const nextCursor = result.next ? encodeCursor(result.next) : null;
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(self);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = nextUrl.href;
  }
  const body: ApiDocumentList = { data: result.items, nextCursor, links: { self: self.href, next } };
  return conditionalResponse(request, { body: `${JSON.stringify(body)}\n`, contentType: JSON_TYPE, lastModified: result.lastModified });
}

/** GET /api/v1/documents/{slug}?locale= */
export async function documentResponse(
  request: Request,
  slug: string,
  load: (slug: string, locale: string | null) => Promise<ApiDocumentResult> = getApiDocument,
): Promise<Response> {
  const params = readParams(documentParamsSchema, new URL(request.url).searchParams);
  if (!params.ok) return apiError(400, params.message);
  const locale = params.value.locale ?? null;
  const localeProblem = locale === null ? null : siteLocaleProblem(locale);
  if (localeProblem) return apiError(400, localeProblem);
  if (!isValidSlug(slug)) return apiError(404, `No public document has the slug “${slug}”.`);
  const result = await load(slug, locale);
  if (!result.found) {
    return apiError(
      404,
      result.reason === "unknown"
        ? `No public document has the slug “${slug}”.`
        : `“${slug}” is not published in ${locale}; it can be read in ${result.languages.join(", ") || "no language of this site"}.`,
    );
  }
  return conditionalResponse(request, { body: `${JSON.stringify(result.document)}\n`, contentType: JSON_TYPE, lastModified: result.lastModified });
}

/** GET /api/v1/openapi.json */
export function openApiResponse(request: Request): Response {
  return conditionalResponse(request, {
    body: `${JSON.stringify(openApiDocument(siteOrigin().href, siteLocales()), null, 2)}\n`,
    contentType: JSON_TYPE,
    lastModified: null,
  });
}
