import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { describeTarget } from "@/lib/db/open-database";
import { prepareFirstStart } from "@/lib/seed/first-start";
import { CliError, runCli } from "./run-cli";

const USAGE = "usage: npm run db:seed -- [--demo]   (--demo is required on PostgreSQL: it creates the demo accounts)";

runCli(async () => {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== "--demo");
  if (unknown.length) throw new CliError(`unknown argument ${unknown[0]}\n${USAGE}`);
  const env = loadEnvOrExit();
  if (env.DATABASE_URL && !args.includes("--demo")) {
    throw new CliError(`refusing to put demo accounts on ${describeTarget({ backend: "postgres", url: env.DATABASE_URL })} without --demo.\n${USAGE}`);
  }
  await withDatabase(env, async (database) => {
    await migrateDatabase(database);
    const users = await database.prisma.user.count();
    if (users > 0) {
      console.log(`Seed skipped: the database already has ${users} user(s).`);
      return;
    }
    // The same demo as a first embedded start: accounts, taxonomy and the sample pages as published documents.
    await prepareFirstStart(database.prisma, { ...env, demo: true }, console.log);
  });
});
