import { redirect } from "next/navigation";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { installDatabase, type Database } from "@/lib/db";
import { defineAction, isDefinedAction } from "./define-action";
import { checkboxList, requiredText } from "./form-input";
import { setRequestContextForTests } from "./request-context";
import { ActionError, DomainError } from "@/lib/errors";

// ─── Fakes: a session, and a database whose transaction records that it ran ─────────────────────────────────────

function person(role: CurrentUser["role"], fields: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: `${role.toLowerCase()}-1`,
    email: `${role.toLowerCase()}@example.org`,
    name: role,
    role,
    active: true,
    translatorLocales: [],
    sessionVersion: 1,
    mustChangePassword: false,
    ...fields,
  };
}

const FAKE_TX = { fake: "transaction" };
// Stays empty: the wrapper opens no transaction, the services own theirs.
const transactions: string[] = [];

const fakeDatabase = {
  target: { backend: "pglite" },
  prisma: {
    async $transaction<T>(work: (tx: unknown) => Promise<T>): Promise<T> {
      transactions.push("begin");
      try {
        const result = await work(FAKE_TX);
        transactions.push("commit");
        return result;
      } catch (error) {
        transactions.push("rollback");
        throw error;
      }
    },
  },
  sql: async () => {
    throw new Error("not in this test");
  },
  close: async () => undefined,
} as unknown as Database;

function signedInAs(user: CurrentUser | null, ipAddress: string | null = "203.0.113.7") {
  setRequestContextForTests(async () => ({ user, ipAddress }));
}

beforeAll(() => installDatabase(fakeDatabase));
afterEach(() => {
  setRequestContextForTests(null);
  transactions.length = 0;
  vi.restoreAllMocks();
});
afterAll(() => setRequestContextForTests(null));

// ─── Actions under test ─────────────────────────────────────────────────────────────────────────────────────────

const inviteSchema = z.object({
  name: requiredText("a name", 50),
  password: z.string().min(12, "Too short."),
  locales: checkboxList(z.enum(["en", "ru"])),
});

function inviteAction(overrides: Partial<Parameters<typeof defineAction<typeof inviteSchema, { id: string }>>[0]> = {}) {
  const run = vi.fn(async (input: z.output<typeof inviteSchema>) => ({ id: `made-${input.name}` }));
  const after = vi.fn();
  const action = defineAction({
    name: "test.invite",
    schema: inviteSchema,
    permission: ["user.manage"],
    run,
    after,
    message: (data) => `Created ${data.id}.`,
    ...overrides,
  });
  return { action, run, after };
}

const GOOD = { name: "Mina", password: "correct-horse-42", locales: ["en"] };

describe("a defined action asks who is calling before anything else", () => {
  it("refuses an anonymous caller as unauthenticated, and echoes what they typed except the password", async () => {
    signedInAs(null);
    const { action, run } = inviteAction();
    const result = await action({ ...GOOD, name: "Draft text kept" });
    expect(result).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "Sign in to use the workspace.",
      fieldErrors: {},
      values: { name: "Draft text kept", locales: ["en"] },
    });
    expect(run).not.toHaveBeenCalled();
    expect(transactions).toEqual([]);
  });

  it("refuses a deactivated account with the policy's reason", async () => {
    signedInAs(person("ADMIN", { active: false }));
    const { action } = inviteAction();
    expect(await action(GOOD)).toMatchObject({ ok: false, code: "forbidden", error: "This account has been deactivated." });
  });

  it("refuses everything but choosing a password while a one-time password is still in use", async () => {
    signedInAs(person("ADMIN", { mustChangePassword: true }));
    expect(await inviteAction().action(GOOD)).toMatchObject({ ok: false, code: "forbidden", error: "Choose a new password before doing anything else." });
    expect(await inviteAction({ allowPendingPasswordChange: true }).action(GOOD)).toMatchObject({ ok: true });
  });
});

