import { describe, expect, it } from "vitest";
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  afterFailure,
  assess,
  pauseAfter,
  strictest,
  throttleKeys,
  type ThrottleRecord,
  type ThrottleVerdict,
} from "./sign-in-throttle";

const T0 = new Date("2026-03-01T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** Fails `times` times, each attempt made as soon as the throttle allows, starting at `start`. */
function failRepeatedly(times: number, start = T0, rule = ACCOUNT_RULE): { record: ThrottleRecord | null; now: Date; locks: number } {
  let record: ThrottleRecord | null = null;
  let now = start;
  let locks = 0;
  for (let i = 0; i < times; i++) {
    const verdict = assess(record, rule, now);
    if (verdict.kind === "wait") now = verdict.until;
    const next = afterFailure(record, rule, now);
    record = next.record;
    if (next.lockedNow) locks++;
  }
  return { record, now, locks };
}

describe("an account that keeps failing", () => {
  it("may try three times without waiting", () => {
    let record: ThrottleRecord | null = null;
    for (let i = 0; i < 3; i++) {
      expect(assess(record, ACCOUNT_RULE, T0)).toEqual({ kind: "allow" });
      record = afterFailure(record, ACCOUNT_RULE, T0).record;
    }
    expect(record?.failures).toBe(3);
  });

  it("is slowed after the third failure: one second, then two", () => {
    const { record } = failRepeatedly(3);
    expect(assess(record, ACCOUNT_RULE, at(500))).toEqual({ kind: "wait", until: at(SECOND) });
    expect(assess(record, ACCOUNT_RULE, at(SECOND))).toEqual({ kind: "allow" });
    const fourth = afterFailure(record, ACCOUNT_RULE, at(SECOND)).record;
    expect(assess(fourth, ACCOUNT_RULE, at(2 * SECOND))).toEqual({ kind: "wait", until: at(3 * SECOND) });
  });

  it("is locked for 15 minutes by the fifth failure", () => {
    const { record, now, locks } = failRepeatedly(5);
    expect(locks).toBe(1);
    expect(record?.lockedUntil).toEqual(new Date(now.getTime() + 15 * MINUTE));
    expect(assess(record, ACCOUNT_RULE, new Date(now.getTime() + 14 * MINUTE))).toEqual({ kind: "locked", until: record!.lockedUntil });
  });

  it("may try again once the lock has been served, with the count started over", () => {
    const { record, now } = failRepeatedly(5);
    const later = new Date(now.getTime() + 15 * MINUTE);
    expect(assess(record, ACCOUNT_RULE, later)).toEqual({ kind: "allow" });
    expect(afterFailure(record, ACCOUNT_RULE, later).record.failures).toBe(1);
  });

  it("does not extend a lock when a failure races past the check", () => {
    const { record, now } = failRepeatedly(5);
    const raced = afterFailure(record, ACCOUNT_RULE, new Date(now.getTime() + MINUTE));
    expect(raced.lockedNow).toBe(false);
    expect(raced.record.lockedUntil).toEqual(record!.lockedUntil);
  });

  it("forgets failures older than the 15-minute window", () => {
    const { record } = failRepeatedly(4);
    const later = at(16 * MINUTE);
    expect(assess(record, ACCOUNT_RULE, later)).toEqual({ kind: "allow" });
    const next = afterFailure(record, ACCOUNT_RULE, later);
    expect(next.record).toMatchObject({ failures: 1, firstFailureAt: later, lockedUntil: null });
  });
});

describe("an address that keeps failing", () => {
  it("gets more room than one account: slowed from the tenth failure, locked at the twentieth", () => {
    expect(pauseAfter(9, ADDRESS_RULE)).toBe(0);
    expect(pauseAfter(10, ADDRESS_RULE)).toBe(SECOND);
    const { locks, record } = failRepeatedly(20, T0, ADDRESS_RULE);
    expect(locks).toBe(1);
    expect(record?.lockedUntil).not.toBeNull();
    expect(failRepeatedly(19, T0, ADDRESS_RULE).locks).toBe(0);
  });

  it("never pauses longer than 30 seconds", () => {
    expect(pauseAfter(100, ADDRESS_RULE)).toBe(30 * SECOND);
  });
});

describe("several keys at once", () => {
  const wait = (ms: number): ThrottleVerdict => ({ kind: "wait", until: at(ms) });
  const locked = (ms: number): ThrottleVerdict => ({ kind: "locked", until: at(ms) });

  it("answer with the strictest verdict", () => {
    expect(strictest([])).toEqual({ kind: "allow" });
    expect(strictest([{ kind: "allow" }, wait(1)])).toEqual(wait(1));
    expect(strictest([wait(5), locked(1)])).toEqual(locked(1));
    expect(strictest([locked(1), locked(9)])).toEqual(locked(9));
    expect(strictest([wait(9), wait(2)])).toEqual(wait(9));
  });

  it("include the address only when it is known", () => {
    expect(throttleKeys("a@example.org", null).map((entry) => entry.key)).toEqual(["email:a@example.org"]);
    expect(throttleKeys("a@example.org", "203.0.113.7").map((entry) => entry.key)).toEqual(["email:a@example.org", "ip:203.0.113.7"]);
  });
});
