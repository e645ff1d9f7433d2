import { describe, expect, it } from "vitest";
import { createSignedToken, verifySignedToken } from "./signed-token";

const SECRET = "a-test-secret-that-is-long-enough-0123456789";
const NOW = new Date("2026-12-03T07:00:00Z");
const LATER = new Date("2026-12-10T07:00:00Z");

describe("signed tokens", () => {
  it("verifies a token it made, giving back the subject and expiry", () => {
    const token = createSignedToken({ purpose: "preview", subject: "link-1", expiresAt: LATER }, SECRET);
    expect(verifySignedToken(token, { secret: SECRET, purpose: "preview", now: NOW })).toEqual({
      ok: true,
      claims: { purpose: "preview", subject: "link-1", expiresAt: LATER },
    });
  });

  it("refuses an expired token, one for another purpose, one signed with another secret, and a tampered one", () => {
    const token = createSignedToken({ purpose: "preview", subject: "link-1", expiresAt: LATER }, SECRET);
    expect(verifySignedToken(token, { secret: SECRET, purpose: "preview", now: new Date("2026-12-11T00:00:00Z") })).toEqual({ ok: false, reason: "expired" });
    expect(verifySignedToken(token, { secret: SECRET, purpose: "embargo", now: NOW })).toEqual({ ok: false, reason: "wrong-purpose" });
    expect(verifySignedToken(token, { secret: `${SECRET}-other`, purpose: "preview", now: NOW })).toEqual({ ok: false, reason: "bad-signature" });
    const [payload, signature] = token.split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ p: "preview", s: "link-2", e: 1_900_000_000 })).toString("base64url");
    expect(verifySignedToken(`${forged}.${signature}`, { secret: SECRET, purpose: "preview", now: NOW })).toEqual({ ok: false, reason: "bad-signature" });
    expect(verifySignedToken(`${payload}.${signature.slice(0, -2)}`, { secret: SECRET, purpose: "preview", now: NOW })).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("refuses what is not a token at all", () => {
    for (const junk of ["", "abc", "a.b.c", "<script>.x", `${"a".repeat(2000)}.b`, `${Buffer.from("[]").toString("base64url")}.x`]) {
      expect(verifySignedToken(junk, { secret: SECRET, purpose: "preview", now: NOW })).toEqual({ ok: false, reason: expect.stringMatching(/malformed|bad-signature/) });
    }
  });

  it("refuses a short secret rather than sign weakly", () => {
    expect(() => createSignedToken({ purpose: "preview", subject: "x", expiresAt: LATER }, "short")).toThrow(/at least 32/);
  });
});
