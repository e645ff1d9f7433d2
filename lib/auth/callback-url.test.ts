import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInPath } from "./callback-url";

describe("where sign-in returns to", () => {
  it("is a path on this site", () => {
    expect(safeCallbackUrl("/admin/users?page=2")).toBe("/admin/users?page=2");
  });

  it("is never another site", () => {
    for (const hostile of ["https://evil.example/admin", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/admin\n/x", "/.//evil.example", "/./\\evil.example", 42, null]) {
      expect(safeCallbackUrl(hostile)).toBe("/admin");
    }
  });

  it("is percent-encoded, so a path holding any character can go in a Location header", () => {
    expect(safeCallbackUrl("/admin/검색?q=외교 부#끝")).toBe("/admin/%EA%B2%80%EC%83%89?q=%EC%99%B8%EA%B5%90%20%EB%B6%80#%EB%81%9D");
    expect(safeCallbackUrl("/admin/\u{1F600}")).toMatch(/^[\x21-\x7e]+$/);
    expect(safeCallbackUrl("/admin/%E2%82%AC")).toBe("/admin/%E2%82%AC");
  });

  it("is carried on the sign-in URL only when it is not the workspace home", () => {
    expect(signInPath()).toBe("/login");
    expect(signInPath("/admin")).toBe("/login");
    expect(signInPath("/admin/users")).toBe("/login?callbackUrl=%2Fadmin%2Fusers");
    expect(signInPath("https://evil.example")).toBe("/login");
  });
});
