import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { DomainError } from "@openaims/core";

/**
 * Exclusive lock on the embedded data directory. PGlite has no locking of its own and two
 * processes on one directory corrupt it silently, so every process that opens it takes this first.
 * The lock file is created with O_EXCL; a lock left by a dead process on this host is taken over.
 */
export type DataDirLock = { path: string; release: () => void };

const LOCK_FILE = "aims.lock";

type Holder = { pid: number; host: string; command: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(path: string): Holder | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Holder;
  } catch {
    return null;
  }
}

/** File-system refusals a person can fix, said in one line instead of a raw errno message. */
const unusable: Record<string, string> = {
  EACCES: "is not writable by this user",
  EPERM: "is not writable by this user",
  EROFS: "is on a read-only file system",
  ENOSPC: "is on a full disk",
  ENOTDIR: "is not a directory",
};

function unusableDir(dataDir: string, e: unknown): unknown {
  const reason = unusable[(e as NodeJS.ErrnoException).code ?? ""];
  return reason ? new DomainError("RULE_VIOLATION", `data directory ${dataDir} ${reason}`) : e;
}

/** Takes the lock or throws a DomainError naming the process that holds it (or what is wrong with the folder). */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  try {
    return takeLock(dataDir, command);
  } catch (e) {
    throw unusableDir(dataDir, e);
  }
}

function takeLock(dataDir: string, command: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify(me));
      } catch (e) {
        // A full disk takes the empty file but not its content: leave no half-written lock behind.
        unlinkSync(path);
        throw e;
      } finally {
        closeSync(fd);
      }
      let released = false;
      return {
        path,
        release: () => {
          if (released) return;
          released = true;
          const holder = readHolder(path);
          if (holder?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = readHolder(path);
      // An unreadable lock older than a few seconds was left half-written by a crash.
      const stale =
        holder === null
          ? Date.now() - statSync(path).mtimeMs > 5_000
          : holder.host === me.host && !isAlive(holder.pid);
      if (stale) {
        // A crashed process left its lock behind (or a half-written file): take it over.
        try {
          unlinkSync(path);
        } catch {
          /* another process removed it first; retry */
        }
        continue;
      }
      if (holder === null)
        throw new DomainError("CONFLICT", `data directory ${dataDir} is being locked by another process`);
      throw new DomainError(
        "CONFLICT",
        `data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (\`aims ${holder.command}\`, since ${holder.since}); stop it first`,
        { holderPid: holder.pid },
      );
    }
  }
  throw new DomainError("CONFLICT", `could not lock data directory ${dataDir}`);
}
