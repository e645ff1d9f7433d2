import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "./unreachable";

// The shapes below are what Prisma 7 with @prisma/adapter-pg throws (recorded against a refused port and a killed
// backend on PostgreSQL 15).
describe("isDatabaseUnreachable", () => {
  it("knows a refused connection, a killed backend and a dropped socket", () => {
    expect(isDatabaseUnreachable({ code: "P1001", message: "Can't reach database server at 127.0.0.1:5999" })).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } })).toBe(true);
    expect(isDatabaseUnreachable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } } })).toBe(true);
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("wrapped", { cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }) }))).toBe(true);
  });

  it("leaves errors the database answered with, and anything else, alone", () => {
    expect(isDatabaseUnreachable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isDatabaseUnreachable({ code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code: "22021" } } } })).toBe(false);
    expect(isDatabaseUnreachable(new Error("An edition that is draft cannot be published"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
    expect(isDatabaseUnreachable("Connection terminated")).toBe(false);
  });
});
