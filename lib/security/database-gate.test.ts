import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseReachable, forgetDatabaseState, needsDatabase, unavailableResponse } from "./database-gate";

afterEach(() => forgetDatabaseState());

describe("pages that cannot work without the database", () => {
  it("are search, the workspace and sign-in; not the cached public pages, lists or feeds", () => {
    for (const path of ["/workspace", "/workspace/documents/x", "/login", "/en/search", "/ko/search"]) expect(needsDatabase(path, ["ko", "en"]), path).toBe(true);
    for (const path of ["/en", "/en/press-releases", "/en/press-releases/x", "/api/health", "/administer"]) expect(needsDatabase(path, ["ko", "en"]), path).toBe(false);
  });
});

describe("whether the database can be reached", () => {
  it("asks the health check once for every request in the same two seconds, and again after", async () => {
    const fetcher = vi.fn(async () => new Response("{}", { status: 503 }));
    const answers = await Promise.all(Array.from({ length: 20 }, () => databaseReachable("http://x/api/health", Date.now(), fetcher)));
    expect(answers.every((reachable) => reachable === false)).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    fetcher.mockImplementation(async () => new Response("{}", { status: 200 }));
    expect(await databaseReachable("http://x/api/health", Date.now() + 2_500, fetcher)).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(2);
  });

  it("takes a health check that does not answer in time for an unreachable database", async () => {
    const timeout = Object.assign(new Error("timed out"), { name: "TimeoutError" });
    expect(await databaseReachable("http://x/api/health", Date.now(), vi.fn(async () => Promise.reject(timeout)))).toBe(false);
  });

  it("says so with a 503 page and Retry-After", async () => {
    const response = unavailableResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.text()).toContain("database cannot be reached");
  });
});
