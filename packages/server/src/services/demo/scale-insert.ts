// Bulk inserts for the scale organization: one array parameter per column, expanded by
// `unnest`, so a statement carries thousands of rows with a dozen parameters (two to three times
// faster than multi-row VALUES on both PostgreSQL and PGlite). Values go through each column's own
// driver mapping (JSON, timestamps), exactly as Drizzle would send them one by one.
import { getTableColumns, sql } from "drizzle-orm";
import type { PgColumn, PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import type { AimsDb, DbOrTx } from "../../db/client.js";

const ROWS_PER_STATEMENT = 5_000;
/** For tables with binary columns (sent as multi-row VALUES): parameters per statement, under 65,535. */
const PARAMETERS_PER_INSERT = 30_000;

/** The array type to cast a column's parameter to. */
function arrayType(column: PgColumn): string {
  const type = column.getSQLType();
  if (type.startsWith("timestamp")) return type.includes("with time zone") ? "timestamptz[]" : "timestamp[]";
  return `${type}[]`;
}

/**
 * Inserts rows inside the caller's transaction. Every key present in some row becomes a column;
 * a row without it sends NULL there (so such keys must name nullable columns).
 */
export async function insertRows<T extends PgTable>(
  tx: DbOrTx,
  table: T,
  rows: PgInsertValue<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (keys.some((k) => columns[k]!.getSQLType() === "bytea")) {
    const size = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / keys.length));
    for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size));
    return;
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const part = rows.slice(i, i + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const names = sql.join(
      keys.map((k) => sql.identifier(columns[k]!.name)),
      sql`, `,
    );
    const arrays = sql.join(
      keys.map((k) => {
        const column = columns[k]!;
        const values = part.map((r) =>
          r[k] === undefined || r[k] === null ? null : column.mapToDriverValue(r[k]),
        );
        return sql`${sql.param(values)}::${sql.raw(arrayType(column))}`;
      }),
      sql`, `,
    );
    await tx.execute(sql`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`);
  }
}

/** Inserts all rows of a table in one transaction. */
export async function bulkInsert<T extends PgTable>(
  db: AimsDb,
  table: T,
  rows: PgInsertValue<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction((tx) => insertRows(tx, table, rows));
}
