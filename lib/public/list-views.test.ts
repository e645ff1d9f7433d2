import { describe, expect, it } from "vitest";
import { listFiltersOfView, listViewSegment, routeList } from "./list-views";

const locales = ["ko", "en"];
const route = (address: string) => {
  const url = new URL(address, "http://site");
  return routeList(url.pathname, url.searchParams, locales);
};

describe("a list's address", () => {
  it("is rewritten to one cached page per filter and page", () => {
    expect(route("/en/press-releases")).toEqual({ action: "rewrite", pathname: "/en/lists/press-releases/all" });
    expect(route("/ko/interviews?year=2020&month=3&country=AZ&topic=central-asia&person=p_1-x&page=2")).toEqual({
      action: "rewrite",
      pathname: "/ko/lists/interviews/year-2020.month-3.country-AZ.topic-central-asia.person-p_1-x.page-2",
    });
  });

  it("goes to its clean form first when the query string is not the canonical one", () => {
    expect(route("/en/press-releases?year=&month=&page=1")).toEqual({ action: "redirect", location: "/en/press-releases" });
    expect(route("/en/press-releases?page=2&year=2020")).toEqual({ action: "redirect", location: "/en/press-releases?year=2020&page=2" });
    expect(route("/en/press-releases?country=az&utm_source=x")).toEqual({ action: "redirect", location: "/en/press-releases?country=AZ" });
  });

  it("leaves articles, other pages and other languages alone, and hides the internal address", () => {
    for (const address of ["/en/press-releases/some-slug", "/en/search?q=x", "/fr/press-releases", "/workspace/documents", "/en"]) expect(route(address), address).toBeNull();
    expect(route("/en/lists/press-releases/all")).toEqual({ action: "hide" });
  });
});

describe("a list's view segment", () => {
  it("reads back as the filters it was made from, and nothing else", () => {
    const filters = { page: 3, year: 2021, month: 12, topic: "nuclear-talks" };
    expect(listFiltersOfView(listViewSegment(filters))).toEqual(filters);
    expect(listFiltersOfView("all")).toEqual({ page: 1 });
    for (const view of ["page-1", "page-2.year-2020", "year-1800", "junk", "year-2020.", "-2020", "country-az"]) expect(listFiltersOfView(view), view).toBeNull();
  });
});
