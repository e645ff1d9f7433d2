import { describe, expect, it } from "vitest";
import { pageLinks, pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("shows the page asked for with the items on it", () => {
    expect(pageWindow(25, 2, 10)).toEqual({ page: 2, pageCount: 3, pageSize: 10, total: 25, offset: 10, first: 11, last: 20 });
  });

  it("ends the last page at the last item", () => {
    expect(pageWindow(25, 3, 10)).toMatchObject({ first: 21, last: 25 });
  });

  it("brings a page past the end back to the last page", () => {
    expect(pageWindow(25, 99, 10)).toMatchObject({ page: 3, offset: 20 });
  });

  it("brings page zero, negative and fractional pages back into range", () => {
    expect(pageWindow(25, 0, 10).page).toBe(1);
    expect(pageWindow(25, -4, 10).page).toBe(1);
    expect(pageWindow(25, 2.7, 10).page).toBe(2);
    expect(pageWindow(25, Number.NaN, 10).page).toBe(1);
  });

  it("has one empty page when there is nothing", () => {
    expect(pageWindow(0, 5, 10)).toEqual({ page: 1, pageCount: 1, pageSize: 10, total: 0, offset: 0, first: 0, last: 0 });
  });
});

describe("pageLinks", () => {
  const render = (links: ReturnType<typeof pageLinks>) =>
    links.map((link) => (link.kind === "gap" ? "…" : link.current ? `[${link.page}]` : String(link.page))).join(" ");

  it("offers nothing for a single page", () => {
    expect(pageLinks(1, 1)).toEqual([]);
  });

  it("lists every page when there are few", () => {
    expect(render(pageLinks(2, 4))).toBe("1 [2] 3 4");
  });

  it("keeps the first, the last and the neighbours of the current page, with gaps between", () => {
    expect(render(pageLinks(10, 20))).toBe("1 … 9 [10] 11 … 20");
  });

  it("never uses a gap for one missing page", () => {
    expect(render(pageLinks(4, 20))).toBe("1 2 3 [4] 5 … 20");
    expect(render(pageLinks(1, 20))).toBe("[1] 2 … 20");
    expect(render(pageLinks(20, 20))).toBe("1 … 19 [20]");
  });

  it("gives each gap its own key", () => {
    const keys = pageLinks(10, 20).flatMap((link) => (link.kind === "gap" ? [link.key] : []));
    expect(new Set(keys).size).toBe(2);
  });
});
