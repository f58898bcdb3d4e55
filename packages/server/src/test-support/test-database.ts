import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../db/client.js";
import { runMigrations } from "../db/migrate.js";

/** Which database this test run uses: PGlite in memory, or PostgreSQL (TEST_DATABASE_URL). */
export const TEST_DB_KIND = process.env.AIMS_TEST_DB === "postgresql" ? "postgresql" : "pglite";

/**
 * A fresh, migrated database for one test file. On PostgreSQL each call creates its own
 * database beside TEST_DATABASE_URL's and drops it on close, so files never share state.
 */
export async function createTestDatabase(
  options: { migrate?: boolean; onQuery?: (q: string) => void } = {},
): Promise<Database> {
  let database: Database;
  if (TEST_DB_KIND === "postgresql") {
    const base = process.env.TEST_DATABASE_URL;
    if (!base) throw new Error("AIMS_TEST_DB=postgresql needs TEST_DATABASE_URL");
    const { url, drop } = await createScratchDatabase(base);
    const opened = await openDatabase({ kind: "postgresql", url, onQuery: options.onQuery });
    database = {
      ...opened,
      close: async () => {
        await opened.close();
        await drop();
      },
    };
  } else {
    database = await openDatabase({
      kind: "pglite",
      dataDir: null,
      command: "test",
      onQuery: options.onQuery,
    });
  }
  if (options.migrate !== false) await runMigrations(database);
  return database;
}

/** Creates an empty PostgreSQL database next to `baseUrl`; `drop` removes it. */
export async function createScratchDatabase(
  baseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `aims_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
