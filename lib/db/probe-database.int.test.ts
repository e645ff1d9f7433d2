import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, postgresAvailable, type TestDatabase } from "@/test-support/test-database";
import { openDatabase } from "./open-database";
import { probeDatabase } from "./probe-database";

describe.skipIf(!postgresAvailable())("probeDatabase on PostgreSQL", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createEmptyTestDatabase("postgres");
  });
  afterAll(async () => {
    await database.close();
  });

  it("answers while every connection of the application's pool is busy", async () => {
    // The pool holds 10 connections (open-database.ts): keep all of them, and a few waiting, busy for 3 s (a Prisma
    // query starts only when something awaits it, hence the then).
    const busy = Array.from({ length: 12 }, () => database.prisma.$queryRaw`SELECT 1 AS slept FROM pg_sleep(3)`.then(() => undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const throughPool = await Promise.race([
      database.prisma.$queryRaw`SELECT 1`.then(() => "answered"),
      new Promise((resolve) => setTimeout(() => resolve("waiting"), 1_500)),
    ]);
    expect(throughPool, "the pool is saturated, as under load").toBe("waiting");
    const probe = await probeDatabase(database, 2_000);
    expect(probe.reachable).toBe(true);
    await Promise.all(busy);
  });

  it("says unreachable when nothing listens, within its timeout", async () => {
    const nowhere = await openDatabase({ backend: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
    try {
      const started = Date.now();
      expect(await probeDatabase(nowhere, 1_000)).toEqual({ reachable: false });
      expect(Date.now() - started).toBeLessThan(1_500);
    } finally {
      await nowhere.close();
    }
  });
});

describe("probeDatabase on PGlite", () => {
  it("answers in process", async () => {
    const database = await createEmptyTestDatabase("pglite");
    try {
      const probe = await probeDatabase(database, 2_000);
      expect(probe).toMatchObject({ reachable: true });
    } finally {
      await database.close();
    }
  });
});
