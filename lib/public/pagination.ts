// Page arithmetic for the public lists. Pure.

/** Ten to a page, as the ministry's own lists have it. */
export const PAGE_SIZE = 10;

export interface PageWindow {
  /** The page shown: the one asked for, brought within 1…pageCount. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** Rows to skip. */
  offset: number;
  /** 1-based positions of the first and last item on the page (0 and 0 when there is nothing). */
  first: number;
  last: number;
}

export function pageWindow(total: number, requestedPage: number, pageSize: number = PAGE_SIZE): PageWindow {
  const safeTotal = Math.max(0, Math.floor(total));
  const pageCount = Math.max(1, Math.ceil(safeTotal / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pageCount);
  const offset = (page - 1) * pageSize;
  return {
    page,
    pageCount,
    pageSize,
    total: safeTotal,
    offset,
    first: safeTotal === 0 ? 0 : offset + 1,
    last: Math.min(offset + pageSize, safeTotal),
  };
}

export type PageLink = { kind: "page"; page: number; current: boolean } | { kind: "gap"; key: string };

/**
 * The page numbers to offer: always the first and last, the current one with `around` neighbours on each side,
 * and a gap where numbers are left out ("1 … 4 5 6 … 20"). A gap never stands for a single page.
 */
export function pageLinks(page: number, pageCount: number, around = 1): PageLink[] {
  if (pageCount <= 1) return [];
  const wanted = new Set<number>([1, pageCount]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pageCount) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous === 2) links.push({ kind: "page", page: n - 1, current: n - 1 === page });
    else if (n - previous > 2) links.push({ kind: "gap", key: `gap-${previous}-${n}` });
    links.push({ kind: "page", page: n, current: n === page });
    previous = n;
  }
  return links;
}
