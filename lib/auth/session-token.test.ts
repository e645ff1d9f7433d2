import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import {
  authCookies,
  joinCookieChunks,
  readSessionClaims,
  SESSION_MAX_AGE_SECONDS,
  sessionTokenClaims,
  secureCookiesFor,
} from "./session-token";

const SECRET = "test-secret-test-secret-test-secret-42";
const NOW = Date.parse("2026-03-01T09:00:00Z");

async function tokenFor(claims: Record<string, unknown>, secret = SECRET): Promise<string> {
  return encode({ token: claims, secret, maxAge: SESSION_MAX_AGE_SECONDS });
}

describe("reading a session token", () => {
  it("gives the user id, session version and sign-in time", async () => {
    const token = await tokenFor(sessionTokenClaims({ id: "u1", sessionVersion: 3 }, Date.now()));
    const claims = await readSessionClaims(token, SECRET, Date.now());
    expect(claims).toMatchObject({ userId: "u1", sessionVersion: 3 });
  });

  it("refuses a token made with another secret, a mangled token and no token", async () => {
    const token = await tokenFor(sessionTokenClaims({ id: "u1", sessionVersion: 1 }, Date.now()));
    expect(await readSessionClaims(token, "another-secret-another-secret-another", Date.now())).toBeNull();
    expect(await readSessionClaims(`${token.slice(0, -4)}AAAA`, SECRET, Date.now())).toBeNull();
    expect(await readSessionClaims("not-a-token", SECRET, Date.now())).toBeNull();
    expect(await readSessionClaims(undefined, SECRET, Date.now())).toBeNull();
  });

  it("refuses a token without our claims (for example next-auth's default one)", async () => {
    const token = await tokenFor({ sub: "u1", email: "a@example.org" });
    expect(await readSessionClaims(token, SECRET, Date.now())).toBeNull();
  });

  it("refuses a session signed in longer ago than the lifetime, even if its token was refreshed", async () => {
    const signedIn = NOW - (SESSION_MAX_AGE_SECONDS + 60) * 1000;
    const token = await tokenFor(sessionTokenClaims({ id: "u1", sessionVersion: 1 }, signedIn));
    expect(await readSessionClaims(token, SECRET, NOW)).toBeNull();
  });
});

describe("session cookies", () => {
  it("are Secure over https and in production, not over plain http on this machine", () => {
    expect(secureCookiesFor("https://press.example.gov", "production")).toBe(true);
    expect(secureCookiesFor("https://press.example.gov", "development")).toBe(true);
    expect(secureCookiesFor("http://localhost:3000", "production")).toBe(false);
    expect(secureCookiesFor("http://127.0.0.1:3100", "production")).toBe(false);
    expect(secureCookiesFor("http://press.example.gov", "production")).toBe(true);
    expect(secureCookiesFor(undefined, "production")).toBe(true);
    expect(secureCookiesFor(undefined, "development")).toBe(false);
  });

  it("are HttpOnly and SameSite=Lax, with prefixes that bind them to https", () => {
    const secure = authCookies(true);
    expect(secure.sessionToken).toEqual({ name: "__Secure-chancery.session", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(secure.csrfToken.name).toBe("__Host-chancery.csrf");
    expect(authCookies(false).sessionToken.name).toBe("chancery.session");
  });

  it("are read whole or reassembled from chunks", () => {
    expect(joinCookieChunks([{ name: "s", value: "abc" }], "s")).toBe("abc");
    expect(
      joinCookieChunks(
        [
          { name: "s.1", value: "def" },
          { name: "s.0", value: "abc" },
          { name: "other", value: "x" },
        ],
        "s",
      ),
    ).toBe("abcdef");
    expect(joinCookieChunks([{ name: "other", value: "x" }], "s")).toBeUndefined();
  });
});
