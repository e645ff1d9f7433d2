import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/db/generated/enums";
import { useDatabase } from "@/lib/db";
import { isDefinedAction, type ActionResult, type DefinedAction, type PermissionRequest } from "@/lib/actions/define-action";
import type { ActionInput } from "@/lib/actions/form-input";
import { setRequestContextForTests } from "@/lib/actions/request-context";
import { CURRENT_USER_SELECT, type CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { explain, type Action, type Decision } from "@/lib/auth/policy";
import { createTestDatabase, testBackends, type TestDatabase } from "@/lib/testing/test-database";

/*
 * Every server action in app/**\/actions.ts, called as every kind of caller, must refuse exactly what the policy
 * refuses: the server decides, whatever the UI shows. Actions are called directly, as a forged POST would reach them,
 * with the session faked per caller. A refused call must also leave no trace (no audit event, no change).
 *
 * A new action fails this test until it has a case below: give it valid input and the permission it must ask.
 */

// ─── Every action in the app ────────────────────────────────────────────────────────────────────────────────────

const APP = join(process.cwd(), "app");

function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return actionFiles(path);
    return entry.name === "actions.ts" ? [path] : [];
  });
}

type Found = { file: string; exportName: string; action: DefinedAction<unknown> };

async function allActions(): Promise<{ found: Found[]; strays: string[] }> {
  const found: Found[] = [];
  const strays: string[] = [];
  for (const path of actionFiles(APP)) {
    const exports = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exports)) {
      const file = relative(process.cwd(), path);
      if (isDefinedAction(value)) found.push({ file, exportName, action: value });
      else strays.push(`${file}#${exportName}`);
    }
  }
  return { found, strays };
}

// ─── Who calls ──────────────────────────────────────────────────────────────────────────────────────────────────

const CALLERS = ["ADMIN", "EDITOR", "WRITER", "TRANSLATOR", "deactivated", "anonymous"] as const;
type Caller = (typeof CALLERS)[number];

const PASSWORD = "Current-password-2026";

/** Fresh rows for each call: the caller and an account to act on, so one call's change never decides the next. */
type World = { caller: CurrentUser | null; target: CurrentUser; inactiveTarget: CurrentUser };

type Case = {
  action: string;
  description: string;
  /** Valid input, so that only the permission can stand in the way. */
  input: (world: World) => ActionInput;
  /** What the action must ask the policy. */
  permission: (world: World) => PermissionRequest;
};

