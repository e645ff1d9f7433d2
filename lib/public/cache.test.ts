import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/cache", () => ({
  // The data cache as a purge leaves it: every read goes to the loader.
  unstable_cache: <T extends (...args: never[]) => unknown>(load: T) => load,
}));

const { cachedRead, LastGoodAnswers } = await import("./cache");

describe("a public read while the database fails", () => {
  it("serves the last good answer for the same arguments, and fails only when it never had one", async () => {
    let up = true;
    const load = vi.fn(async (page: number) => {
      if (!up) throw new Error("connection refused");
      return { page, items: [`item-${page}`] };
    });
    const read = cachedRead("test.list", load, () => ["public"]);
    expect(await read(1)).toEqual({ page: 1, items: ["item-1"] });
    up = false;
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await read(1)).toEqual({ page: 1, items: ["item-1"] });
    await expect(read(2)).rejects.toThrow("connection refused");
    up = true;
    expect(await read(2)).toEqual({ page: 2, items: ["item-2"] });
  });

  it("keeps a bounded number of answers, dropping the least recently used", () => {
    const answers = new LastGoodAnswers(2);
    answers.remember("a", 1);
    answers.remember("b", 2);
    answers.recall("a");
    answers.remember("c", 3);
    expect([answers.recall("a"), answers.recall("b"), answers.recall("c")]).toEqual([1, undefined, 3]);
  });
});
