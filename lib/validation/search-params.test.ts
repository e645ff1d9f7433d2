import { describe, expect, it } from "vitest";
import { z } from "zod";
import { blankAsMissing, firstValue, queryStringOf, readSearchParams } from "./search-params";

describe("reading a page's query string", () => {
  const schema = z.object({
    page: z.preprocess(blankAsMissing, z.coerce.number().int().min(1).default(1)).catch(1),
    q: z.string().optional(),
  });

  it("takes the first value of a parameter given more than once", () => {
    expect(firstValue(["2", "3"])).toBe("2");
    expect(firstValue("2")).toBe("2");
    expect(firstValue(undefined)).toBeUndefined();
    expect(readSearchParams({ page: ["2", "3"], q: ["a", "b"] }, schema)).toEqual({ page: 2, q: "a" });
  });

  it("leaves leniency to the schema: a bad or blank value falls back, unknown parameters are dropped", () => {
    expect(readSearchParams({ page: "x", other: "1" }, schema)).toEqual({ page: 1 });
    expect(readSearchParams({ page: "  " }, schema)).toEqual({ page: 1 });
    expect(readSearchParams({}, schema)).toEqual({ page: 1 });
  });

  it("treats a blank value as not given, and trims the rest", () => {
    expect(blankAsMissing("  ")).toBeUndefined();
    expect(blankAsMissing(" 2 ")).toBe("2");
    expect(blankAsMissing(undefined)).toBeUndefined();
  });

  it("writes the query string back exactly as it came", () => {
    expect(queryStringOf({})).toBe("");
    expect(queryStringOf({ year: "", page: ["2", "3"], gone: undefined })).toBe("?year=&page=2&page=3");
  });
});
