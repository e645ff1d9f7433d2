import { describe, expect, it } from "vitest";
import { isValidRevalidationSignature, signRevalidation } from "./revalidate";

describe("revalidation requests from outside a request", () => {
  it("accept only a body signed with the server's secret", () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-00";
    const body = JSON.stringify({ documentIds: ["doc1"] });
    expect(isValidRevalidationSignature(body, signRevalidation(body))).toBe(true);
    expect(isValidRevalidationSignature(body, signRevalidation(body, "another-secret-another-secret-000000"))).toBe(false);
    expect(isValidRevalidationSignature(JSON.stringify({ documentIds: ["doc2"] }), signRevalidation(body))).toBe(false);
    expect(isValidRevalidationSignature(body, null)).toBe(false);
    expect(isValidRevalidationSignature(body, "not-hex")).toBe(false);
  });
});
