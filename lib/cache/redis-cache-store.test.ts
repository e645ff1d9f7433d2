import { randomUUID } from "node:crypto";
import Redis from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { LocalCopies, RedisCacheStore, decodeEntry, encodeEntry, isOutdatedBy } from "./redis-cache-store.mjs";
import { redisCacheSettings } from "./redis-url.mjs";
import { invalidateSharedTags } from "./shared-invalidation";

// Against the Redis server the README and CI provide (127.0.0.1:6379), under a prefix of this run's own.
const client = new Redis(process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", { maxRetriesPerRequest: 1 });
const prefix = `chancery-test:${randomUUID()}:`;

/** Two app instances: one Redis, each with its own in-process copies. */
function instances() {
  const store = () => new RedisCacheStore({ client, prefix, local: new LocalCopies(1024 * 1024) });
  return [store(), store()] as const;
}

const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_index", Buffer.from("segment")]]),
  headers: { "x-next-cache-tags": tags },
  status: 200,
});

afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
  client.disconnect();
});

describe("the shared cache store", () => {
  it("keeps buffers and maps through Redis", () => {
    const value = page("<p>x</p>", "a");
    const decoded = decodeEntry(encodeEntry({ value }));
    expect(decoded.value.rscData).toEqual(value.rscData);
    expect(decoded.value.segmentData).toEqual(value.segmentData);
  });

  it("serves a page one instance stored to the other", async () => {
    const [a, b] = instances();
    await a.set("/en/press-releases/one", page("<p>first</p>", "public:document:1,public:lists"), { cacheControl: { revalidate: 300 } });
    const entry = await b.get("/en/press-releases/one", { kind: "APP_PAGE" });
    expect(entry?.value.html).toBe("<p>first</p>");
    expect(Buffer.isBuffer(entry?.value.rscData)).toBe(true);
  });

  it("drops, on every instance, a page whose tag one instance revalidated", async () => {
    const [a, b] = instances();
    await a.set("/en/press-releases/two", page("<p>old</p>", "public:document:2"), { cacheControl: { revalidate: 300 } });
    expect((await b.get("/en/press-releases/two", { kind: "APP_PAGE" }))?.value.html).toBe("<p>old</p>");
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.revalidateTag(["public:document:2"], { expire: 0 });
    expect(await b.get("/en/press-releases/two", { kind: "APP_PAGE" })).toBeNull();
    expect(await a.get("/en/press-releases/two", { kind: "APP_PAGE" })).toBeNull();
  });

  it("serves the copy another instance rebuilt after a revalidation, not its own outdated one", async () => {
    const [a, b] = instances();
    await b.set("/en", page("<p>before</p>", "public:lists"), {});
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.revalidateTag("public:lists", { expire: 0 });
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a.set("/en", page("<p>after</p>", "public:lists"), {});
    expect((await b.get("/en", { kind: "APP_PAGE" }))?.value.html).toBe("<p>after</p>");
  });

  it("checks a data read's tags as it is asked for them", async () => {
    const [a, b] = instances();
    const data = { kind: "FETCH", data: { headers: {}, body: '{"n":1}', status: 200, url: "" }, revalidate: 300, tags: ["public:lists"] };
    await a.set("unstable-cache-key", data, { fetchCache: true, tags: ["public:lists"] });
    expect((await b.get("unstable-cache-key", { kind: "FETCH", tags: ["public:lists"], softTags: [] }))?.value.data.body).toBe('{"n":1}');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await b.revalidateTag(["public:lists"], { expire: 0 });
    expect(await a.get("unstable-cache-key", { kind: "FETCH", tags: ["public:lists"], softTags: [] })).toBeNull();
  });

  it("answers a miss, not an error, when Redis cannot be reached", async () => {
    const down = new Redis("redis://127.0.0.1:1", { maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    down.on("error", () => {});
    const store = new RedisCacheStore({ client: down, prefix, local: new LocalCopies(1024) });
    expect(await store.get("/en", { kind: "APP_PAGE" })).toBeNull();
    down.disconnect();
  });
});

describe("a tag's invalidation", () => {
  it("outdates what was made before it, once its time has come", () => {
    expect(isOutdatedBy({ stale: 100, expired: 100 }, 50, 200)).toBe(true);
    expect(isOutdatedBy({ stale: 100, expired: 100 }, 150, 200)).toBe(false);
    expect(isOutdatedBy({ stale: 100, expired: 300 }, 50, 200)).toBe(false);
    expect(isOutdatedBy(undefined, 50, 200)).toBe(false);
  });
});

describe("REDIS_URL", () => {
  it("turns the shared cache on only when set, and refuses what is not a Redis URL", () => {
    expect(redisCacheSettings({})).toBeNull();
    expect(redisCacheSettings({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual({ url: "redis://127.0.0.1:6379", prefix: "chancery:" });
    expect(() => redisCacheSettings({ REDIS_URL: "http://cache" })).toThrow(/REDIS_URL must be a Redis URL/);
    expect(() => redisCacheSettings({ REDIS_URL: "redis://h", REDIS_KEY_PREFIX: "bad prefix" })).toThrow(/REDIS_KEY_PREFIX/);
  });
});

describe("a change made outside any server", () => {
  it("is written to Redis at once when the shared cache is configured, and left to Next.js when it is not", async () => {
    const [a] = instances();
    await a.set("/en/press-releases/three", page("<p>three</p>", "public:document:3"), {});
    await new Promise((resolve) => setTimeout(resolve, 2));
    const saved = { url: process.env.REDIS_URL, prefix: process.env.REDIS_KEY_PREFIX };
    try {
      delete process.env.REDIS_URL;
      expect(invalidateSharedTags(["public:document:3"])).toBeNull();
      Object.assign(process.env, { REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: prefix });
      await invalidateSharedTags(["public:document:3"]);
      expect(await a.get("/en/press-releases/three", { kind: "APP_PAGE" })).toBeNull();
    } finally {
      for (const [name, value] of [["REDIS_URL", saved.url], ["REDIS_KEY_PREFIX", saved.prefix]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
