import Link from "next/link";

/** Previous / next links with "Page 2 of 7". `hrefFor` builds the link for a page number. */
export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: { page: number; pageCount: number; hrefFor: (page: number) => string; label?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-brand underline underline-offset-2">
          ← Previous
        </Link>
      ) : (
        <span className="text-muted">← Previous</span>
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand underline underline-offset-2">
          Next →
        </Link>
      ) : (
        <span className="text-muted">Next →</span>
      )}
    </nav>
  );
}
