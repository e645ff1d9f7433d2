import { DataFolderInUseError } from "@/lib/db/pglite-lock";
import { MigrationError } from "@/lib/db/migrate";

/** Runs a command-line task: expected failures print one clear line and exit 1; anything else shows its stack. */
export function runCli(main: () => Promise<void | number>): void {
  main().then(
    (code) => process.exit(typeof code === "number" ? code : 0),
    (error: unknown) => {
      if (error instanceof DataFolderInUseError || error instanceof MigrationError || error instanceof CliError) {
        console.error(`error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}

export class CliError extends Error {}
