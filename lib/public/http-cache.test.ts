import { describe, expect, it } from "vitest";
import { conditionalResponse, entityTag } from "./http-cache";

const representation = { body: "<feed/>", contentType: "application/atom+xml", lastModified: "2024-03-02T10:00:00.500Z" };
const get = (headers: Record<string, string> = {}) => new Request("https://mofa.example/en/feed.atom", { headers });

describe("conditional GET", () => {
  it("answers 200 with the body, a strong ETag from it, Last-Modified and Cache-Control", async () => {
    const response = conditionalResponse(get(), representation);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<feed/>");
    expect(response.headers.get("etag")).toBe(entityTag("<feed/>"));
    expect(response.headers.get("last-modified")).toBe("Sat, 02 Mar 2024 10:00:00 GMT");
    expect(response.headers.get("cache-control")).toContain("public");
  });

  it("answers 304 without a body to a matching If-None-Match, a weak one, one of a list, or *", async () => {
    const etag = entityTag("<feed/>");
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = conditionalResponse(get({ "if-none-match": header }), representation);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(etag);
    }
  });

  it("answers 200 when the ETag changed, even if If-Modified-Since says not modified (If-None-Match decides)", () => {
    const response = conditionalResponse(get({ "if-none-match": '"old"', "if-modified-since": "Sun, 03 Mar 2024 00:00:00 GMT" }), representation);
    expect(response.status).toBe(200);
  });

  it("compares If-Modified-Since in whole seconds", () => {
    expect(conditionalResponse(get({ "if-modified-since": "Sat, 02 Mar 2024 10:00:00 GMT" }), representation).status).toBe(304);
    expect(conditionalResponse(get({ "if-modified-since": "Sat, 02 Mar 2024 09:59:59 GMT" }), representation).status).toBe(200);
    expect(conditionalResponse(get({ "if-modified-since": "not a date" }), representation).status).toBe(200);
    expect(conditionalResponse(get({ "if-modified-since": "Sat, 02 Mar 2024 10:00:00 GMT" }), { ...representation, lastModified: null }).status).toBe(200);
  });
});
