import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { ARCHIVE_FORMAT_VERSION, exportArchive } from "@/lib/archive/archive";
import { describeTarget } from "@/lib/db/open-database";
import { withDatabase } from "@/lib/db/prepare";
import { loadEnvOrExit } from "@/lib/env";
import { mediaStorage } from "@/lib/media/storage";
import { CliError, runCli } from "./run-cli";

const USAGE = "usage: npm run export -- [--output FILE] [--with-password-hashes]   (JSON lines on standard output without --output)";

/** `npm run export`: the whole record as a versioned archive (docs/archive.md). Reads only; the server may keep running on PostgreSQL. */
runCli(async () => {
  let values: { output?: string; "with-password-hashes"?: boolean };
  try {
    ({ values } = parseArgs({ options: { output: { type: "string", short: "o" }, "with-password-hashes": { type: "boolean" } }, strict: true }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n${USAGE}`);
  }
  const env = loadEnvOrExit();
  await withDatabase(env, async (database) => {
    const out = values.output ? createWriteStream(values.output, { flags: "wx", mode: 0o600 }) : process.stdout;
    let rows = -2;
    let files = 0;
    for await (const line of exportArchive(database.prisma, { passwordHashes: values["with-password-hashes"] === true, storage: mediaStorage() })) {
      if (!out.write(`${line}\n`)) await once(out, "drain");
      if (line.startsWith('{"file":')) files++;
      else rows++;
    }
    if (out !== process.stdout) {
      out.end();
      await once(out, "finish");
    }
    console.error(
      `Exported ${rows} rows and ${files} media files from ${describeTarget(database.target)} (archive format ${ARCHIVE_FORMAT_VERSION}` +
        `${values["with-password-hashes"] ? ", with password hashes: keep it as secret as the database" : ", without password hashes"})` +
        (values.output ? ` to ${values.output}.` : "."),
    );
  });
});
