import { describe, expect, it } from "vitest";
import type { PolicyUser } from "@/lib/auth/policy";
import { navigationFor } from "./navigation";

const as = (role: NonNullable<PolicyUser>["role"], active = true): PolicyUser => ({ id: role, role, active, translatorLocales: role === "TRANSLATOR" ? ["en"] : [] });
const labels = (user: PolicyUser) => navigationFor(user).map((entry) => entry.label);

describe("the workspace menu", () => {
  it("shows an admin everything", () => {
    expect(labels(as("ADMIN"))).toEqual(["Dashboard", "Documents", "Awaiting review", "Translations", "New document", "Import", "Media", "Taxonomy", "Press lists", "Users", "Audit log", "Outbox"]);
  });

  it("shows an editor the editorial desk, media, press lists and the outbox, not users or the audit log", () => {
    expect(labels(as("EDITOR"))).toEqual(["Dashboard", "Documents", "Awaiting review", "Translations", "New document", "Import", "Media", "Taxonomy", "Press lists", "Outbox"]);
  });

  it("shows a writer documents, writing and the media library, no import or taxonomy", () => {
    expect(labels(as("WRITER"))).toEqual(["Dashboard", "Documents", "New document", "Media"]);
  });

  it("shows a translator the documents and the translation queue", () => {
    expect(labels(as("TRANSLATOR"))).toEqual(["Dashboard", "Documents", "Translations", "Media"]);
  });

  it("shows a translator with no languages assigned no translation queue", () => {
    expect(labels({ id: "t", role: "TRANSLATOR", active: true, translatorLocales: [] })).toEqual(["Dashboard", "Documents", "Media"]);
  });

  it("shows nobody signed out or deactivated anything", () => {
    expect(labels(null)).toEqual([]);
    expect(labels(as("ADMIN", false))).toEqual([]);
  });
});
