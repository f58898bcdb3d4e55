/**
 * Starts a real OpenAIMS server on a free port with a fresh data directory, and a headless
 * Debian chromium, for the browser tests. Builds nothing: run `npm run build` first.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext } from "playwright-core";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL("./screenshots/", import.meta.url));
const WEB_INDEX = join(REPO_ROOT, "packages/web/dist/index.html");
const CLI = join(REPO_ROOT, "packages/server/bin/aims.js");

export type RunningServer = {
  baseUrl: string;
  /** The first-run link, when the server printed one (no user yet). */
  setupLink: string | null;
  output: () => string;
  stop: () => Promise<void>;
};

/** The environment of the test server: a fresh embedded database, links to itself, quiet logs. */
function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, AIMS_LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  delete env.AIMS_PUBLIC_URL;
  delete env.AIMS_HOST;
  return { ...env, ...extra };
}

export type StartOptions = {
  timeoutMs?: number;
  /** Settings for this server only (e.g. a low AIMS_PORTAL_RATE_LIMIT). */
  env?: Record<string, string>;
};

/** Spawns `aims serve --port 0` and resolves once it printed its URL (and setup link). */
export async function startServer(options: number | StartOptions = {}): Promise<RunningServer> {
  const { timeoutMs = 60_000, env: extraEnv = {} } =
    typeof options === "number" ? { timeoutMs: options } : options;
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing`);
  if (!existsSync(WEB_INDEX)) throw new Error("packages/web/dist is not built: run `npm run build` first");
  const dataDir = await mkdtemp(join(tmpdir(), "aims-e2e-data-"));
  const proc: ChildProcess = spawn(process.execPath, [CLI, "serve", "--port", "0", "--data-dir", dataDir], {
    cwd: REPO_ROOT,
    env: serverEnv(extraEnv),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
  proc.stderr?.on("data", (chunk: Buffer) => (out += chunk.toString()));

  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const started = Date.now();
    let listeningAt: number | null = null;
    const timer = setInterval(() => {
      // "OpenAIMS <version> listening on http://127.0.0.1:<port>" (not Fastify's own log line).
      const listening = /OpenAIMS\b[^\n]*?listening on (http:\/\/[^\s)]+)/.exec(out);
      if (listening?.[1]) listeningAt ??= Date.now();
      // The setup link follows at once when no user exists; wait briefly for it.
      if (listening?.[1] && (/Setup link: \S+/.test(out) || Date.now() - listeningAt! > 2_000)) {
        clearInterval(timer);
        resolve(listening[1]);
      } else if (proc.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the server exited with code ${proc.exitCode}:\n${out}`));
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`the server did not start within ${timeoutMs} ms:\n${out}`));
      }
    }, 100);
  }).catch(async (e: unknown) => {
    await stop();
    throw e;
  });
  const setupLink = /Setup link: (\S+)/.exec(out)?.[1] ?? null;
  return { baseUrl, setupLink, output: () => out, stop };
}

export type Browser = { context: BrowserContext; close: () => Promise<void> };

/** Headless Debian chromium with a throw-away profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "aims-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(20_000);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Where a screenshot goes (packages/web/e2e/screenshots/, git-ignored). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
