import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "../../db/lock.js";

const dir = () => mkdtempSync(join(tmpdir(), "aims-lock-"));

describe("data directory lock", () => {
  it("is exclusive and names the holder", () => {
    const d = dir();
    const lock = lockDataDir(d, "serve");
    expect(() => lockDataDir(d, "migrate")).toThrow(
      new RegExp(`in use by process ${process.pid}.*aims serve`),
    );
    lock.release();
    lockDataDir(d, "migrate").release();
  });

  it("takes over a lock left by a process that no longer runs", () => {
    const d = dir();
    writeFileSync(
      join(d, "aims.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: "serve", since: "2020-01-01" }),
    );
    const lock = lockDataDir(d, "serve");
    expect(JSON.parse(readFileSync(join(d, "aims.lock"), "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
