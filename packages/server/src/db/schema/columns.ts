import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Timestamps everywhere: UTC, millisecond precision so ISO 8601 strings round-trip exactly. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/** Columns every mutable record carries: id, optimistic-concurrency version, created/updated. */
export const recordColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  version: integer("version").notNull().default(1),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});
