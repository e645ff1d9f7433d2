import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite is a single-process database: two processes opening one data folder corrupt it.
 * Whoever opens the folder first holds `chancery.lock` (with its pid); anyone else is refused
 * with a message saying who holds it. A lock left by a process that no longer exists is taken over.
 */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
    readonly holderCommand: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${holderPid}: ${holderCommand}). ` +
        "PGlite allows one process at a time: stop that process first, or set DATABASE_URL to use PostgreSQL, " +
        "which any number of processes can share.",
    );
    this.name = "DataFolderInUseError";
  }
}

interface LockRecord {
  pid: number;
  command: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockRecord | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockRecord;
  } catch {
    return null;
  }
}

/** Takes the folder's lock or throws DataFolderInUseError. Returns the release function. */
export function lockDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "chancery.lock");
  const record: LockRecord = { pid: process.pid, command: process.argv.slice(1).join(" ").slice(0, 200), since: new Date().toISOString() };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify(record));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      if (holder && holder.pid === process.pid) {
        throw new DataFolderInUseError(dataDir, holder.pid, "this same process (opened twice)");
      }
      if (holder && isAlive(holder.pid)) throw new DataFolderInUseError(dataDir, holder.pid, holder.command);
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${path}; remove it if no Chancery process is running.`);
}