describe("a permission without a subject", () => {
  it("is checked before the input is validated, so a refused caller learns nothing about the fields", async () => {
    signedInAs(person("WRITER"));
    const { action, run } = inviteAction();
    const result = await action({ name: "", password: "x" });
    expect(result).toMatchObject({ ok: false, code: "forbidden", error: "Writers cannot manage users.", fieldErrors: {} });
    expect(run).not.toHaveBeenCalled();
  });

  it("lets the permitted role through to validation, which reports each field", async () => {
    signedInAs(person("ADMIN"));
    const { action, run } = inviteAction();
    const result = await action({ name: "  ", password: "short", locales: ["en", "fr"] });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      error: "Check the highlighted fields.",
      fieldErrors: { name: ["Enter a name."], password: ["Too short."], "locales.1": [expect.any(String)] },
      values: { name: "  ", locales: ["en", "fr"] },
    });
    expect(run).not.toHaveBeenCalled();
  });
});

describe("control characters", () => {
  it("are refused in any field, even one the schema does not know, as a field error and with the text kept", async () => {
    signedInAs(person("ADMIN"));
    const { action, run } = inviteAction();
    const result = await action({ ...GOOD, name: "Mi\u0000na", stray: "x\u0007" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        name: ["This field contains an invisible control character; remove it and try again"],
        stray: [expect.stringContaining("control character")],
      },
      values: { name: "Mi\u0000na" },
    });
    expect(run).not.toHaveBeenCalled();
    expect(transactions).toEqual([]);
  });
});

describe("a permission resolved from the input", () => {
  const schema = z.object({ userId: z.string() });

  it("loads its subject from the validated input and refuses with the policy's reason", async () => {
    signedInAs(person("ADMIN"));
    const seen: unknown[] = [];
    const run = vi.fn(async () => "done");
    const action = defineAction({
      name: "test.deactivate",
      schema,
      permission: (input, { user }) => {
        seen.push(input);
        // The admin targets their own account: the policy refuses self-deactivation.
        return ["user.deactivate", { type: "user", id: input.userId === "me" ? user.id : input.userId, role: "ADMIN", active: true }];
      },
      run,
    });
    const refused = await action({ userId: "me" });
    expect(refused).toMatchObject({ ok: false, code: "forbidden", error: "You cannot deactivate your own account; ask another admin." });
    expect(seen).toEqual([{ userId: "me" }]);
    expect(run).not.toHaveBeenCalled();
    expect(transactions).toEqual([]);

    expect(await action({ userId: "someone-else" })).toEqual({ ok: true, data: "done", message: null });
    expect(transactions).toEqual([]);
  });
});

