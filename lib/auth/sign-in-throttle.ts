import type { PrismaClient } from "@/lib/db/generated/client";

/*
 * Brute-force protection for sign-in. Failures are counted per account ("email:<address>") and per client address
 * ("ip:<address>") in the SignInThrottle table, so a lockout holds across restarts and across app instances.
 *
 * A key that keeps failing is first slowed (the next attempt is refused until a growing pause has passed, which
 * also defeats attempts sent in parallel) and then locked for a while. Unknown emails are counted exactly like
 * known ones, so neither the pause nor the lock says whether an account exists.
 */

export type ThrottleRule = {
  /** Failures are counted from the first one in this window; after it the count starts again. */
  windowMs: number;
  /** From this many failures on, each further attempt must wait `baseDelayMs`, doubling per failure. */
  delayAfter: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** This many failures in the window lock the key for `lockMs`. */
  lockAfter: number;
  lockMs: number;
};

const MINUTE = 60_000;

/** One person mistyping: three free tries, then 1 s and 2 s pauses, locked for 15 minutes at the fifth failure. */
export const ACCOUNT_RULE: ThrottleRule = {
  windowMs: 15 * MINUTE,
  delayAfter: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  lockAfter: 5,
  lockMs: 15 * MINUTE,
};

/** One address trying many accounts (an office shares one address, so it gets more room). */
export const ADDRESS_RULE: ThrottleRule = {
  windowMs: 15 * MINUTE,
  delayAfter: 10,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  lockAfter: 20,
  lockMs: 15 * MINUTE,
};

export type ThrottleRecord = {
  failures: number;
  firstFailureAt: Date;
  lastFailureAt: Date;
  lockedUntil: Date | null;
};

export type ThrottleVerdict =
  | { kind: "allow" }
  /** Slowed: refused without checking the password until `until`. */
  | { kind: "wait"; until: Date }
  | { kind: "locked"; until: Date };

const ALLOW: ThrottleVerdict = Object.freeze({ kind: "allow" });

// ─── Deciding (pure) ────────────────────────────────────────────────────────────────────────────────────────────

/** The record's failures that still count now: none once its window has passed or its lock has been served. */
function stillCounting(record: ThrottleRecord | null, rule: ThrottleRule, now: Date): ThrottleRecord | null {
  if (!record) return null;
  if (record.lockedUntil && now >= record.lockedUntil) return null;
  if (!record.lockedUntil && now.getTime() - record.firstFailureAt.getTime() >= rule.windowMs) return null;
  return record;
}

/** How long to wait after the `failures`-th failure before another attempt is heard. */
export function pauseAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.delayAfter) return 0;
  return Math.min(rule.baseDelayMs * 2 ** (failures - rule.delayAfter), rule.maxDelayMs);
}

/** Whether an attempt on this key may be checked now. */
export function assess(record: ThrottleRecord | null, rule: ThrottleRule, now: Date): ThrottleVerdict {
  const live = stillCounting(record, rule, now);
  if (!live) return ALLOW;
  if (live.lockedUntil && now < live.lockedUntil) return { kind: "locked", until: live.lockedUntil };
  const until = new Date(live.lastFailureAt.getTime() + pauseAfter(live.failures, rule));
  return now < until ? { kind: "wait", until } : ALLOW;
}

/** The record after one more failure, and whether that failure imposed a lock. */
export function afterFailure(
  record: ThrottleRecord | null,
  rule: ThrottleRule,
  now: Date,
): { record: ThrottleRecord; lockedNow: boolean } {
  const live = stillCounting(record, rule, now);
  if (live?.lockedUntil) {
    // Already locked (a request that raced past the check): the lock stands and is not extended.
    return { record: { ...live, lastFailureAt: now }, lockedNow: false };
  }
  const failures = (live?.failures ?? 0) + 1;
  const lockedUntil = failures >= rule.lockAfter ? new Date(now.getTime() + rule.lockMs) : null;
  return {
    record: { failures, firstFailureAt: live?.firstFailureAt ?? now, lastFailureAt: now, lockedUntil },
    lockedNow: lockedUntil !== null,
  };
}

