import { describe, expect, it } from "vitest";
import { hashPassword, passwordWeakness, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery 9");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword("correct horse battery 9", hash)).resolves.toBe(true);
    await expect(verifyPassword("correct horse battery 8", hash)).resolves.toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same password 123")).not.toBe(await hashPassword("same password 123"));
  });

  it("rejects a malformed stored hash instead of throwing", async () => {
    await expect(verifyPassword("anything", "plain-text")).resolves.toBe(false);
  });
});

describe("password strength", () => {
  it.each([
    ["short1!", "at least 12 characters"],
    ["aaaaaaaaaaaaaaaa", "two kinds"],
    ["password1234", "too common"],
    ["ab1ab1ab1ab1ab1", "too few different"],
  ])("refuses %s", (password, reason) => {
    expect(passwordWeakness(password)).toContain(reason);
  });

  it("accepts a long mixed password", () => {
    expect(passwordWeakness("Press-office 2026")).toBeNull();
  });
});
