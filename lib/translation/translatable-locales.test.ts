import { describe, expect, it } from "vitest";
import type { PolicyUser } from "@/lib/auth/policy";
import { translatableLocales } from "./translatable-locales";

process.env.CHANCERY_LOCALES ??= "ko,en";

const user = (role: NonNullable<PolicyUser>["role"], translatorLocales: string[] = [], active = true): PolicyUser => ({
  id: "someone",
  role,
  active,
  translatorLocales,
});

describe("the translation desk's languages", () => {
  it("are a translator's own languages, among the site's", () => {
    expect(translatableLocales(user("TRANSLATOR", ["en"]))).toEqual(["en"]);
    expect(translatableLocales(user("TRANSLATOR", ["en", "fr"]))).toEqual(["en"]);
  });

  it("are every site language for editors and admins", () => {
    expect(translatableLocales(user("EDITOR"))).toEqual(["ko", "en"]);
    expect(translatableLocales(user("ADMIN"))).toEqual(["ko", "en"]);
  });

  it("are none for writers, translators without languages, deactivated accounts and visitors", () => {
    expect(translatableLocales(user("WRITER"))).toEqual([]);
    expect(translatableLocales(user("TRANSLATOR", []))).toEqual([]);
    expect(translatableLocales(user("EDITOR", [], false))).toEqual([]);
    expect(translatableLocales(null)).toEqual([]);
  });
});
