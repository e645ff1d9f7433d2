import { describe, expect, it } from "vitest";
import { latestDigestSlot } from "./send-digests";

describe("the latest digest time", () => {
  it("is today's when it has come in the office's time zone, else yesterday's", () => {
    // 08:00 in Seoul is 23:00 UTC the day before.
    expect(latestDigestSlot(new Date("2026-12-03T23:30:00Z"), "08:00", "Asia/Seoul").toISOString()).toBe("2026-12-03T23:00:00.000Z");
    expect(latestDigestSlot(new Date("2026-12-03T22:59:00Z"), "08:00", "Asia/Seoul").toISOString()).toBe("2026-12-02T23:00:00.000Z");
    expect(latestDigestSlot(new Date("2026-12-03T23:00:00Z"), "08:00", "Asia/Seoul").toISOString()).toBe("2026-12-03T23:00:00.000Z");
  });

  it("follows daylight saving time where the office has it", () => {
    // Paris: 08:00 is 07:00 UTC in winter, 06:00 UTC in summer.
    expect(latestDigestSlot(new Date("2026-01-15T12:00:00Z"), "08:00", "Europe/Paris").toISOString()).toBe("2026-01-15T07:00:00.000Z");
    expect(latestDigestSlot(new Date("2026-07-15T12:00:00Z"), "08:00", "Europe/Paris").toISOString()).toBe("2026-07-15T06:00:00.000Z");
  });
});
