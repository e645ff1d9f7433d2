import { parseArgs } from "node:util";
import { z } from "zod";
import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { describeTarget } from "@/lib/db/open-database";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/email";
import { PASSWORD_RULES, passwordWeakness } from "@/lib/auth/password";
import { hasTranslationLanguages, ROLES } from "@/lib/auth/policy";
import { createUser } from "@/lib/users/create-user";
import { CliError, runCli } from "./run-cli";
import { ActionError } from "@/lib/errors";

/*
 * `npm run user:create -- --email <email> --name "<name>" --role <admin|editor|writer|translator> [--locales en,ru]`
 * Creates an account on the configured database (the first admin of a new installation, typically). The password
 * is read as one line from standard input, so it never appears in the shell history or the process list:
 *
 *   printf '%s\n' 'a-long-passphrase-2026' | npm run user:create -- --email ada@mofa.example --name "Ada Lee" --role admin
 */

const USAGE =
  'usage: npm run user:create -- --email <email> --name "<name>" --role <admin|editor|writer|translator> [--locales en,ru]\n' +
  "       (the password is read as one line from standard input)";

const ROLE_NAMES = ROLES.map((role) => role.toLowerCase());

function parseArguments(argv: string[], siteLocales: readonly string[]) {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, locales: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  const missing = ["email", "name", "role"].filter((option) => !values[option]?.trim());
  if (missing.length) throw new CliError(`missing --${missing.join(", --")}\n${USAGE}`);

  const email = values.email!.trim();
  if (email.length > MAX_EMAIL_LENGTH || !z.email().safeParse(email).success) throw new CliError(`"${email}" is not an email address`);
  const roleName = values.role!.trim().toLowerCase();
  if (!ROLE_NAMES.includes(roleName)) throw new CliError(`unknown role "${values.role}": use one of ${ROLE_NAMES.join(", ")}`);
  const role = ROLES[ROLE_NAMES.indexOf(roleName)]!;

  const locales = (values.locales ?? "")
    .split(",")
    .map((locale) => locale.trim())
    .filter(Boolean);
  if (locales.length && !hasTranslationLanguages(role)) throw new CliError("--locales is only for translators (the languages they translate into)");
  const unknown = locales.filter((locale) => !siteLocales.includes(locale));
  if (unknown.length) throw new CliError(`unknown locale ${unknown.join(", ")}: the site's locales are ${siteLocales.join(", ")} (CHANCERY_LOCALES)`);
  return { email, name: values.name!.trim(), role, locales };
}

/** One line from standard input; without echo when a person types it at a terminal. */
async function readPasswordLine(): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) process.stderr.write("Password: ");
  const line = await new Promise<string>((resolve, reject) => {
    let buffer = "";
    const muted = stdin.isTTY && typeof stdin.setRawMode === "function";
    if (muted) stdin.setRawMode(true);
    stdin.setEncoding("utf8");
    const finish = (value: string) => {
      stdin.off("data", onData);
      stdin.off("end", onEnd);
      stdin.off("error", reject);
      if (muted) {
        stdin.setRawMode(false);
        process.stderr.write("\n");
      }
      stdin.pause();
      resolve(value);
    };
    const onData = (chunk: string) => {
      if (muted && chunk.includes("\u0003")) {
        stdin.setRawMode(false);
        process.exit(130);
      }
      buffer += chunk;
      const end = buffer.search(/\r|\n/);
      if (end >= 0) finish(buffer.slice(0, end));
    };
    const onEnd = () => finish(buffer);
    stdin.on("data", onData);
    stdin.on("end", onEnd);
    stdin.on("error", reject);
    stdin.resume();
  });
  return line;
}

runCli(async () => {
  const env = loadEnvOrExit();
  const input = parseArguments(process.argv.slice(2), env.CHANCERY_LOCALES);
  const password = await readPasswordLine();
  if (!password) throw new CliError("no password on standard input: pipe it in as one line, or type it when asked");
  const weakness = passwordWeakness(password);
  if (weakness) throw new CliError(`password refused: ${weakness} A password needs ${PASSWORD_RULES}.`);

  await withDatabase(env, async (database) => {
    // A new installation may not be migrated yet; creating its first admin should not need a separate step.
    await migrateDatabase(database, (line) => {
      if (line.startsWith("Migrated")) console.log(line);
    });
    try {
      const created = await database.prisma.$transaction((tx) =>
        createUser(
          { tx, actor: null, ipAddress: null },
          { email: input.email, name: input.name, role: input.role, translatorLocales: input.locales, password, via: "command line" },
        ),
      );
      const locales = hasTranslationLanguages(created.user.role) && input.locales.length ? ` translating into ${input.locales.join(", ")}` : "";
      console.log(`Created ${created.user.role.toLowerCase()} ${created.user.email} (${created.user.name})${locales} on ${describeTarget(database.target)}.`);
      if (hasTranslationLanguages(created.user.role) && !input.locales.length) {
        console.log("Note: this translator has no languages yet; an admin can add them on the users page, or use --locales.");
      }
    } catch (error) {
      if (error instanceof ActionError) throw new CliError(error.message.replace(/\.$/, `: ${input.email.toLowerCase()}`));
      throw error;
    }
  });
});
