import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MediaDetailsForm } from "@/components/workspace/media/media-details-form";
import { Photo, Attachment } from "@/components/body/media-blocks";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/policy";
import { formatOfficeTime } from "@/lib/time/office-time";
import { env } from "@/lib/env";
import { languageNameFor } from "@/lib/i18n/locale-names";
import { siteLocales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { getLibraryItem } from "@/lib/media/library";
import { mediaLine } from "@/lib/body/convention";
import { describeBytes } from "@/lib/media/limits";
import { updateMediaAction } from "../actions";

export const metadata: Metadata = { title: "Media item" };

type Params = Promise<{ mediaId: string }>;

export default async function MediaItemPage({ params }: { params: Params }) {
  const { mediaId } = await params;
  const user = await requirePermission(`/workspace/media/${encodeURIComponent(mediaId)}`, "media.view");
  const item = await getLibraryItem(mediaId);
  if (!item) notFound();
  const zone = env().CHANCERY_TIME_ZONE;
  const own = item.texts[item.textLocale] ?? {};
  const labels = messages(item.textLocale).body;
  const kindName = item.kind === "IMAGE" ? "image" : "attachment";

  return (
    <>
      <PageHeader
        eyebrow={<Link href="/workspace/media" className="text-brand underline underline-offset-2">Media</Link>}
        title={item.view.kind === "image" ? (item.view.caption ?? item.view.alt) : item.view.title}
        description={`Added by ${item.uploadedBy ?? "someone no longer here"}, ${formatOfficeTime(item.uploadedAt, zone)}`}
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <Panel title="As readers see it">
          <div lang={item.textLocale}>
            {item.view.kind === "image" ? <Photo image={item.view} labels={labels} /> : <Attachment file={item.view} labels={labels} readerLocale="en" />}
          </div>
          <div className="mt-4">
          <DescriptionList
            items={[
              { term: "File", detail: `${item.fileName} (${item.mimeType}, ${describeBytes(item.byteSize)})` },
              { term: "In a body", detail: <code className="font-mono">{mediaLine(kindName, item.id)}</code> },
              {
                term: "Translated into",
                detail: item.translatedInto.length > 0 ? item.translatedInto.map((locale) => languageNameFor(locale, "en")).join(", ") : "—",
              },
            ]}
          />
          </div>
        </Panel>
        <Panel title="Details">
          <MediaDetailsForm
            action={updateMediaAction}
            textLocaleLabel={languageNameFor(item.textLocale, "en")}
            locales={siteLocales().map((locale) => ({ value: locale, label: languageNameFor(locale, "en") }))}
            readOnly={!can(user, "media.edit", { type: "media", uploadedById: item.uploadedById })}
            values={{
              mediaId: item.id,
              kind: item.kind,
              alt: own.alt ?? "",
              caption: own.caption ?? "",
              credit: own.credit ?? "",
              title: own.title ?? "",
              language: item.language ?? item.textLocale,
              accessible: item.accessible,
            }}
          />
        </Panel>
      </div>
      <Panel title="Used in" className="mt-8">
        {item.usedBy.length === 0 ? (
          <p className="text-muted">No document shows it yet.</p>
        ) : (
          <ul className="list-disc pl-5">
            {item.usedBy.map((document) => (
              <li key={document.id}>
                <Link href={`/workspace/documents/${document.id}`} className="text-brand underline underline-offset-2">
                  {document.slug}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
