/**
 * A data directory the server cannot use at start (held by another process, read-only, on a full
 * disk) stops `aims serve` with one clear line and a non-zero exit, never a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AIMS, REPO, childEnv, tempDir } from "./cli-helpers.js";

const isRoot = process.getuid?.() === 0;
const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const c of cleanups) c();
});

/** `aims serve` on `dataDir`, optionally as another OS user; returns once it exits. */
function serveOnce(dataDir: string, asUser?: string) {
  const command = [process.execPath, AIMS, "serve", "--port", "0", "--data-dir", dataDir];
  const [bin, ...args] = asUser ? ["runuser", "-u", asUser, "--", ...command] : command;
  const r = spawnSync(bin!, args, { cwd: REPO, env: childEnv(), encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stderr: r.stderr.trim(), stdout: r.stdout };
}

function expectOneClearLine(result: ReturnType<typeof serveOnce>, pattern: RegExp) {
  expect(result.status, result.stderr).not.toBe(0);
  expect(result.status).not.toBeNull(); // it exited, it did not hang until the timeout
  expect(result.stderr.split("\n"), result.stderr).toHaveLength(1);
  expect(result.stderr).toMatch(/^aims: /);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|\[object Object\]/);
}

describe("a data directory the server cannot use", () => {
  it("names the process that holds the lock", () => {
    const dataDir = tempDir();
    const holder = spawn("sleep", ["120"]);
    cleanups.push(() => holder.kill());
    writeFileSync(
      join(dataDir, "aims.lock"),
      JSON.stringify({
        pid: holder.pid,
        host: hostname(),
        command: "serve",
        since: new Date().toISOString(),
      }),
    );
    expectOneClearLine(serveOnce(dataDir), new RegExp(`in use by process ${holder.pid}.*stop it first`));
  });

  // Root ignores file permissions, so the server runs as `nobody` for this case.
  it.skipIf(!isRoot)("says a read-only directory is not writable", () => {
    const dataDir = join(tempDir(), "read-only");
    mkdirSync(dataDir, { mode: 0o555 });
    chmodSync(dataDir, 0o555);
    expectOneClearLine(serveOnce(dataDir, "nobody"), /not writable/);
  });

  // A 1 MiB tmpfs holds the lock file but not the database: the disk fills while it is created.
  const mountPoint = tempDir("aims-full-");
  const mounted =
    isRoot && spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint]).status === 0;
  if (mounted) cleanups.push(() => void spawnSync("umount", [mountPoint]));
  else
    console.warn(
      "skipping the full-disk case: a small tmpfs cannot be mounted here (needs root and mount rights)",
    );
  it.skipIf(!mounted)("says the disk is full", () => {
    expectOneClearLine(serveOnce(join(mountPoint, "data")), /no space left/);
  });
});
