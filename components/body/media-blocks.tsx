// How a photo and a file stand in a body. Part of THE block renderer (document-body.tsx): no hooks, no "use client".
import { languageNameFor } from "@/lib/i18n/locale-names";
import type { BodyLabelsMessages } from "@/lib/i18n/messages";
import { describeBytes } from "@/lib/media/limits";
import { srcSetFor, variantUrl, widthsFor, type DocumentView, type ImageView } from "@/lib/media/media-view";

/** Wide enough for the article column on a large screen, the full width on a phone. */
const SIZES = "(min-width: 48rem) 42rem, 100vw";

export function Photo({ image, labels, id, className }: { image: ImageView; labels: BodyLabelsMessages; id?: string; className?: string }) {
  const widths = widthsFor(image.width);
  const fallbackWidth = widths.find((width) => width >= 960) ?? widths.at(-1)!;
  return (
    <figure id={id} data-block="image" data-media-id={image.id} className={className ?? "mt-6 first:mt-0"}>
      <picture>
        <source type="image/avif" srcSet={srcSetFor(image, "avif")} sizes={SIZES} />
        <source type="image/webp" srcSet={srcSetFor(image, "webp")} sizes={SIZES} />
        <img
          src={variantUrl(image, fallbackWidth, image.fallback)}
          srcSet={srcSetFor(image, image.fallback)}
          sizes={SIZES}
          alt={image.alt}
          lang={image.lang}
          width={image.width}
          height={image.height}
          loading="lazy"
          decoding="async"
          className="h-auto w-full max-w-full bg-wash"
        />
      </picture>
      {image.caption || image.credit ? (
        <figcaption lang={image.lang} className="mt-2 text-sm text-muted" data-caption="">
          {image.caption ? <span data-caption-text="">{image.caption}</span> : null}
          {image.credit ? (
            <span data-credit="" className="ml-1 whitespace-nowrap">
              ({labels.photoCredit}: {image.credit})
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

export function Attachment({ file, labels, readerLocale, id }: { file: DocumentView; labels: BodyLabelsMessages; readerLocale: string; id?: string }) {
  const details = [
    file.typeLabel,
    file.pageCount === null ? null : file.pageCount === 1 ? labels.pageCountOne : labels.pageCount.replace("{n}", String(file.pageCount)),
    describeBytes(file.byteSize),
    file.language ? labels.fileLanguage.replace("{language}", languageNameFor(file.language, readerLocale)) : null,
  ].filter(Boolean);
  return (
    <div id={id} data-block="attachment" data-media-id={file.id} className="mt-6 flex gap-3 border border-rule bg-wash px-4 py-3 first:mt-0">
      <span aria-hidden="true" className="mt-0.5 font-mono text-xs font-semibold text-muted">
        {file.typeLabel === "PDF" ? "PDF" : "FILE"}
      </span>
      <div className="min-w-0">
        <a href={file.href} lang={file.lang} className="font-semibold text-brand underline underline-offset-2" data-attachment-link="">
          {file.title}
        </a>
        <p className="text-sm text-muted">{details.join(" · ")}</p>
        {file.accessible ? null : <p className="mt-1 text-sm text-muted">{labels.notAccessible}</p>}
      </div>
    </div>
  );
}
