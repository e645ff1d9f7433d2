import { describe, expect, it } from "vitest";
import { newestDateFirst } from "./listing-order";

describe("newestDateFirst", () => {
  it("puts the newest date first and undated ones last", () => {
    expect(["2017-11-20", null, "2021-10-14", null, "2019-07-30"].sort(newestDateFirst)).toEqual(["2021-10-14", "2019-07-30", "2017-11-20", null, null]);
  });
});
