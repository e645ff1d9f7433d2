import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { ActionError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { testBackends } from "@/test-support/test-database";
import { useTestDatabase } from "@/test-support/test-newsroom";
import { changeOwnPassword } from "./change-own-password";
import { createUser, DUPLICATE_EMAIL } from "./create-user";
import { changeRole, deactivateUser, reactivateUser, resetPassword, updateUserDetails } from "./manage-user";
import type { ServiceContext } from "./service-context";

describe.each(testBackends())("managing accounts on %s", (backend) => {
  const database = useTestDatabase(backend);
  let prisma: PrismaClient;
  let admin: { id: string; email: string };

  beforeAll(async () => {
    prisma = database.prisma;
  });

  beforeEach(async () => {
    await prisma.auditEvent.deleteMany();
    await prisma.signInThrottle.deleteMany();
    await prisma.user.deleteMany();
    admin = await prisma.user.create({
      data: { email: "ada@example.org", name: "Ada", role: "ADMIN", passwordHash: "x" },
      select: { id: true, email: true },
    });
  });

  function as(actor: { id: string; email: string } | null) {
    return <T>(work: (ctx: ServiceContext) => Promise<T>) => prisma.$transaction((tx) => work({ tx, actor, ipAddress: "203.0.113.7" }));
  }

  async function account(email: string, role: Role, fields: { active?: boolean } = {}) {
    return prisma.user.create({ data: { email, name: email.split("@")[0]!, role, passwordHash: "x", ...fields }, select: { id: true, email: true, name: true } });
  }

  async function refusal(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ActionError);
    return (error as ActionError).message;
  }

  describe("creating an account", () => {
    it("stores the email lower-cased, gives a one-time password to change at first sign-in, and records who did it", async () => {
      const created = await as(admin)((ctx) => createUser(ctx, { email: "  Mina.Park@Example.ORG ", name: " Mina Park ", role: "WRITER" }));
      expect(created.user).toMatchObject({ email: "mina.park@example.org", name: "Mina Park", role: "WRITER" });
      expect(created.oneTimePassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
      const row = await prisma.user.findUniqueOrThrow({ where: { id: created.user.id } });
      expect(row.mustChangePassword).toBe(true);
      expect(row.passwordHash).not.toContain(created.oneTimePassword!);
      expect(await verifyPassword(created.oneTimePassword!, row.passwordHash)).toBe(true);
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.created" } });
      expect(event).toMatchObject({ actorId: admin.id, actorEmail: admin.email, subjectId: created.user.id, toState: "WRITER", ipAddress: "203.0.113.7" });
    });

    it("keeps translation languages for translators only", async () => {
      const translator = await as(admin)((ctx) => createUser(ctx, { email: "t@example.org", name: "T", role: "TRANSLATOR", translatorLocales: ["en", "ru", "en"] }));
      const writer = await as(admin)((ctx) => createUser(ctx, { email: "w@example.org", name: "W", role: "WRITER", translatorLocales: ["en"] }));
      const rows = await prisma.user.findMany({ where: { id: { in: [translator.user.id, writer.user.id] } }, orderBy: { email: "asc" } });
      expect(rows.map((row) => row.translatorLocales)).toEqual([["en", "ru"], []]);
    });

    it("refuses an email that is already taken, whatever its case", async () => {
      expect(await refusal(as(admin)((ctx) => createUser(ctx, { email: "ADA@example.org", name: "Other", role: "EDITOR" })))).toBe(DUPLICATE_EMAIL);
    });

    it("refuses a weak password given on the command line", async () => {
      expect(await refusal(as(null)((ctx) => createUser(ctx, { email: "new@example.org", name: "New", role: "EDITOR", password: "short" })))).toMatch(/at least 12/);
      const created = await as(null)((ctx) => createUser(ctx, { email: "new@example.org", name: "New", role: "EDITOR", password: "a-Strong-passphrase-9", via: "command line" }));
      expect(created.oneTimePassword).toBeNull();
      expect((await prisma.user.findUniqueOrThrow({ where: { id: created.user.id } })).mustChangePassword).toBe(false);
    });
  });

  describe("changing a role", () => {
    it("takes effect at once, ends the person's sessions and records from and to", async () => {
      const writer = await account("w@example.org", "WRITER");
      expect(await as(admin)((ctx) => changeRole(ctx, { userId: writer.id, role: "EDITOR" }))).toEqual({ from: "WRITER", to: "EDITOR" });
      const row = await prisma.user.findUniqueOrThrow({ where: { id: writer.id } });
      expect(row).toMatchObject({ role: "EDITOR", sessionVersion: 2 });
      expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.role_changed" } })).toMatchObject({ fromState: "WRITER", toState: "EDITOR", subjectId: writer.id });
    });

    it("refuses to demote the last active admin", async () => {
      const other = await account("bo@example.org", "ADMIN", { active: false });
      expect(await refusal(as(null)((ctx) => changeRole(ctx, { userId: admin.id, role: "EDITOR" })))).toBe("Ada is the last active admin. Make someone else an admin first.");
      expect(other).toBeTruthy();
    });

    it("lets one of two admins be demoted, but not both when they demote each other at the same moment", async () => {
      const bo = await account("bo@example.org", "ADMIN");
      const results = await Promise.allSettled([
        as(admin)((ctx) => changeRole(ctx, { userId: bo.id, role: "EDITOR" })),
        as(bo)((ctx) => changeRole(ctx, { userId: admin.id, role: "EDITOR" })),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toBeInstanceOf(ActionError);
      expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    });

    it("refuses a change to the role the person already has", async () => {
      const writer = await account("w@example.org", "WRITER");
      expect(await refusal(as(admin)((ctx) => changeRole(ctx, { userId: writer.id, role: "WRITER" })))).toBe("w is already a writer.");
    });
  });

  describe("deactivating and reactivating", () => {
    it("stops the account and its sessions, and can be undone", async () => {
      const editor = await account("e@example.org", "EDITOR");
      await as(admin)((ctx) => deactivateUser(ctx, { userId: editor.id }));
      expect(await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ active: false, sessionVersion: 2 });
      expect(await refusal(as(admin)((ctx) => deactivateUser(ctx, { userId: editor.id })))).toMatch(/already deactivated/);
      await as(admin)((ctx) => reactivateUser(ctx, { userId: editor.id }));
      expect(await prisma.user.findUniqueOrThrow({ where: { id: editor.id } })).toMatchObject({ active: true });
      const actions = (await prisma.auditEvent.findMany({ orderBy: { at: "asc" } })).map((event) => event.action);
      expect(actions).toEqual(["user.deactivated", "user.reactivated"]);
    });

    it("refuses to deactivate the last active admin, and two admins deactivating each other at once", async () => {
      expect(await refusal(as(null)((ctx) => deactivateUser(ctx, { userId: admin.id })))).toMatch(/last active admin/);
      const bo = await account("bo@example.org", "ADMIN");
      const results = await Promise.allSettled([
        as(admin)((ctx) => deactivateUser(ctx, { userId: bo.id })),
        as(bo)((ctx) => deactivateUser(ctx, { userId: admin.id })),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await prisma.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    });
  });

  describe("resetting a password", () => {
    it("issues a one-time password, ends sessions and lifts a sign-in lock", async () => {
      const writer = await account("w@example.org", "WRITER");
      await prisma.signInThrottle.create({ data: { key: "email:w@example.org", failures: 5, lockedUntil: new Date(Date.now() + 60_000) } });
      const { oneTimePassword } = await as(admin)((ctx) => resetPassword(ctx, { userId: writer.id }));
      const row = await prisma.user.findUniqueOrThrow({ where: { id: writer.id } });
      expect(row).toMatchObject({ mustChangePassword: true, sessionVersion: 2 });
      expect(await verifyPassword(oneTimePassword, row.passwordHash)).toBe(true);
      expect(await prisma.signInThrottle.count()).toBe(0);
      expect(await prisma.auditEvent.count({ where: { action: "user.password_reset", subjectId: writer.id } })).toBe(1);
    });
  });

  describe("changing details", () => {
    it("records only what changed, and nothing when nothing did", async () => {
      const translator = await prisma.user.create({ data: { email: "t@example.org", name: "Tom", role: "TRANSLATOR", passwordHash: "x", translatorLocales: ["en"] } });
      expect(await as(admin)((ctx) => updateUserDetails(ctx, { userId: translator.id, name: "Tom", translatorLocales: ["en"] }))).toEqual({ changed: [] });
      expect(await as(admin)((ctx) => updateUserDetails(ctx, { userId: translator.id, name: "Tom", translatorLocales: ["en", "ru"] }))).toEqual({ changed: ["translatorLocales"] });
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "user.changed" } });
      expect(event.data).toMatchObject({ changes: { translatorLocales: { from: ["en"], to: ["en", "ru"] } } });
    });
  });

  describe("choosing one's own password", () => {
    it("needs the current one, a strong new one, and ends every session", async () => {
      const { user, oneTimePassword } = await as(admin)((ctx) => createUser(ctx, { email: "n@example.org", name: "N", role: "WRITER" }));
      const me = { id: user.id, email: user.email };
      expect(await refusal(as(me)((ctx) => changeOwnPassword(ctx, { userId: me.id, currentPassword: "wrong-password-1", newPassword: "Another-strong-1" })))).toMatch(/current password/);
      expect(await refusal(as(me)((ctx) => changeOwnPassword(ctx, { userId: me.id, currentPassword: oneTimePassword!, newPassword: "weak" })))).toMatch(/at least 12/);
      await as(me)((ctx) => changeOwnPassword(ctx, { userId: me.id, currentPassword: oneTimePassword!, newPassword: "My-own-strong-pass-7" }));
      const row = await prisma.user.findUniqueOrThrow({ where: { id: me.id } });
      expect(row).toMatchObject({ mustChangePassword: false, sessionVersion: 2 });
      expect(await verifyPassword("My-own-strong-pass-7", row.passwordHash)).toBe(true);
    });
  });
});
