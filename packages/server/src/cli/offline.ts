import { loadConfig, type Config } from "../config.js";
import { databaseOptions, openDatabase, type Database } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";

export type CommonOptions = { dataDir?: string; json?: boolean };

export function configFrom(opts: CommonOptions, overrides: Partial<Config> = {}): Config {
  return loadConfig(process.env, { ...(opts.dataDir ? { AIMS_DATA_DIR: opts.dataDir } : {}), ...overrides });
}

/**
 * Runs an offline command against the database: the embedded one is locked for the duration,
 * so a running server (or another command) makes this fail with the holder's PID.
 */
export async function withDatabase<T>(
  opts: CommonOptions,
  command: string,
  migrate: boolean,
  run: (database: Database) => Promise<T>,
): Promise<T> {
  const config = configFrom(opts);
  const database = await openDatabase(databaseOptions(config, command));
  try {
    if (migrate) await runMigrations(database);
    else await assertInitialized(database);
    return await run(database);
  } finally {
    await database.close();
  }
}

async function assertInitialized(database: Database): Promise<void> {
  const rows = await database.query(`SELECT to_regclass('public.audit_events') IS NOT NULL AS ok`);
  if (!rows[0]?.ok)
    throw new Error("the database has no OpenAIMS schema yet; run `aims migrate` or `aims serve` first");
}

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new Error('--password-stdin expects the password on standard input, e.g. `echo "$PW" | aims ...`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Prints a result: JSON for scripts with --json, else the human lines. */
export function output(opts: CommonOptions, value: unknown, lines: string[]): void {
  if (opts.json) console.log(JSON.stringify(value, null, 2));
  else for (const l of lines) console.log(l);
}

/** Prints a file's problems one per line (`file: line 7 (kind): ...`) before the one-line failure. */
export function printIssues(file: string, error: unknown): void {
  const issues = (error as { details?: { issues?: { path: string; message: string }[] } }).details?.issues;
  for (const i of issues ?? []) console.error(`${file}: ${i.path}: ${i.message}`);
}
