// The database and server a benchmark runs against: a scratch PostgreSQL database (on
// BENCH_DATABASE_URL) or a temporary embedded data directory, filled by the scale generator
// through the services, then served by a real `aims serve` process.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const dist = join(repo, "packages/server/dist");
const aims = join(repo, "packages/server/bin/aims.js");
const serverModule = (path) => import(join(dist, path));

export const BENCH_USER = { email: "bench@example.org", password: "bench password long enough" };

/** Creates the empty database; `open()` then opens it in this process (with an optional SQL listener). */
export async function createDatabase(kind) {
  const { openDatabase } = await serverModule("index.js");
  if (kind === "pglite") {
    const dataDir = mkdtempSync(join(tmpdir(), "aims-bench-"));
    return {
      kind,
      dataDir,
      serveArgs: ["--data-dir", dataDir],
      env: { DATABASE_URL: "" },
      open: (onQuery) => openDatabase({ kind, dataDir, command: "bench", onQuery }),
      describe: async () => "PGlite (embedded)",
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `aims_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    serveArgs: [],
    env: { DATABASE_URL: url.toString() },
    open: (onQuery) => openDatabase({ kind, url: url.toString(), onQuery }),
    describe: async () => {
      const [{ server_version }] = (await admin.query("SHOW server_version")).rows;
      return `PostgreSQL ${server_version}`;
    },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Migrates, loads every catalog and the generated organization, and makes the bench user. */
export async function fillDatabase(target, { scale, log }) {
  const { runMigrations } = await serverModule("index.js");
  const { loadBuiltinCatalogs } = await serverModule("services/catalogs/builtin-catalogs.js");
  const { loadScaleOrganization } = await serverModule("services/demo/scale-load.js");
  const { systemContext } = await serverModule("services/context.js");
  const { createUser } = await serverModule("services/users/users-service.js");
  const { createToken } = await serverModule("services/tokens/tokens-service.js");
  const database = await target.open();
  try {
    const t0 = performance.now();
    await runMigrations(database);
    await loadBuiltinCatalogs(database.db);
    const generated = await loadScaleOrganization(database, { scale, onProgress: log });
    const ctx = systemContext(database.db, "bench");
    const user = await createUser(ctx, { ...BENCH_USER, name: "Bench runner", role: "admin" });
    const { token } = await createToken(ctx, user.id, { name: "bench", expiresInDays: 1 });
    return { ...generated, token, totalMs: Math.round(performance.now() - t0) };
  } finally {
    await database.close();
  }
}

/** Starts `aims serve` on a free port; resolves once it prints the URL. */
export function startServer(target) {
  const child = spawn(process.execPath, [aims, "serve", "--port", "0", ...target.serveArgs], {
    env: { ...process.env, AIMS_LOG_LEVEL: "warn", ...target.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const collect = (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], stop: () => stopProcess(child) });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", (d) => (out += d));
    child.once("exit", (code) => reject(new Error(`aims serve exited with ${code}:\n${out}`)));
  });
}

export function stopProcess(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}