describe("running the service", () => {
  it("passes the validated input and the actor, then runs what follows the commit; the service owns the transaction", async () => {
    signedInAs(person("ADMIN"), "198.51.100.4");
    const { action, run, after } = inviteAction();
    const result = await action({ ...GOOD, name: "  Mina  " });
    expect(result).toEqual({ ok: true, data: { id: "made-Mina" }, message: "Created made-Mina." });
    expect(run).toHaveBeenCalledWith(
      { name: "Mina", password: GOOD.password, locales: ["en"] },
      expect.objectContaining({ actor: { id: "admin-1", email: "admin@example.org" }, ipAddress: "198.51.100.4" }),
    );
    expect(after).toHaveBeenCalledWith({ id: "made-Mina" }, expect.objectContaining({ name: "Mina" }), expect.objectContaining({ user: expect.objectContaining({ id: "admin-1" }) }));
    expect(transactions).toEqual([]);
  });

  it("accepts a form submission as useActionState sends it, checkboxes and all", async () => {
    signedInAs(person("ADMIN"));
    const { action, run } = inviteAction();
    const form = new FormData();
    form.set("name", "Mina");
    form.set("password", GOOD.password);
    form.append("locales", "en");
    form.append("locales", "ru");
    form.set("$ACTION_ID_abc", "");
    const result = await action(null, form);
    expect(result.ok).toBe(true);
    expect(run.mock.calls[0]?.[0]).toEqual({ name: "Mina", password: GOOD.password, locales: ["en", "ru"] });
  });

  it("reports a refusal from the service with its message and skips what follows", async () => {
    signedInAs(person("ADMIN"));
    const { action, after } = inviteAction({
      run: async () => {
        throw new ActionError("An account with this email already exists.", { email: ["Already taken."] });
      },
    });
    expect(await action(GOOD)).toMatchObject({
      ok: false,
      code: "rejected",
      error: "An account with this email already exists.",
      fieldErrors: { email: ["Already taken."] },
      values: { name: "Mina" },
    });
    expect(transactions).toEqual([]);
    expect(after).not.toHaveBeenCalled();
  });

  it("hides an unexpected error behind a message that says nothing was saved, and logs it", async () => {
    signedInAs(person("ADMIN"));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { action } = inviteAction({
      run: async () => {
        throw new Error("connection reset");
      },
    });
    const result = await action(GOOD);
    expect(result).toMatchObject({ ok: false, code: "failed" });
    expect(result.ok === false && result.error).toMatch(/nothing was saved/);
    expect(log).toHaveBeenCalledWith("Action test.invite failed:", expect.any(Error));
  });

  it("says the database cannot be reached when it cannot, keeping what was typed", async () => {
    signedInAs(person("ADMIN"));
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { action } = inviteAction({
      run: async () => {
        throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
      },
    });
    const result = await action(GOOD);
    expect(result).toMatchObject({ ok: false, code: "failed", values: { name: GOOD.name } });
    expect(result.ok === false && result.error).toMatch(/database cannot be reached just now, so nothing was saved/);
    expect(log).toHaveBeenCalledWith("Action test.invite failed: the database cannot be reached");
  });

  it("lets a redirect after the commit through to Next.js", async () => {
    signedInAs(person("ADMIN"));
    const { action } = inviteAction({ after: () => redirect("/workspace/users") });
    await expect(action(GOOD)).rejects.toThrow("NEXT_REDIRECT");
  });

  it("keeps the saved work when what follows the commit fails", async () => {
    signedInAs(person("ADMIN"));
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { action } = inviteAction({
      after: () => {
        throw new Error("cache unavailable");
      },
    });
    expect(await action(GOOD)).toMatchObject({ ok: true });
  });
});

describe("a service that opens its own transaction", () => {
  const schema = z.object({ editionId: z.string() });

  it("runs outside the wrapper's transaction, after the same checks", async () => {
    signedInAs(person("EDITOR"));
    const run = vi.fn(async (_input: { editionId: string }, ctx: { user: CurrentUser }) => ctx.user.id);
    const action = defineAction({ name: "test.own", schema, permission: ["document.import"], run });
    expect(await action({ editionId: "e1" })).toEqual({ ok: true, data: "editor-1", message: null });
    expect(transactions).toEqual([]);

    signedInAs(person("WRITER"));
    expect(await action({ editionId: "e1" })).toMatchObject({ ok: false, code: "forbidden", error: "Writers cannot import documents." });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("resolves a subject without a transaction, and shows the service's own refusals", async () => {
    signedInAs(person("WRITER"));
    const action = defineAction({
      name: "test.own-subject",
      schema,
      permission: (input) => ["edition.edit", { type: "edition", state: "DRAFT", createdById: input.editionId, lastEditedById: null, hasEditionInProgress: false }],
      run: async () => {
        throw new DomainError("An edition that is published cannot be edited.", "form");
      },
    });
    expect(await action({ editionId: "someone-else" })).toMatchObject({ ok: false, code: "forbidden", error: "Writers can edit only their own editions." });
    expect(await action({ editionId: "writer-1" })).toMatchObject({
      ok: false,
      code: "rejected",
      error: "An edition that is published cannot be edited.",
      fieldErrors: { form: ["An edition that is published cannot be edited."] },
    });
  });
});

describe("the registry", () => {
  it("recognises defined actions and tells their permission", () => {
    const { action } = inviteAction();
    expect(isDefinedAction(action)).toBe(true);
    expect(action.definition).toEqual({ name: "test.invite", permission: ["user.manage"] });
    expect(isDefinedAction(async () => undefined)).toBe(false);
  });
});
