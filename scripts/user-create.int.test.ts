import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { verifyPassword } from "@/lib/auth/password";
import { createEmptyTestDatabase, testBackends, type TestDatabase } from "@/test-support/test-database";

const TSX = join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const STRONG = "First-admin-passphrase-26";

type Run = { code: number | null; stdout: string; stderr: string };

function userCreate(args: string[], stdin: string | null, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, "scripts/user-create.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: "", CHANCERY_LOCALES: "ko,en,ru", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    if (stdin !== null) child.stdin.write(stdin);
    child.stdin.end();
  });
}

describe.each(testBackends())("npm run user:create on %s", (backend) => {
  let env: Record<string, string>;
  let postgres: TestDatabase | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (backend === "postgres") {
      // A database nobody has migrated yet, as on a new installation.
      postgres = await createEmptyTestDatabase("postgres");
      env = { DATABASE_URL: postgres.url! };
    } else {
      dataDir = mkdtempSync(join(tmpdir(), "chancery-user-create-"));
      env = { CHANCERY_DATA_DIR: dataDir };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Opens the database the command wrote to (PGlite: only once the command has let go of the folder). */
  async function inspect<T>(work: (database: Database) => Promise<T>): Promise<T> {
    const database = postgres ? await openDatabase({ backend: "postgres", url: postgres.url! }) : await openDatabase({ backend: "pglite", dataDir });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }

  it("creates the first admin from a password read on standard input, migrating the database first", async () => {
    const run = await userCreate(["--email", "Ada@Mofa.example", "--name", "Ada Lee", "--role", "admin"], `${STRONG}\n`, env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Created admin ada@mofa.example (Ada Lee)");
    await inspect(async (database) => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email: "ada@mofa.example" } });
      expect(user).toMatchObject({ name: "Ada Lee", role: "ADMIN", active: true, mustChangePassword: false });
      expect(await verifyPassword(STRONG, user.passwordHash)).toBe(true);
      expect(await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.created" } })).toMatchObject({ actorId: null, subjectId: user.id });
    });
  });

  it("creates a translator with their languages", async () => {
    const run = await userCreate(["--email", "tom@mofa.example", "--name", "Tom", "--role", "translator", "--locales", "en,ru"], STRONG, env);
    expect(run.code).toBe(0);
    await inspect(async (database) => {
      expect((await database.prisma.user.findUniqueOrThrow({ where: { email: "tom@mofa.example" } })).translatorLocales).toEqual(["en", "ru"]);
    });
  });

  it("refuses a duplicate email, whatever its case", async () => {
    const run = await userCreate(["--email", "ADA@mofa.example", "--name", "Someone", "--role", "editor"], `${STRONG}\n`, env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("error: An account with this email already exists: ada@mofa.example");
  });

  it("refuses a weak password with the rules", async () => {
    const run = await userCreate(["--email", "new@mofa.example", "--name", "New", "--role", "writer"], "password\n", env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: password refused: Password must be at least 12 characters\. A password needs at least 12 characters/);
  });

  it("refuses an unknown role, naming the ones there are", async () => {
    const run = await userCreate(["--email", "new@mofa.example", "--name", "New", "--role", "superuser"], `${STRONG}\n`, env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('error: unknown role "superuser": use one of admin, editor, writer, translator');
  });

  it("refuses missing options, languages for a non-translator, unknown languages and an empty password", async () => {
    const missing = await userCreate(["--email", "new@mofa.example"], `${STRONG}\n`, env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("missing --name, --role");
    const locales = await userCreate(["--email", "new@mofa.example", "--name", "New", "--role", "writer", "--locales", "en"], `${STRONG}\n`, env);
    expect(locales.stderr).toContain("--locales is only for translators");
    const unknown = await userCreate(["--email", "new@mofa.example", "--name", "New", "--role", "translator", "--locales", "xx"], `${STRONG}\n`, env);
    expect(unknown.stderr).toContain("unknown locale xx");
    const empty = await userCreate(["--email", "new@mofa.example", "--name", "New", "--role", "writer"], "", env);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain("no password on standard input");
    await inspect(async (database) => expect(await database.prisma.user.count({ where: { email: "new@mofa.example" } })).toBe(0));
  });
});
