import { describe, expect, it } from "vitest";
import { hasFilters, isCanonicalQuery, listQuery, parseListFilters, publicDateRange } from "./list-filters";

describe("parseListFilters", () => {
  it("reads a plain list as page 1 with no filters", () => {
    expect(parseListFilters({})).toEqual({ page: 1 });
  });

  it("reads every filter", () => {
    expect(parseListFilters({ page: "3", year: "2020", month: "11", country: "uz", topic: "central-asia" })).toEqual({
      page: 3,
      year: 2020,
      month: 11,
      country: "UZ",
      topic: "central-asia",
    });
  });

  it("treats the empty fields the filter form submits as no filter", () => {
    expect(parseListFilters({ year: "", month: "", country: "", topic: "", page: "" })).toEqual({ page: 1 });
  });

  it("drops a bad value and keeps the good ones", () => {
    expect(parseListFilters({ year: "twenty", country: "UZ" })).toEqual({ page: 1, country: "UZ" });
    expect(parseListFilters({ page: "-2", topic: "central-asia" })).toEqual({ page: 1, topic: "central-asia" });
    expect(parseListFilters({ page: "1e9" })).toEqual({ page: 1 });
    expect(parseListFilters({ month: "13", year: "2020" })).toEqual({ page: 1, year: 2020 });
    expect(parseListFilters({ country: "Uzbekistan" })).toEqual({ page: 1 });
    expect(parseListFilters({ topic: "<script>" })).toEqual({ page: 1 });
    expect(parseListFilters({ year: "1066" })).toEqual({ page: 1 });
  });

  it("ignores a month without a year", () => {
    expect(parseListFilters({ month: "5" })).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseListFilters({ year: ["2019", "2020"] })).toEqual({ page: 1, year: 2019 });
  });
});

describe("listQuery", () => {
  it("is empty for the plain list", () => {
    expect(listQuery({ page: 1 })).toBe("");
  });

  it("writes the filters in one order and leaves page 1 out", () => {
    expect(listQuery({ page: 1, topic: "t", country: "UZ", month: 3, year: 2021 })).toBe("?year=2021&month=3&country=UZ&topic=t");
  });

  it("applies overrides, e.g. for a pagination link", () => {
    expect(listQuery({ page: 1, year: 2021 }, { page: 2 })).toBe("?year=2021&page=2");
  });
});

describe("isCanonicalQuery", () => {
  it("accepts the query listQuery writes", () => {
    expect(isCanonicalQuery({ year: "2021", page: "2" }, { page: 2, year: 2021 })).toBe(true);
    expect(isCanonicalQuery({}, { page: 1 })).toBe(true);
  });

  it("rejects empty form fields, page=1 and unknown parameters", () => {
    expect(isCanonicalQuery({ year: "", month: "" }, { page: 1 })).toBe(false);
    expect(isCanonicalQuery({ page: "1" }, { page: 1 })).toBe(false);
    expect(isCanonicalQuery({ utm_source: "x" }, { page: 1 })).toBe(false);
  });
});

describe("hasFilters", () => {
  it("is about filters, not the page", () => {
    expect(hasFilters({ page: 4 })).toBe(false);
    expect(hasFilters({ page: 1, topic: "t" })).toBe(true);
  });
});

describe("publicDateRange", () => {
  it("covers a whole year", () => {
    expect(publicDateRange({ year: 2020 })).toEqual({ gte: new Date("2020-01-01T00:00:00Z"), lt: new Date("2021-01-01T00:00:00Z") });
  });

  it("covers one month, December running into the next year", () => {
    expect(publicDateRange({ year: 2020, month: 12 })).toEqual({
      gte: new Date("2020-12-01T00:00:00Z"),
      lt: new Date("2021-01-01T00:00:00Z"),
    });
  });

  it("is open without a year", () => {
    expect(publicDateRange({})).toBeUndefined();
  });
});
