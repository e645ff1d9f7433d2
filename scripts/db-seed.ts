import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { describeTarget } from "@/lib/db/open-database";
import { seedDemo } from "@/lib/seed/seed-database";
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
    const report = await seedDemo(database.prisma);
    console.log(report.skipped ? `Seed skipped: ${report.skipped}.` : `Seeded ${report.users} demo accounts and ${report.taxonomy} taxonomy entries.`);
  });
});
