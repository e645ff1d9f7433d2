import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { ArchiveError, importArchive } from "@/lib/archive/archive";
import { describeTarget } from "@/lib/db/open-database";
import { migrateDatabase, withDatabase } from "@/lib/db/prepare";
import { loadEnvOrExit } from "@/lib/env";
import { mediaStorage } from "@/lib/media/storage";
import { CliError, runCli } from "./run-cli";

const USAGE = "usage: npm run import-archive -- FILE   (restores into an empty database; - reads standard input)";

/** `npm run import-archive -- FILE`: restores an archive made by `npm run export` into a new database (docs/archive.md). */
runCli(async () => {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length) throw new CliError(USAGE);
  const env = loadEnvOrExit();
  await withDatabase(env, async (database) => {
    await migrateDatabase(database, (line) => console.error(line));
    const input = file === "-" ? process.stdin : createReadStream(file);
    const lines = createInterface({ input, crlfDelay: Infinity });
    try {
      const storage = mediaStorage();
      const summary = await importArchive(database.prisma, lines, { storage });
      const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
      console.error(
        `Restored ${total} rows into ${describeTarget(database.target)} and ${summary.files} media files into the ${storage.name} storage; fingerprint ${summary.sha256} matches the archive.`,
      );
      if (summary.missingFiles.length > 0) {
        console.error(`The archive (format 1) carried no media files: copy the ${summary.missingFiles.length} originals it names (${summary.missingFiles[0]}, …) from the old media folder or bucket.`);
      }
      if (!summary.passwordHashes) {
        console.error("The archive held no password hashes: no account can sign in. Create an admin with `npm run user:create`, then reset the others' passwords.");
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw new CliError(`${error.message} (no record was restored)`);
      throw error;
    }
  });
});
