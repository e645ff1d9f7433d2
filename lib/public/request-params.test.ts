import { describe, expect, it } from "vitest";
import { listParamsSchema } from "./api/api-schemas";
import { feedParamsSchema, readParams } from "./request-params";

const read = (query: string) => readParams(listParamsSchema, new URLSearchParams(query));

describe("strict query strings", () => {
  it("read the filters, upper-casing a country code", () => {
    expect(readParams(feedParamsSchema, new URLSearchParams("country=az&topic=central-asia"))).toEqual({ ok: true, value: { country: "AZ", topic: "central-asia" } });
  });

  it("name an unknown parameter and what the address takes", () => {
    expect(readParams(feedParamsSchema, new URLSearchParams("topics=x"))).toEqual({ ok: false, message: "Unknown parameter “topics”; this address takes country, topic, person." });
  });

  it("refuse a parameter given twice", () => {
    expect(read("kind=interview&kind=press-release")).toEqual({ ok: false, message: "Give kind only once." });
  });

  it("explain each bad value", () => {
    expect(read("kind=video")).toMatchObject({ ok: false, message: "kind must be press-release or interview" });
    expect(read("limit=0")).toMatchObject({ ok: false, message: "limit must be a whole number from 1 to 100" });
    expect(read("limit=abc")).toMatchObject({ ok: false, message: "limit must be a whole number from 1 to 100" });
    expect(read("since=yesterday")).toMatchObject({ ok: false, message: expect.stringContaining("since must be an ISO 8601 date") });
    expect(read("since=2024-02-30T25:00:00Z")).toMatchObject({ ok: false });
    expect(read("country=Korea")).toMatchObject({ ok: false, message: expect.stringContaining("country must be a two-letter") });
  });

  it("read since as a date or an instant", () => {
    expect(read("since=2024-03-01")).toEqual({ ok: true, value: { since: new Date("2024-03-01T00:00:00Z") } });
    expect(read("since=2024-03-01T09:00:00%2B09:00")).toEqual({ ok: true, value: { since: new Date("2024-03-01T00:00:00Z") } });
    // Left unencoded, the "+" arrives as a space.
    expect(read("since=2024-03-01T09:00:00+09:00")).toEqual({ ok: true, value: { since: new Date("2024-03-01T00:00:00Z") } });
  });
});
