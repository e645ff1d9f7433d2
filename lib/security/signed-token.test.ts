import { describe, expect, it } from "vitest";
import { deriveTokenKey, signToken, verifyToken } from "./signed-token";

const key = deriveTokenKey("a-site-secret-of-at-least-thirty-two-chars", "alerts");

describe("signed tokens", () => {
  it("give back the payload they were made with", () => {
    const token = signToken(key, "confirm", { email: "reporter@example.com", topics: ["t1"] });
    expect(verifyToken(key, "confirm", token)).toEqual({ email: "reporter@example.com", topics: ["t1"] });
  });

  it("are refused for another purpose, with another key, or when any character changes", () => {
    const token = signToken(key, "unsubscribe", { s: "subscriber-1" });
    expect(verifyToken(key, "confirm", token)).toBeNull();
    expect(verifyToken(deriveTokenKey("another-site-secret-of-thirty-two-chars!", "alerts"), "unsubscribe", token)).toBeNull();
    expect(verifyToken(deriveTokenKey("a-site-secret-of-at-least-thirty-two-chars", "embargo"), "unsubscribe", token)).toBeNull();
    const [body, mac] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ s: "subscriber-2" })).toString("base64url");
    expect(verifyToken(key, "unsubscribe", `${forged}.${mac}`)).toBeNull();
    expect(verifyToken(key, "unsubscribe", `${body}.${mac.slice(0, -2)}AA`)).toBeNull();
  });

  it("refuse what is not a token at all without throwing", () => {
    for (const junk of ["", ".", "abc", "a.b.c", "%%%.###", "x".repeat(5000)]) expect(verifyToken(key, "confirm", junk)).toBeNull();
  });
});
