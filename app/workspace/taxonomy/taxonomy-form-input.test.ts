import { describe, expect, it } from "vitest";
import { eventForm, personForm, slugNamedUpdateForm } from "./taxonomy-form-input";

describe("the taxonomy forms' input", () => {
  it("gathers one field per language into names, positions and places", () => {
    expect(personForm.parse({ "names.en": "Cho Hyun", "names.ko": "조현", "positions.en": "Minister", "positions.ko": "", countryId: "" })).toEqual({
      names: { en: "Cho Hyun", ko: "조현" },
      positions: { en: "Minister" },
      countryId: null,
    });
    expect(eventForm.parse({ "names.en": "Forum", "places.en": "Seoul", startsOn: "2026-05-01", endsOn: "", parentId: "", slug: "" })).toEqual({
      names: { en: "Forum" },
      places: { en: "Seoul" },
      startsOn: "2026-05-01",
      endsOn: null,
      parentId: null,
    });
  });

  it("keeps an entry's address when the field is left empty, and refuses an entry with no name", () => {
    expect(slugNamedUpdateForm.parse({ id: "topic-1", slug: "", "names.en": "Central Asia" })).toEqual({ id: "topic-1", names: { en: "Central Asia" } });
    const refused = personForm.safeParse({ "names.en": " ", "names.ko": "" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["names"]);
  });
});
