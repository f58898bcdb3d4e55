import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema/index.js";
import { lockDataDir, type DataDirLock } from "./lock.js";

export type AimsDb = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<AimsDb["transaction"]>[0]>[0];
/** A function that may run inside a caller's transaction or on its own. */
export type DbOrTx = AimsDb | Tx;

export type DatabaseKind = "pglite" | "postgresql";

export type Database = {
  db: AimsDb;
  kind: DatabaseKind;
  /** PostgreSQL connection URL (null for PGlite). */
  url: string | null;
  /** Runs raw SQL text (used by migrations' lock, backup and tests). */
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

/**
 * Called with every SQL statement Drizzle sends and its parameters (tests count queries per
 * request with it; the benchmark replays a request's statements directly as its ceiling).
 */
export type QueryListener = (query: string, params: unknown[]) => void;

export type OpenOptions = (
  { kind: "pglite"; dataDir: string | null; command: string } | { kind: "postgresql"; url: string }
) & { onQuery?: QueryListener };

const loggerFor = (onQuery?: QueryListener) =>
  onQuery ? { logQuery: (q: string, params: unknown[]) => onQuery(q, params) } : false;

/** The PGlite files live in a subfolder so the lock file and backups sit beside them. */
export const pgliteDir = (dataDir: string) => join(resolve(dataDir), "pgdata");

/** Opens the embedded database (after locking its directory) or a PostgreSQL pool. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === "postgresql") {
    // A bounded wait for a connection: while the database is down a request answers 503 promptly.
    const pool = new pg.Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 5_000 });
    pool.on("error", () => {
      /* an idle client lost its connection; the pool replaces it */
    });
    // A client checked out by a transaction has no pool listener: without this one, a restart of
    // the database between two statements emits an unhandled 'error' and kills the process. The
    // statement in flight fails on its own and the pool discards the broken client on release.
    pool.on("connect", (client) => {
      client.on("error", () => {
        /* reported to the request through its failed statement */
      });
    });
    const db = drizzlePg(pool, { schema, logger: loggerFor(options.onQuery) }) as unknown as AimsDb;
    return {
      db,
      kind: "postgresql",
      url: options.url,
      query: async (text, params) => (await pool.query(text, params)).rows,
      close: () => pool.end(),
    };
  }
  let lock: DataDirLock | null = null;
  if (options.dataDir !== null) lock = lockDataDir(options.dataDir, options.command);
  try {
    // pg_trgm serves substring search (`q`) from GIN indexes on both databases.
    const extensions = { pg_trgm };
    const client =
      options.dataDir === null
        ? new PGlite({ extensions })
        : new PGlite(pgliteDir(options.dataDir), { extensions });
    await client.waitReady;
    const db = drizzlePglite(client, { schema, logger: loggerFor(options.onQuery) }) as unknown as AimsDb;
    return {
      db,
      kind: "pglite",
      url: null,
      query: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (e) {
    lock?.release();
    throw openFailure(options.dataDir, e);
  }
}

/** Emscripten's errno numbers (PGlite's file system) for the failures a person can fix. */
const pgliteErrno: Record<number, string> = {
  2: "permission denied",
  29: "input/output error",
  51: "no space left on the device",
  69: "the file system is read-only",
};

/**
 * PGlite throws its file-system failures as plain objects (`ErrnoError { errno }`), which would
 * reach the person as "[object Object]": say what failed and where instead.
 */
function openFailure(dataDir: string | null, error: unknown): unknown {
  if (error instanceof Error) return error;
  const errno = (error as { errno?: unknown } | null)?.errno;
  const reason =
    typeof errno === "number" ? (pgliteErrno[errno] ?? `file system error ${errno}`) : String(error);
  return new Error(`the embedded database in ${dataDir ?? "memory"} could not be opened: ${reason}`, {
    cause: error,
  });
}

/** Chooses the database from configuration: DATABASE_URL wins, else the embedded data directory. */
export function databaseOptions(
  config: { DATABASE_URL?: string | undefined; AIMS_DATA_DIR: string },
  command: string,
): OpenOptions {
  return config.DATABASE_URL
    ? { kind: "postgresql", url: config.DATABASE_URL }
    : { kind: "pglite", dataDir: config.AIMS_DATA_DIR, command };
}
