import { customType, integer, timestamp, uuid } from "drizzle-orm/pg-core";

/** Timestamps everywhere: UTC, millisecond precision so ISO 8601 strings round-trip exactly. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });

/** Columns every mutable record carries: id, optimistic-concurrency version, created/updated. */
export const recordColumns = () => ({
  id: uuid("id").primaryKey().defaultRandom(),
  version: integer("version").notNull().default(1),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** Binary content (evidence and questionnaire files); drivers hand back Buffer or Uint8Array. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});