const SEVERITY = { allow: 0, wait: 1, locked: 2 } as const;

/** The stricter of several verdicts (a lock beats a pause; of two, the one lasting longer). */
export function strictest(verdicts: readonly ThrottleVerdict[]): ThrottleVerdict {
  return verdicts.reduce<ThrottleVerdict>((worst, verdict) => {
    if (SEVERITY[verdict.kind] !== SEVERITY[worst.kind]) return SEVERITY[verdict.kind] > SEVERITY[worst.kind] ? verdict : worst;
    if (verdict.kind === "allow" || worst.kind === "allow") return worst;
    return verdict.until > worst.until ? verdict : worst;
  }, ALLOW);
}

// ─── Keys ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type ThrottleKey = { key: string; rule: ThrottleRule };

export function throttleKeys(normalisedEmail: string, ipAddress: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ key: accountKey(normalisedEmail), rule: ACCOUNT_RULE }];
  if (ipAddress) keys.push({ key: addressKey(ipAddress), rule: ADDRESS_RULE });
  return keys;
}

export function accountKey(normalisedEmail: string): string {
  return `email:${normalisedEmail}`;
}

export function addressKey(ipAddress: string): string {
  return `ip:${ipAddress}`;
}

// ─── Stored ─────────────────────────────────────────────────────────────────────────────────────────────────────

type ThrottleClient = Pick<PrismaClient, "signInThrottle">;

/** Whether an attempt may be checked now, over all of its keys. */
export async function checkThrottle(client: ThrottleClient, keys: readonly ThrottleKey[], now: Date): Promise<ThrottleVerdict> {
  const rows = await client.signInThrottle.findMany({ where: { key: { in: keys.map((entry) => entry.key) } } });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return strictest(keys.map(({ key, rule }) => assess(byKey.get(key) ?? null, rule, now)));
}

/**
 * Counts one failure against every key, each in its own transaction holding the row's lock, so concurrent failures
 * from several instances all count. Returns the keys this failure locked.
 */
export async function recordFailure(prisma: PrismaClient, keys: readonly ThrottleKey[], now: Date): Promise<Array<ThrottleKey & { until: Date; failures: number }>> {
  const locked: Array<ThrottleKey & { until: Date; failures: number }> = [];
  for (const entry of keys) {
    const result = await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "firstFailureAt", "lastFailureAt")
        VALUES (${entry.key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<ThrottleRecord[]>`SELECT "failures", "firstFailureAt", "lastFailureAt", "lockedUntil"
        FROM "SignInThrottle" WHERE "key" = ${entry.key} FOR UPDATE`;
      const stored = row && row.failures > 0 ? row : null;
      const next = afterFailure(stored, entry.rule, now);
      await tx.signInThrottle.update({ where: { key: entry.key }, data: next.record });
      return next;
    });
    if (result.lockedNow && result.record.lockedUntil) {
      locked.push({ ...entry, until: result.record.lockedUntil, failures: result.record.failures });
    }
  }
  return locked;
}

/** Forgets an account's failures: after a successful sign-in, or when an admin resets the password. */
export async function clearFailures(client: ThrottleClient, key: string): Promise<void> {
  await client.signInThrottle.deleteMany({ where: { key } });
}

/** Removes records that no longer count for anything, so unknown emails tried once do not pile up. */
export async function pruneThrottle(client: ThrottleClient, now: Date): Promise<number> {
  const longest = Math.max(ACCOUNT_RULE.windowMs, ADDRESS_RULE.windowMs);
  const result = await client.signInThrottle.deleteMany({
    where: {
      lastFailureAt: { lt: new Date(now.getTime() - longest) },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }],
    },
  });
  return result.count;
}

/** The lock on an account, if any, for the users page. */
export async function accountLocks(client: ThrottleClient, normalisedEmails: readonly string[], now: Date): Promise<Map<string, Date>> {
  const rows = await client.signInThrottle.findMany({
    where: { key: { in: normalisedEmails.map(accountKey) }, lockedUntil: { gt: now } },
    select: { key: true, lockedUntil: true },
  });
  return new Map(rows.map((row) => [row.key.slice("email:".length), row.lockedUntil!]));
}
