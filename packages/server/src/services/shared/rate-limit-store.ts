import { lt, sql } from "drizzle-orm";
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import type { AimsDb, DbOrTx } from "../../db/client.js";
import { rateLimitCounters } from "../../db/schema/index.js";

type Hit = { current: number; ttl: number };

/** Counts one request for `key` in a fixed window and returns the count and the time left in it. */
export async function countRequest(db: DbOrTx, key: string, windowMs: number): Promise<Hit> {
  const windowSql = sql`make_interval(secs => ${windowMs / 1000})`;
  const result = (await db.execute(sql`
    INSERT INTO rate_limit_counters AS c (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN c.window_start + ${windowSql} <= now() THEN 1 ELSE c.hits + 1 END,
      window_start = CASE WHEN c.window_start + ${windowSql} <= now() THEN now() ELSE c.window_start END
    RETURNING hits, (extract(epoch FROM (c.window_start + ${windowSql} - now())) * 1000)::int AS ttl`)) as unknown as {
    rows: { hits: number; ttl: number }[];
  };
  const row = result.rows[0];
  return { current: Number(row?.hits ?? 1), ttl: Math.max(0, Number(row?.ttl ?? windowMs)) };
}

/** Drops counters whose window ended long ago (maintenance job). */
export async function purgeRateLimitCounters(db: DbOrTx, olderThanMs = 60 * 60_000): Promise<void> {
  await db
    .delete(rateLimitCounters)
    .where(lt(rateLimitCounters.windowStart, new Date(Date.now() - olderThanMs)));
}

/**
 * A @fastify/rate-limit store kept in the database, so that several server processes sharing one
 * PostgreSQL enforce one limit (docs/ARCHITECTURE.md: counters never live only in memory).
 */
export function databaseRateLimitStore(db: AimsDb, prefix: string): FastifyRateLimitStoreCtor {
  class DatabaseStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: Hit) => void, timeWindow: number): void {
      countRequest(db, `${prefix}:${key}`, timeWindow).then(
        (hit) => callback(null, hit),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  }
  return DatabaseStore;
}
