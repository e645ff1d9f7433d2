import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refuseMalformedAuthRequest } from "./auth-request";

const post = (body: string, type: string) => new Request("http://site/api/auth/session", { method: "POST", body, headers: { "content-type": type } });

describe("requests next-auth would fail on", () => {
  it("GET of the credentials callback is 405, not a 500", async () => {
    const response = await refuseMalformedAuthRequest(new Request("http://site/api/auth/callback/credentials"), ["callback", "credentials"]);
    expect(response?.status).toBe(405);
    expect(response?.headers.get("allow")).toBe("POST");
  });

  it("a JSON body that is not a JSON object is 400; another type is 415", async () => {
    expect((await refuseMalformedAuthRequest(post("{not json", "application/json"), ["session"]))?.status).toBe(400);
    expect((await refuseMalformedAuthRequest(post("[1]", "application/json"), ["session"]))?.status).toBe(400);
    expect((await refuseMalformedAuthRequest(post("<xml/>", "text/xml"), ["session"]))?.status).toBe(415);
    expect((await refuseMalformedAuthRequest(post("x".repeat(20_000), "application/x-www-form-urlencoded"), ["session"]))?.status).toBe(413);
  });

  it("passes what next-auth reads: forms, JSON objects, GETs of its other endpoints", async () => {
    expect(await refuseMalformedAuthRequest(post("csrfToken=a&email=b", "application/x-www-form-urlencoded"), ["callback", "credentials"])).toBeNull();
    expect(await refuseMalformedAuthRequest(post('{"csrfToken":"a"}', "application/json"), ["session"])).toBeNull();
    expect(await refuseMalformedAuthRequest(new Request("http://site/api/auth/csrf"), ["csrf"])).toBeNull();
  });

  it("never throws, whatever the body and its declared type (fuzzed)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "", "application/ld+json"), async (body, type) => {
        const started = performance.now();
        const response = await refuseMalformedAuthRequest(post(body, type), ["session"]);
        expect(response === null || (response.status >= 400 && response.status < 500)).toBe(true);
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 2000 },
    );
  });
});
