import type { Metadata } from "next";
import { z } from "zod";
import Link from "next/link";
import { UploadMediaForm } from "@/components/workspace/media/upload-media-form";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { LIBRARY_PAGE_SIZE, listLibrary } from "@/lib/media/library";
import { describeBytes, MAX_UPLOAD_BYTES } from "@/lib/media/limits";
import { variantUrl, widthsFor } from "@/lib/media/media-view";
import { readSearchParams, type SearchParams } from "@/lib/validation/search-params";
import { uploadMediaAction } from "./actions";

export const metadata: Metadata = { title: "Media" };

const libraryQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .transform((value) => (value ?? "").slice(0, 200)),
  kind: z.enum(["IMAGE", "DOCUMENT"]).optional().catch(undefined),
  page: z
    .string()
    .optional()
    .transform((value) => Math.max(1, Number(value) || 1)),
});

/** The media library: upload, search, and every photo and file with who added it and when. */
export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("/workspace/media", "media.view");
  const { q: query, kind, page } = readSearchParams(await searchParams, libraryQuerySchema);
  const { items, total } = await listLibrary({ query, kind, page });
  const zone = env().CHANCERY_TIME_ZONE;
  const hrefFor = (target: number) => {
    const search = new URLSearchParams();
    if (query) search.set("q", query);
    if (kind) search.set("kind", kind);
    if (target > 1) search.set("page", String(target));
    const text = search.toString();
    return text ? `/workspace/media?${text}` : "/workspace/media";
  };

  return (
    <>
      <PageHeader title="Media" description="Photos and files for press releases and interviews. Each is uploaded once and can be shown in any document." />
      {can(user, "media.upload") ? (
        <Panel title="Upload">
          <UploadMediaForm
            action={uploadMediaAction}
            locales={siteLocales().map((locale) => ({ value: locale, label: languageNameFor(locale, "en") }))}
            maxSize={describeBytes(MAX_UPLOAD_BYTES)}
          />
        </Panel>
      ) : null}

      <form role="search" className="mt-8 mb-4 flex flex-wrap items-end gap-3" action="/workspace/media">
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink">
          Search captions, titles, credits, file names
          <input name="q" defaultValue={query} className="h-9 w-72 rounded-sm border border-ink/50 px-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink">
          Kind
          <select name="kind" defaultValue={kind ?? ""} className="h-9 rounded-sm border border-ink/50 px-2 font-normal">
            <option value="">Photos and files</option>
            <option value="IMAGE">Photos</option>
            <option value="DOCUMENT">Files</option>
          </select>
        </label>
        <button type="submit" className="h-9 rounded-sm border border-ink/50 bg-white px-3 text-sm font-semibold">
          Search
        </button>
      </form>

      {items.length === 0 ? (
        <p className="text-muted">{query || kind ? "Nothing in the library matches." : "The library is empty: upload the first photo or file above."}</p>
      ) : (
        <Table caption={`${total} ${total === 1 ? "item" : "items"}`}>
          <thead>
            <tr>
              <Th>Item</Th>
              <Th>Details</Th>
              <Th>Added</Th>
              <Th>Translated into</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-media-item={item.id}>
                <Td>
                  <div className="flex items-start gap-3">
                    {item.view.kind === "image" ? (
                      // eslint-disable-next-line @next/next/no-img-element -- the library's own small variant
                      <img src={variantUrl(item.view, widthsFor(item.view.width)[0]!, "webp")} alt={item.view.alt} className="h-16 w-auto border border-rule" />
                    ) : (
                      <span className="font-mono text-xs font-semibold text-muted">{item.view.typeLabel}</span>
                    )}
                    <Link href={`/workspace/media/${item.id}`} className="font-semibold text-brand underline underline-offset-2">
                      {item.view.kind === "image" ? (item.view.caption ?? item.view.alt) : item.view.title}
                    </Link>
                  </div>
                </Td>
                <Td>
                  {item.fileName}
                  <br />
                  <span className="text-muted">
                    {describeBytes(item.byteSize)}
                    {item.view.kind === "image" ? ` · ${item.view.width} × ${item.view.height}` : item.view.pageCount ? ` · ${item.view.pageCount} pages` : ""}
                  </span>
                </Td>
                <Td>
                  {item.uploadedBy ?? "—"}
                  <br />
                  <span className="text-muted">{formatOfficeTime(item.uploadedAt, zone)}</span>
                </Td>
                <Td>{item.translatedInto.length > 0 ? item.translatedInto.map((locale) => languageNameFor(locale, "en")).join(", ") : <span className="text-muted">—</span>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE))} hrefFor={hrefFor} />
    </>
  );
}
