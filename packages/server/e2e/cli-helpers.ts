import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const AIMS = join(REPO, "packages/server/bin/aims.js");
export const tempDir = (prefix = "aims-e2e-") => mkdtempSync(join(tmpdir(), prefix));

/** Environment for a child: never inherit a DATABASE_URL by accident. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AIMS_LOG_LEVEL: "warn", ...extra };
  if (!("DATABASE_URL" in extra)) delete env.DATABASE_URL;
  return env;
}

/** Runs `aims ...` to completion. */
export function aims(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [AIMS, ...args], {
    cwd: REPO,
    input: opts.input ?? "",
    env: childEnv(opts.env),
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export type Served = {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
};

/** Starts `aims serve --port 0` and resolves once it prints its URL. */
export function serve(args: string[], env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [AIMS, "serve", "--port", "0", ...args], {
    cwd: REPO,
    env: childEnv(env),
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1]!,
          output: () => out,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done(child.exitCode);
              child.once("exit", (code) => done(code));
              child.kill("SIGTERM");
            }),
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

/** The setup token printed by a fresh server. */
export const setupToken = (output: string) => /setup\?token=([\w-]+)/.exec(output)?.[1] ?? null;