const subject = (user: CurrentUser) => ({ type: "user" as const, id: user.id, role: user.role, active: user.active });
let sequence = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++sequence}`;

const CASES: Case[] = [
  {
    action: "user.create",
    description: "create an account",
    input: () => ({ name: "New Colleague", email: `${unique("new")}@mofa.example`, role: "WRITER", translatorLocales: [] }),
    permission: () => ["user.manage"],
  },
  {
    action: "user.update",
    description: "change someone's details",
    input: ({ target }) => ({ userId: target.id, name: "Renamed Colleague", translatorLocales: [] }),
    permission: () => ["user.manage"],
  },
  {
    action: "user.changeRole",
    description: "change someone's role",
    input: ({ target }) => ({ userId: target.id, role: "EDITOR" }),
    permission: ({ target }) => ["user.changeRole", subject(target)],
  },
  {
    action: "user.changeRole",
    description: "change their own role",
    input: ({ caller, target }) => ({ userId: (caller ?? target).id, role: "TRANSLATOR" }),
    permission: ({ caller, target }) => ["user.changeRole", subject(caller ?? target)],
  },
  {
    action: "user.deactivate",
    description: "deactivate someone",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.deactivate", subject(target)],
  },
  {
    action: "user.deactivate",
    description: "deactivate themselves",
    input: ({ caller, target }) => ({ userId: (caller ?? target).id }),
    permission: ({ caller, target }) => ["user.deactivate", subject(caller ?? target)],
  },
  {
    action: "user.reactivate",
    description: "reactivate someone",
    input: ({ inactiveTarget }) => ({ userId: inactiveTarget.id }),
    permission: ({ inactiveTarget }) => ["user.reactivate", subject(inactiveTarget)],
  },
  {
    action: "user.reactivate",
    description: "reactivate an active account",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.reactivate", subject(target)],
  },
  {
    action: "user.resetPassword",
    description: "reset someone's password",
    input: ({ target }) => ({ userId: target.id }),
    permission: ({ target }) => ["user.resetPassword", subject(target)],
  },
  {
    action: "account.changePassword",
    description: "choose their own password",
    input: () => ({ currentPassword: PASSWORD, newPassword: "A-brand-new-passphrase-9", confirmPassword: "A-brand-new-passphrase-9" }),
    permission: () => ["workspace.access"],
  },
];

function policySays(caller: CurrentUser | null, request: PermissionRequest): Decision {
  const ask = explain as (user: CurrentUser | null, action: Action, subject?: unknown) => Decision;
  const access = ask(caller, "workspace.access");
  if (!access.allowed) return access;
  const [action, subject] = request as readonly [Action, unknown?];
  return ask(caller, action, subject);
}

describe.each(testBackends())("server actions on %s", (backend) => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let passwordHash: string;
  let actions: Found[];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    useDatabase(database);
    prisma = database.prisma;
    passwordHash = await hashPassword(PASSWORD);
    actions = (await allActions()).found;
  });
  afterEach(() => setRequestContextForTests(null));
  afterAll(async () => {
    setRequestContextForTests(null);
    await database.close();
  });

  async function person(role: Role, active = true): Promise<CurrentUser> {
    return prisma.user.create({
      data: { email: `${unique(role.toLowerCase())}@mofa.example`, name: `${role} ${sequence}`, role, active, passwordHash, translatorLocales: role === "TRANSLATOR" ? ["en"] : [] },
      select: CURRENT_USER_SELECT,
    });
  }

  async function world(caller: Caller): Promise<World> {
    const principal = caller === "anonymous" ? null : caller === "deactivated" ? await person("EDITOR", false) : await person(caller);
    return { caller: principal, target: await person("WRITER"), inactiveTarget: await person("WRITER", false) };
  }

  it("finds every action, and every export of an actions file is a defined action", async () => {
    const { found, strays } = await allActions();
    expect(strays).toEqual([]);
    expect(found.length).toBeGreaterThan(0);
    const names = found.map((entry) => entry.action.definition.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a case for every action, and no case for an action that does not exist", () => {
    const names = new Set(actions.map((entry) => entry.action.definition.name));
    const covered = new Set(CASES.map((entry) => entry.action));
    expect([...names].filter((name) => !covered.has(name)), "actions without a case below").toEqual([]);
    expect([...covered].filter((name) => !names.has(name)), "cases for no action").toEqual([]);
  });

  for (const testCase of CASES) {
    describe(`${testCase.action}: ${testCase.description}`, () => {
      it.each(CALLERS)("as %s, is refused exactly when the policy refuses", async (caller) => {
        const found = actions.find((entry) => entry.action.definition.name === testCase.action);
        expect(found, `no action named ${testCase.action}`).toBeDefined();
        const setting = await world(caller);
        setRequestContextForTests(async () => ({ user: setting.caller, ipAddress: "203.0.113.7" }));
        const decision = policySays(setting.caller, testCase.permission(setting));
        const eventsBefore = await prisma.auditEvent.count();

        let result: ActionResult<unknown> | "redirected";
        try {
          result = await found!.action(testCase.input(setting));
        } catch (error) {
          // A successful action may redirect afterwards (choosing a password sends you to sign in again).
          if (error instanceof Error && error.message === "NEXT_REDIRECT") result = "redirected";
          else throw error;
        }

        if (decision.allowed) {
          expect(result === "redirected" || result.ok, `expected ${testCase.action} to succeed for ${caller}: ${JSON.stringify(result)}`).toBe(true);
          expect(await prisma.auditEvent.count()).toBeGreaterThan(eventsBefore);
        } else {
          expect(result).not.toBe("redirected");
          const refused = result as Exclude<ActionResult<unknown>, { ok: true }>;
          expect(refused).toMatchObject({ ok: false, code: setting.caller ? "forbidden" : "unauthenticated", error: decision.reason });
          expect(await prisma.auditEvent.count(), "a refused call must leave no trace").toBe(eventsBefore);
        }
      });
    });
  }
});
