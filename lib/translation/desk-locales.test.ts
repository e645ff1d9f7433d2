import { describe, expect, it } from "vitest";
import type { PolicyUser } from "@/lib/auth/policy";
import { translationDeskLocales } from "./desk-locales";

process.env.CHANCERY_LOCALES ??= "ko,en";

const user = (role: NonNullable<PolicyUser>["role"], translatorLocales: string[] = [], active = true): PolicyUser => ({
  id: "someone",
  role,
  active,
  translatorLocales,
});

describe("the translation desk's languages", () => {
  it("are a translator's own languages, among the site's", () => {
    expect(translationDeskLocales(user("TRANSLATOR", ["en"]))).toEqual(["en"]);
    expect(translationDeskLocales(user("TRANSLATOR", ["en", "fr"]))).toEqual(["en"]);
  });

  it("are every site language for editors and admins", () => {
    expect(translationDeskLocales(user("EDITOR"))).toEqual(["ko", "en"]);
    expect(translationDeskLocales(user("ADMIN"))).toEqual(["ko", "en"]);
  });

  it("are none for writers, translators without languages, deactivated accounts and visitors", () => {
    expect(translationDeskLocales(user("WRITER"))).toEqual([]);
    expect(translationDeskLocales(user("TRANSLATOR", []))).toEqual([]);
    expect(translationDeskLocales(user("EDITOR", [], false))).toEqual([]);
    expect(translationDeskLocales(null)).toEqual([]);
  });
});
