import { fileURLToPath } from "node:url";
import pg from "pg";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { DomainError } from "@openaims/core";
import type { Database } from "./client.js";

/** The one migration set, shared by PGlite and PostgreSQL (packages/server/drizzle). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../../drizzle", import.meta.url));

const MIGRATION_LOCK = 42420001;

/**
 * Applies pending migrations in one transaction: a failure rolls back every step and leaves the
 * database as it was. On PostgreSQL a session advisory lock on a dedicated connection keeps two
 * starting servers from migrating at once.
 */
export async function runMigrations(database: Database, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  try {
    if (database.url === null) {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
      return;
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.end();
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    const cause = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e);
    throw new DomainError(
      "INTERNAL",
      `database migration failed, nothing was changed: ${cause.split("\n")[0]}`,
    );
  }
}
