import { describe, expect, it } from "vitest";
import { suggestTags, type TagSuggestionSource } from "./suggest-tags";

const source: TagSuggestionSource = {
  countries: [
    { id: "kz", names: { en: "Kazakhstan", ko: "카자흐스탄" } },
    { id: "kr", names: { en: "Republic of Korea", ko: "대한민국" } },
    { id: "tj", names: { en: "Tajikistan", ko: "타지키스탄" } },
    { id: "us", names: { en: "United States", ko: "미국" } },
    { id: "bad", names: null },
  ],
  people: [
    { id: "cho", names: { en: "Cho Hyun", ko: "조현" } },
    { id: "x", names: { en: "X" } },
  ],
  events: [{ id: "forum13", names: { en: "13th Korea-Central Asia Cooperation Forum", ko: "제13차 한-중앙아 협력 포럼" } }],
};

const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

describe("tag suggestions", () => {
  it("finds English names as whole words, whatever the case", () => {
    const found = suggestTags("Minister CHO HYUN met the Foreign Minister of kazakhstan in the Republic of Korea.", source);
    expect(ids(found.people)).toEqual(["cho"]);
    expect(ids(found.countries)).toEqual(["kz", "kr"]);
    expect(found.countries[0]).toMatchObject({ matched: "kazakhstan", occurrences: 1 });
  });

  it("does not match inside other words", () => {
    const found = suggestTags("The Kazakhstani delegation and Tajikistan's minister", source);
    expect(ids(found.countries)).toEqual(["tj"]);
  });

  it("finds Korean names followed by their particles", () => {
    const found = suggestTags("조현 장관은 카자흐스탄과 타지키스탄의 외교장관과 회담하였다. 미국은", source);
    expect(ids(found.people)).toEqual(["cho"]);
    expect(ids(found.countries)).toEqual(["kz", "tj", "us"]);
  });

  it("finds events whatever dash or spacing the text uses", () => {
    expect(ids(suggestTags("At the 13th Korea–Central  Asia Cooperation Forum, …", source).events)).toEqual(["forum13"]);
    expect(ids(suggestTags("제13차 한-중앙아 협력 포럼이 개최되었다", source).events)).toEqual(["forum13"]);
  });

  it("orders by first appearance and counts every mention, in any language", () => {
    const found = suggestTags("Tajikistan and Kazakhstan. 카자흐스탄. Kazakhstan again.", source);
    expect(found.countries.map((entry) => [entry.id, entry.occurrences])).toEqual([
      ["tj", 1],
      ["kz", 3],
    ]);
  });

  it("leaves out entries already tagged, one-letter names and malformed entries", () => {
    const found = suggestTags("X met Kazakhstan's and Tajikistan's ministers.", source, { countries: ["kz"] });
    expect(ids(found.countries)).toEqual(["tj"]);
    expect(found.people).toEqual([]);
  });

  it("treats names as text, not patterns", () => {
    const tricky: TagSuggestionSource = { countries: [{ id: "q", names: { en: "C++ (beta)" } }], people: [], events: [] };
    expect(ids(suggestTags("We like C++ (beta) a lot", tricky).countries)).toEqual(["q"]);
    expect(ids(suggestTags("We like C+ beta", tricky).countries)).toEqual([]);
  });
});
