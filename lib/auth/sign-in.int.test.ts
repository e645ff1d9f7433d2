import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { userForSession } from "./current-user";
import { hashPassword } from "./password";
import { attemptSignIn, SIGN_IN_ERRORS } from "./sign-in";
import { endSessions } from "./sign-out";
import { ACCOUNT_RULE, checkThrottle, pruneThrottle, recordFailure, throttleKeys } from "./sign-in-throttle";

const PASSWORD = "Correct-horse-battery-9";
const T0 = new Date("2026-03-01T09:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

describe.each(testBackends())("signing in on %s", (backend) => {
  const database = useTestDatabase(backend);
  let prisma: PrismaClient;
  let passwordHash: string;
  let mina: { id: string; email: string };

  beforeAll(async () => {
    prisma = database.prisma;
    passwordHash = await hashPassword(PASSWORD);
  });

  beforeEach(async () => {
    await prisma.auditEvent.deleteMany();
    await prisma.signInThrottle.deleteMany();
    await prisma.user.deleteMany();
    mina = await prisma.user.create({
      data: { email: "mina@example.org", name: "Mina", role: "WRITER", passwordHash },
      select: { id: true, email: true },
    });
  });

  const attempt = (email: string, password: string, now: Date, ipAddress: string | null = "203.0.113.7") =>
    attemptSignIn({ email, password, ipAddress }, now);

  it("lets the right password in, whatever the case of the email, and records it", async () => {
    const outcome = await attempt(" MINA@example.org", PASSWORD, T0);
    expect(outcome).toEqual({ ok: true, user: { id: mina.id, email: "mina@example.org", name: "Mina", sessionVersion: 1 } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: mina.id } })).lastSignInAt).toEqual(T0);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in" } })).toMatchObject({
      actorId: mina.id,
      subjectId: mina.id,
      ipAddress: "203.0.113.7",
    });
  });

  it("gives the same refusal for a wrong password, an unknown email and a deactivated account", async () => {
    await prisma.user.create({ data: { email: "gone@example.org", name: "Gone", role: "EDITOR", passwordHash, active: false } });
    const outcomes = [
      await attempt("mina@example.org", "wrong-password-1", T0),
      await attempt("nobody@example.org", PASSWORD, T0),
      await attempt("gone@example.org", PASSWORD, T0),
    ];
    expect(outcomes).toEqual(Array(3).fill({ ok: false, error: SIGN_IN_ERRORS.invalid }));
    const failures = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { at: "asc" } });
    expect(failures.map((event) => [event.actorEmail, event.reason])).toEqual([
      ["mina@example.org", "Wrong password."],
      ["nobody@example.org", "No account has this email."],
      ["gone@example.org", "The account is deactivated."],
    ]);
  });

  it("refuses input that is not text without touching the counters", async () => {
    expect(await attemptSignIn({ email: ["mina@example.org"], password: PASSWORD, ipAddress: null }, T0)).toEqual({ ok: false, error: SIGN_IN_ERRORS.invalid });
    expect(await attemptSignIn({ email: "mina@example.org", password: undefined, ipAddress: null }, T0)).toEqual({ ok: false, error: SIGN_IN_ERRORS.invalid });
    // PostgreSQL refuses NUL in text: an email holding one must not reach the throttle, the lookup or the audit.
    expect(await attemptSignIn({ email: "mina\u0000@example.org", password: PASSWORD, ipAddress: null }, T0)).toEqual({ ok: false, error: SIGN_IN_ERRORS.invalid });
    expect(await prisma.signInThrottle.count()).toBe(0);
  });

  describe("repeated failures for one account", () => {
    it("slow it after three, lock it at five even for the right password, and record the lockout", async () => {
      for (let i = 0; i < 3; i++) expect(await attempt("mina@example.org", "wrong-password-1", T0)).toMatchObject({ error: SIGN_IN_ERRORS.invalid });
      expect(await attempt("mina@example.org", PASSWORD, later(500))).toEqual({ ok: false, error: SIGN_IN_ERRORS.delayed });
      expect(await attempt("mina@example.org", "wrong-password-1", later(1_000))).toMatchObject({ error: SIGN_IN_ERRORS.invalid });
      expect(await attempt("mina@example.org", "wrong-password-1", later(3_000))).toEqual({ ok: false, error: SIGN_IN_ERRORS.locked });
      expect(await attempt("mina@example.org", PASSWORD, later(10 * MINUTE))).toEqual({ ok: false, error: SIGN_IN_ERRORS.locked });
      const lockout = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out" } });
      expect(lockout).toMatchObject({ subjectType: "user", subjectId: mina.id, actorEmail: "mina@example.org" });
      expect(await attempt("mina@example.org", PASSWORD, later(3_000 + ACCOUNT_RULE.lockMs))).toMatchObject({ ok: true });
      expect(await prisma.signInThrottle.findUnique({ where: { key: "email:mina@example.org" } })).toBeNull();
    });

    it("treat an unknown email exactly like a known one", async () => {
      const outcomes = [];
      for (const [i, ms] of [0, 0, 0, 1_000, 3_000].entries()) outcomes.push((await attempt("nobody@example.org", `guess-${i}`, later(ms))).ok === false);
      expect(await attempt("nobody@example.org", "guess", later(4_000))).toEqual({ ok: false, error: SIGN_IN_ERRORS.locked });
      expect(outcomes).toEqual([true, true, true, true, true]);
    });
  });

  it("lock an address that fails for twenty accounts, for accounts it has not tried yet too", async () => {
    for (let i = 0; i < 20; i++) {
      // Thirty seconds apart: the per-address pause never applies, and all twenty fall in one 15-minute window.
      await attempt(`guess${i}@example.org`, "wrong-password-1", later(i * 30_000), "198.51.100.9");
    }
    expect(await attempt("mina@example.org", PASSWORD, later(20 * 30_000), "198.51.100.9")).toEqual({ ok: false, error: SIGN_IN_ERRORS.locked });
    expect(await attempt("mina@example.org", PASSWORD, later(20 * 30_000), "198.51.100.10")).toMatchObject({ ok: true });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.locked_out", subjectType: "address" } })).toMatchObject({ subjectId: "198.51.100.9" });
  });

  it("counts every one of many failures arriving at once", async () => {
    const keys = throttleKeys("mina@example.org", null);
    const failures = async () => (await prisma.signInThrottle.findUniqueOrThrow({ where: { key: "email:mina@example.org" } })).failures;
    await Promise.all(Array.from({ length: 4 }, () => recordFailure(prisma, keys, T0)));
    expect(await failures()).toBe(4);
    // The fifth locks; the ones racing in behind it neither count nor extend the lock.
    const locks = await Promise.all(Array.from({ length: 4 }, () => recordFailure(prisma, keys, T0)));
    expect(locks.flat()).toHaveLength(1);
    expect(await failures()).toBe(5);
    expect(await checkThrottle(prisma, keys, later(MINUTE))).toMatchObject({ kind: "locked" });
  });

  it("sweeps records that no longer count, and keeps live locks", async () => {
    await prisma.signInThrottle.createMany({
      data: [
        { key: "email:old@example.org", failures: 2, firstFailureAt: later(-2 * 60 * MINUTE), lastFailureAt: later(-2 * 60 * MINUTE) },
        { key: "email:locked@example.org", failures: 5, firstFailureAt: later(-20 * MINUTE), lastFailureAt: later(-20 * MINUTE), lockedUntil: later(MINUTE) },
        { key: "email:recent@example.org", failures: 1, firstFailureAt: later(-MINUTE), lastFailureAt: later(-MINUTE) },
      ],
    });
    expect(await pruneThrottle(prisma, T0)).toBe(1);
    expect((await prisma.signInThrottle.findMany({ orderBy: { key: "asc" } })).map((row) => row.key)).toEqual([
      "email:locked@example.org",
      "email:recent@example.org",
    ]);
  });

  describe("a session", () => {
    it("counts only while the account is active and its session version unchanged", async () => {
      const claims = { userId: mina.id, sessionVersion: 1, signedInAt: 0 };
      expect(await userForSession(prisma, claims)).toMatchObject({ id: mina.id, role: "WRITER", mustChangePassword: false });
      expect(await userForSession(prisma, { ...claims, sessionVersion: 2 })).toBeNull();
      expect(await userForSession(prisma, { ...claims, userId: "missing" })).toBeNull();
      await prisma.user.update({ where: { id: mina.id }, data: { active: false } });
      expect(await userForSession(prisma, claims)).toBeNull();
    });

    it("ends everywhere on sign-out, once", async () => {
      expect(await endSessions({ sub: mina.id, sv: 1 }, "203.0.113.7")).toBe(true);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: mina.id } })).sessionVersion).toBe(2);
      expect(await endSessions({ sub: mina.id, sv: 1 }, "203.0.113.7")).toBe(false);
      expect(await endSessions(null, null)).toBe(false);
      expect(await prisma.auditEvent.count({ where: { action: "auth.sign_out", actorId: mina.id } })).toBe(1);
    });
  });
});
