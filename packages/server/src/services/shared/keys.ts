import { sql } from "drizzle-orm";
import { formatKey, type KeyedEntity } from "@openaims/core";
import type { Tx } from "../../db/client.js";

/** Next human-readable key for an entity (`USR-4`), allocated inside the caller's transaction. */
export async function nextKey(tx: Tx, entity: KeyedEntity): Promise<string> {
  const result = (await tx.execute(
    sql`INSERT INTO key_counters (entity, last) VALUES (${entity}, 1)
        ON CONFLICT (entity) DO UPDATE SET last = key_counters.last + 1 RETURNING last`,
  )) as unknown as { rows: { last: number }[] };
  const last = Number(result.rows[0]?.last);
  return formatKey(entity, last);
}
