import { describe, expect, it } from "vitest";
import { subscribeInputSchema } from "./subscription-input";

const errors = (input: Record<string, unknown>) => {
  const result = subscribeInputSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("the subscribe form's input", () => {
  it("takes one or several values per field, lower-cases the address and drops repeats", () => {
    const parsed = subscribeInputSchema.parse({
      email: "  Reporter@Example.COM ",
      locale: "en",
      frequency: "DAILY",
      kinds: "PRESS_RELEASE",
      topics: ["topic-1", "topic-1", "topic-2"],
      languages: ["en"],
    });
    expect(parsed).toEqual({
      email: "reporter@example.com",
      locale: "en",
      selection: { frequency: "DAILY", kinds: ["PRESS_RELEASE"], topics: ["topic-1", "topic-2"], countries: [], languages: ["en"] },
    });
  });

  it("says what is wrong, field by field", () => {
    expect(errors({ email: "not an address", locale: "en", frequency: "IMMEDIATE", kinds: "PRESS_RELEASE" })).toEqual({
      email: "Enter an e-mail address like name@example.com",
    });
    expect(errors({ email: "a@example.com", locale: "en", frequency: "IMMEDIATE" })).toEqual({
      choices: "Choose at least one kind, topic, country or language to follow",
    });
    expect(errors({ email: "a@example.com", locale: "en", frequency: "HOURLY", kinds: "PRESS_RELEASE" })).toEqual({
      frequency: "Choose how often you want to hear from us",
    });
    expect(errors({ email: "a@example.com", locale: "en", frequency: "DAILY", kinds: "MEMO" })).toMatchObject({ "kinds.0": expect.any(String) });
    expect(errors({ email: "a@example.com", locale: "en", frequency: "DAILY", topics: ["<script>"] })).toMatchObject({ "topics.0": expect.any(String) });
    expect(errors({ email: "", locale: "en", frequency: "DAILY", kinds: "INTERVIEW" })).toEqual({ email: "Enter your e-mail address" });
    expect(errors({ email: "a@example.com", locale: "en", frequency: "DAILY", topics: Array.from({ length: 41 }, (_, i) => `t${i}`) })).toEqual({
      choices: "Choose at most 40 things to follow at once",
    });
  });
});
