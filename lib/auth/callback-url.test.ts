import { describe, expect, it } from "vitest";
import { safeCallbackUrl, signInPath } from "./callback-url";

describe("where sign-in returns to", () => {
  it("is a path on this site", () => {
    expect(safeCallbackUrl("/workspace/users?page=2")).toBe("/workspace/users?page=2");
  });

  it("is never another site", () => {
    for (const hostile of ["https://evil.example/admin", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/workspace\n/x", "/.//evil.example", "/./\\evil.example", 42, null]) {
      expect(safeCallbackUrl(hostile)).toBe("/workspace");
    }
  });

  it("is percent-encoded, so a path holding any character can go in a Location header", () => {
    expect(safeCallbackUrl("/workspace/검색?q=외교 부#끝")).toBe("/workspace/%EA%B2%80%EC%83%89?q=%EC%99%B8%EA%B5%90%20%EB%B6%80#%EB%81%9D");
    expect(safeCallbackUrl("/workspace/\u{1F600}")).toMatch(/^[\x21-\x7e]+$/);
    expect(safeCallbackUrl("/workspace/%E2%82%AC")).toBe("/workspace/%E2%82%AC");
  });

  it("is carried on the sign-in URL only when it is not the workspace home", () => {
    expect(signInPath()).toBe("/login");
    expect(signInPath("/workspace")).toBe("/login");
    expect(signInPath("/workspace/users")).toBe("/login?callbackUrl=%2Fworkspace%2Fusers");
    expect(signInPath("https://evil.example")).toBe("/login");
  });
});
