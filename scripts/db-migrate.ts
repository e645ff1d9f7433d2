import { loadEnvOrExit } from "@/lib/env";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { runCli } from "./run-cli";

runCli(async () => {
  const env = loadEnvOrExit();
  await withDatabase(env, (database) => migrateDatabase(database));
});
