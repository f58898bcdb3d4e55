import { index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns.js";

/** Counters behind human-readable keys (`AIS-12`); a table, not a sequence, so backups carry them. */
export const keyCounters = pgTable("key_counters", {
  entity: text("entity").primaryKey(),
  last: integer("last").notNull(),
});

/** Installation-wide settings (e.g. the hash of the one-time setup token). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** Background jobs: claimed with FOR UPDATE SKIP LOCKED, so several servers can share one queue. */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").notNull().default({}),
    state: text("state").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    runAt: ts("run_at").notNull().defaultNow(),
    lockedUntil: ts("locked_until"),
    lastError: text("last_error"),
    /** Set for jobs that must exist once (e.g. a daily schedule); duplicates are ignored. */
    uniqueKey: text("unique_key").unique(),
    createdAt: ts("created_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("jobs_claim_idx").on(t.state, t.runAt), index("jobs_kind_idx").on(t.kind)],
);
