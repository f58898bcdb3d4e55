import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { countRequest, purgeRateLimitCounters } from "../shared/rate-limit-store.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const rows = async () =>
  (
    (await database.db.execute(sql`SELECT key, hits FROM rate_limit_counters ORDER BY key`)) as unknown as {
      rows: { key: string; hits: number }[];
    }
  ).rows;

describe("rate-limit counters in the database", () => {
  it("counts per key within a window and starts again when the window has passed", async () => {
    const first = await countRequest(database.db, "portal:1.2.3.4", 60_000);
    const second = await countRequest(database.db, "portal:1.2.3.4", 60_000);
    const other = await countRequest(database.db, "portal:5.6.7.8", 60_000);
    expect([first.current, second.current, other.current]).toEqual([1, 2, 1]);
    expect(second.ttl).toBeGreaterThan(50_000);
    expect(second.ttl).toBeLessThanOrEqual(60_000);
    // Move the window into the past: the next request opens a new one.
    await database.db.execute(
      sql`UPDATE rate_limit_counters SET window_start = now() - interval '2 minutes' WHERE key = 'portal:1.2.3.4'`,
    );
    expect((await countRequest(database.db, "portal:1.2.3.4", 60_000)).current).toBe(1);
  });

  it("purges counters whose window ended long ago and keeps current ones", async () => {
    await database.db.execute(
      sql`UPDATE rate_limit_counters SET window_start = now() - interval '3 hours' WHERE key = 'portal:5.6.7.8'`,
    );
    await purgeRateLimitCounters(database.db);
    expect(await rows()).toEqual([{ key: "portal:1.2.3.4", hits: 1 }]);
  });
});
